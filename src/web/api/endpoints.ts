import { apiRequest, queryString } from './http';
import type {
  AcceptedInvitation,
  AuditFilters,
  AuditPage,
  AuditVerification,
  Invitation,
  Member,
  MeResponse,
  NewInvitation,
  NewWorkspaceInput,
  OversightNote,
  OversightNoteInput,
  OversightNotePatch,
  PublicInvitation,
  Role,
  Workspace,
  WorkspaceDetail,
  WorkspaceResponse,
  WorkspaceSummary,
  WorkspaceUpdateInput,
} from './types';

const ws = (slug: string) => `/api/workspaces/${encodeURIComponent(slug)}`;
const id = (value: string) => encodeURIComponent(value);

export const api = {
  me: () => apiRequest<MeResponse>('GET', '/api/me'),

  listWorkspaces: () => apiRequest<{ workspaces: WorkspaceSummary[] }>('GET', '/api/workspaces'),
  createWorkspace: (input: NewWorkspaceInput) =>
    apiRequest<{ workspace: Workspace }>('POST', '/api/workspaces', input),
  getWorkspace: (slug: string) => apiRequest<WorkspaceResponse>('GET', ws(slug)),
  updateWorkspace: (slug: string, input: WorkspaceUpdateInput) =>
    apiRequest<{ workspace: WorkspaceDetail }>('PATCH', ws(slug), input),

  listMembers: (slug: string) => apiRequest<{ members: Member[] }>('GET', `${ws(slug)}/members`),
  changeMemberRole: (slug: string, memberId: string, role: Role) =>
    apiRequest<{ member: Member }>('PATCH', `${ws(slug)}/members/${id(memberId)}`, { role }),
  removeMember: (slug: string, memberId: string) =>
    apiRequest<void>('DELETE', `${ws(slug)}/members/${id(memberId)}`),

  listInvitations: (slug: string) =>
    apiRequest<{ invitations: Invitation[] }>('GET', `${ws(slug)}/invitations`),
  createInvitation: (slug: string, input: NewInvitation) =>
    apiRequest<{ invitation: Invitation }>('POST', `${ws(slug)}/invitations`, input),
  cancelInvitation: (slug: string, invitationId: string) =>
    apiRequest<void>('DELETE', `${ws(slug)}/invitations/${id(invitationId)}`),

  getInvitation: (invitationId: string) =>
    apiRequest<{ invitation: PublicInvitation }>('GET', `/api/invitations/${id(invitationId)}`),
  acceptInvitation: (invitationId: string) =>
    apiRequest<AcceptedInvitation>('POST', `/api/invitations/${id(invitationId)}/accept`),

  listAudit: (slug: string, filters: AuditFilters, before?: number, limit = 50) =>
    apiRequest<AuditPage>('GET', `${ws(slug)}/audit${queryString({ ...filters, limit, before })}`),
  verifyAudit: (slug: string) => apiRequest<AuditVerification>('GET', `${ws(slug)}/audit/verify`),

  listOversightNotes: (slug: string) =>
    apiRequest<{ notes: OversightNote[] }>('GET', `${ws(slug)}/oversight-notes`),
  createOversightNote: (slug: string, input: OversightNoteInput) =>
    apiRequest<{ note: OversightNote }>('POST', `${ws(slug)}/oversight-notes`, input),
  updateOversightNote: (slug: string, noteId: string, input: OversightNotePatch) =>
    apiRequest<{ note: OversightNote }>('PATCH', `${ws(slug)}/oversight-notes/${id(noteId)}`, input),
  deleteOversightNote: (slug: string, noteId: string) =>
    apiRequest<void>('DELETE', `${ws(slug)}/oversight-notes/${id(noteId)}`),
};

/** Query keys, shared so mutations can invalidate exactly what they change. */
export const queryKeys = {
  me: ['me'] as const,
  workspaces: ['workspaces'] as const,
  workspace: (slug: string) => ['workspace', slug] as const,
  members: (slug: string) => ['workspace', slug, 'members'] as const,
  invitations: (slug: string) => ['workspace', slug, 'invitations'] as const,
  audit: (slug: string) => ['workspace', slug, 'audit'] as const,
  oversightNotes: (slug: string) => ['workspace', slug, 'oversight-notes'] as const,
  publicInvitation: (invitationId: string) => ['invitation', invitationId] as const,
};
