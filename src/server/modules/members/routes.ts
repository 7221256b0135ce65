import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import {
  conflictError,
  jsonBody,
  jsonContent,
  RoleSchema,
  rateLimitError,
  SlugParam,
  standardErrors,
  Timestamp,
} from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
  VersionField,
} from '../shared/row-version.ts';
import { requireUser } from '../workspaces/membership.ts';
import * as service from './service.ts';

const MemberSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: RoleSchema,
    createdAt: Timestamp,
    version: VersionField,
  })
  .openapi('Member');
const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: RoleSchema,
    status: z.string(),
    expiresAt: Timestamp,
    createdAt: Timestamp,
    inviterName: z.string(),
    link: z.string(),
  })
  .openapi('Invitation');
const MemberParams = SlugParam.extend({
  memberId: z.string().openapi({ param: { name: 'memberId', in: 'path' } }),
});
const InvitationParams = SlugParam.extend({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const PublicInvitationParams = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const noContent = { 204: { description: 'Done' } };

const tags = ['Members and invitations'];

export const routes = {
  listMembers: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/members',
    tags,
    summary: 'Members of the workspace',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ members: z.array(MemberSchema) }), 'Members'),
      ...standardErrors,
    },
  }),
  changeRole: createRoute({
    method: 'patch',
    path: '/api/workspaces/{slug}/members/{memberId}',
    tags,
    summary: "Change a member's role",
    request: {
      params: MemberParams,
      headers: IfMatchHeaders,
      ...jsonBody(z.object({ role: RoleSchema }).strict()),
    },
    responses: {
      200: jsonContent(z.object({ member: MemberSchema }), 'Updated'),
      ...standardErrors,
      ...conflictError,
      ...preconditionError,
    },
  }),
  removeMember: createRoute({
    method: 'delete',
    path: '/api/workspaces/{slug}/members/{memberId}',
    tags,
    summary: 'Remove a member from the workspace',
    request: { params: MemberParams },
    responses: { ...noContent, ...standardErrors, ...conflictError },
  }),
  listInvitations: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/invitations',
    tags,
    summary: 'Invitations sent from the workspace',
    request: { params: SlugParam },
    responses: {
      200: jsonContent(z.object({ invitations: z.array(InvitationSchema) }), 'Invitations'),
      ...standardErrors,
    },
  }),
  invite: createRoute({
    method: 'post',
    path: '/api/workspaces/{slug}/invitations',
    tags,
    summary: 'Invite someone by email; the response holds the link to hand them',
    request: {
      params: SlugParam,
      ...jsonBody(z.object({ email: z.email().max(254), role: RoleSchema }).strict()),
    },
    responses: {
      201: jsonContent(z.object({ invitation: InvitationSchema }), 'Created'),
      ...standardErrors,
      ...conflictError,
    },
  }),
  cancelInvitation: createRoute({
    method: 'delete',
    path: '/api/workspaces/{slug}/invitations/{id}',
    tags,
    summary: 'Cancel a pending invitation',
    request: { params: InvitationParams },
    responses: { ...noContent, ...standardErrors, ...conflictError },
  }),
  describeInvitation: createRoute({
    method: 'get',
    path: '/api/invitations/{id}',
    tags,
    summary: 'What an invitation link offers (public: the link itself is the secret)',
    request: { params: PublicInvitationParams },
    responses: {
      200: jsonContent(
        z.object({
          invitation: z.object({
            id: z.string(),
            email: z.string(),
            role: RoleSchema,
            status: z.string(),
            expiresAt: Timestamp,
            workspace: z.object({ slug: z.string(), name: z.string() }),
          }),
        }),
        'Invitation',
      ),
      404: standardErrors[404],
      ...rateLimitError,
    },
  }),
  acceptInvitation: createRoute({
    method: 'post',
    path: '/api/invitations/{id}/accept',
    tags,
    summary: 'Accept an invitation as the signed-in user',
    request: { params: PublicInvitationParams },
    responses: {
      200: jsonContent(
        z.object({ workspace: z.object({ slug: z.string(), name: z.string() }), role: RoleSchema }),
        'Joined',
      ),
      ...standardErrors,
      ...conflictError,
      ...rateLimitError,
    },
  }),
};

export function memberRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.listMembers, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ members: await service.listWorkspaceMembers({ db, actor }) }, 200);
    })
    .openapi(routes.changeRole, async (c) => {
      const { memberId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const member = await service.changeMemberRole({
        db,
        actor,
        memberId,
        role: c.req.valid('json').role,
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, member.version);
      return c.json({ member }, 200);
    })
    .openapi(routes.removeMember, async (c) => {
      const { memberId } = c.req.valid('param');
      await service.removeMember({ db, actor: workspaceActor(c), memberId });
      return c.body(null, 204);
    })
    .openapi(routes.listInvitations, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ invitations: await service.listWorkspaceInvitations({ db, actor }) }, 200);
    })
    .openapi(routes.invite, async (c) => {
      const actor = workspaceActor(c);
      const invitation = await service.inviteMember({ db, actor, ...c.req.valid('json') });
      return c.json({ invitation }, 201);
    })
    .openapi(routes.cancelInvitation, async (c) => {
      const { id } = c.req.valid('param');
      await service.cancelInvitation({
        db,
        actor: workspaceActor(c),
        invitationId: id,
      });
      return c.body(null, 204);
    })
    .openapi(routes.describeInvitation, async (c) => {
      return c.json({ invitation: await service.describeInvitation(db, c.req.valid('param').id) }, 200);
    })
    .openapi(routes.acceptInvitation, async (c) => {
      const user = requireUser(await c.var.currentUser());
      return c.json(await service.acceptInvitation({ db, user, invitationId: c.req.valid('param').id }), 200);
    });
}
