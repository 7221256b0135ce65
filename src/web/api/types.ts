// Response shapes of the Custodes JSON API (see the API contract in the server module routes).

// Roles, permissions and languages are the server's own definitions (pure data in src/core).
import { type Permission, ROLES, type Role } from '../../core/access/roles';
import {
  LANGUAGES as WORKSPACE_LANGUAGES,
  type Language as WorkspaceLanguage,
} from '../../core/access/workspace-input';
import type { ChainBreakCode } from '../../core/audit/chain.ts';
import type { OversightKind } from '../../core/sector-map/relations';

export { type Permission, ROLES, type Role, WORKSPACE_LANGUAGES, type WorkspaceLanguage };

export interface MeUser {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
  /** Language saved on the profile (en, fr, ar, es, pt); null until chosen. */
  language: string | null;
  /** 'admin' may create workspaces. */
  serverRole: 'admin' | null;
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
  /** The oversight kinds whose absence over an armed actor counts as a gap. */
  requiredOversightKinds: OversightKind[];
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
  requiredOversightKinds?: OversightKind[];
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
  /** `code` names the kind of break (translated as audit.breaks.<code>); `reason` is the English wording. */
  firstBroken: { seq: number; id: string; code: AuditBreakCode; reason: string } | null;
  /** False: the head predates head seals; accepted once, sealed at the next change. */
  headSealed: boolean;
}

/** The chain's own list of break codes (a type only: nothing of core/audit reaches the bundle). */
export type AuditBreakCode = ChainBreakCode;

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
