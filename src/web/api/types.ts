// Response shapes of the Custodes JSON API (see the API contract in the server module routes).

export const ROLES = ['owner', 'admin', 'editor', 'donor', 'assessor', 'oversight', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const WORKSPACE_LANGUAGES = ['en', 'fr', 'ar', 'es', 'pt'] as const;
export type WorkspaceLanguage = (typeof WORKSPACE_LANGUAGES)[number];

export type Permission =
  | 'workspace:read'
  | 'workspace:update'
  | 'member:read'
  | 'member:manage'
  | 'invitation:manage'
  | 'audit:read'
  | 'oversight-note:read'
  | 'oversight-note:write'
  | 'sector-map:write';

export interface MeUser {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
}

export interface MeWorkspace {
  id: string;
  slug: string;
  name: string;
  role: Role;
}

export interface MeResponse {
  user: MeUser;
  workspaces: MeWorkspace[];
}

export interface WorkspaceSummary {
  id: string;
  slug: string;
  name: string;
  country: string | null;
  defaultLanguage: string;
  role: Role;
  createdAt: string;
}

export interface WorkspaceDetail {
  id: string;
  slug: string;
  name: string;
  country: string | null;
  defaultLanguage: string;
  createdAt: string;
  memberCount: number;
}

export interface WorkspaceResponse {
  workspace: WorkspaceDetail;
  role: Role;
  permissions: string[];
}

export interface NewWorkspaceInput {
  name: string;
  slug: string;
  country?: string;
  defaultLanguage?: string;
}

export interface WorkspaceUpdateInput {
  name?: string;
  country?: string;
  defaultLanguage?: string;
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: string;
  expiresAt: string;
  createdAt: string;
  inviterName: string | null;
  link: string;
}

export interface PublicInvitation {
  id: string;
  email: string;
  role: Role;
  status: string;
  expiresAt: string;
  workspace: { slug: string; name: string };
}

export interface AcceptedInvitation {
  workspace: { slug: string; name: string };
  role: Role;
}

export interface FieldChange {
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  id: string;
  seq: number;
  createdAt: string;
  actor: { id: string; name: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, FieldChange> | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}

export interface AuditFilters {
  actorId?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; id: string; reason: string } | null;
}

export interface OversightNote {
  id: string;
  title: string;
  subject: string | null;
  body: string;
  author: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export interface OversightNoteInput {
  title: string;
  subject?: string;
  body: string;
}

export function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}
