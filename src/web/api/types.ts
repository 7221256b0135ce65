// Request and response shapes of the Custodes JSON API, read from the server's route definitions
// (type-only imports: nothing of the server reaches the bundle).

import type { z } from 'zod';
// Roles, permissions and languages are the server's own definitions (pure data in src/core).
import { type Permission, ROLES, type Role } from '../../core/access/roles';
import {
  LANGUAGES as WORKSPACE_LANGUAGES,
  type Language as WorkspaceLanguage,
} from '../../core/access/workspace-input';
import type {
  listRoute as auditListRoute,
  verifyRoute as auditVerifyRoute,
} from '../../server/modules/audit/routes';
import type { routes as memberRoutes } from '../../server/modules/members/routes';
import type { routes as noteRoutes } from '../../server/modules/oversight-notes/routes';
import type {
  createRouteDef,
  getRoute,
  listRoute,
  meRoute,
  updateRoute,
} from '../../server/modules/workspaces/routes';
import type { BodyOf, ResponseOf } from './contract';

export { type Permission, ROLES, type Role, WORKSPACE_LANGUAGES, type WorkspaceLanguage };

type MeBody = ResponseOf<typeof meRoute>;
export type MeUser = MeBody['user'];
export type MeWorkspace = MeBody['workspaces'][number];
export type MeResponse = MeBody;

export type WorkspaceSummary = ResponseOf<typeof listRoute>['workspaces'][number];
/** A workspace as created or changed (without the caller's role). */
export type Workspace = ResponseOf<typeof updateRoute>['workspace'];
export type WorkspaceResponse = ResponseOf<typeof getRoute>;
export type WorkspaceDetail = WorkspaceResponse['workspace'];
export type NewWorkspaceInput = BodyOf<typeof createRouteDef>;
export type WorkspaceUpdateInput = BodyOf<typeof updateRoute>;

export type Member = ResponseOf<typeof memberRoutes.listMembers>['members'][number];
export type Invitation = ResponseOf<typeof memberRoutes.listInvitations>['invitations'][number];
export type NewInvitation = BodyOf<typeof memberRoutes.invite>;
export type PublicInvitation = ResponseOf<typeof memberRoutes.describeInvitation>['invitation'];
export type AcceptedInvitation = ResponseOf<typeof memberRoutes.acceptInvitation>;

export type AuditPage = ResponseOf<typeof auditListRoute>;
export type AuditEntry = AuditPage['entries'][number];
export type FieldChange = AuditEntry['changes'][string];
export type AuditFilters = Pick<
  z.input<typeof auditListRoute.request.query>,
  'actorId' | 'action' | 'entityType' | 'from' | 'to'
>;
export type AuditVerification = ResponseOf<typeof auditVerifyRoute>;
/** The chain's own list of break codes. */
export type AuditBreakCode = NonNullable<AuditVerification['firstBroken']>['code'];

export type OversightNote = ResponseOf<typeof noteRoutes.list>['notes'][number];
export type OversightNoteInput = BodyOf<typeof noteRoutes.create>;
export type OversightNotePatch = BodyOf<typeof noteRoutes.update>;

export function isRole(value: unknown): value is Role {
  return ROLES.some((role) => role === value);
}
