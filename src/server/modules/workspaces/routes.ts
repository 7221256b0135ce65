import { createRoute, z } from '@hono/zod-openapi';
import { PERMISSIONS } from '../../../core/access/roles.ts';
import { LANGUAGES, SLUG_PATTERN, SLUG_RULE } from '../../../core/access/workspace-input.ts';
import { TEXT_LANGUAGES } from '../../../core/frameworks/types.ts';
import { requiredOversightKindsProblem } from '../../../core/sector-map/oversight-gaps.ts';
import { OVERSIGHT_KINDS } from '../../../core/sector-map/relations.ts';
import { createRouter } from '../../http/router.ts';
import {
  conflictError,
  jsonBody,
  jsonContent,
  RoleSchema,
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
import { userLanguage } from '../users/language.ts';
import { requireServerAdmin, serverRoleOf } from '../users/server-role.ts';
import { requireUser } from './membership.ts';
import {
  createWorkspace,
  describeWorkspace,
  myWorkspaces,
  presentWorkspace,
  updateWorkspace,
} from './service.ts';

const WorkspaceSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    country: z.string().nullable(),
    defaultLanguage: z.enum(LANGUAGES),
    requiredOversightKinds: z.array(z.enum(OVERSIGHT_KINDS)).openapi({
      description: 'The oversight kinds whose absence over an armed actor counts as an oversight gap',
    }),
    createdAt: Timestamp,
    version: VersionField,
  })
  .openapi('Workspace');

const name = z.string().trim().min(2, 'must be at least 2 characters').max(120);
const country = z.string().trim().max(80).nullable().optional();
const defaultLanguage = z.enum(LANGUAGES).optional();
const requiredOversightKinds = z
  .array(z.enum(OVERSIGHT_KINDS))
  .superRefine((kinds, ctx) => {
    const problem = requiredOversightKindsProblem(kinds);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: kinds });
  })
  .optional()
  .openapi({
    description: 'Oversight kinds an armed actor must be under (non-empty, no repeats); owner or admin only',
  });

const CreateWorkspaceBody = z
  .object({ name, slug: z.string().regex(SLUG_PATTERN, SLUG_RULE), country, defaultLanguage })
  .strict()
  .openapi('CreateWorkspace');
const UpdateWorkspaceBody = z
  .object({ name: name.optional(), country, defaultLanguage, requiredOversightKinds })
  .strict();

export const meRoute = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['Account'],
  summary: 'The signed-in user and their workspaces',
  responses: {
    200: jsonContent(
      z.object({
        user: z.object({
          id: z.string(),
          name: z.string(),
          email: z.string(),
          twoFactorEnabled: z.boolean(),
          language: z
            .enum(TEXT_LANGUAGES)
            .nullable()
            .openapi({ description: 'Language saved on the profile' }),
          serverRole: z.enum(['admin']).nullable().openapi({
            description: 'admin: may create workspaces; null otherwise',
          }),
        }),
        workspaces: z.array(
          z.object({ id: z.string(), slug: z.string(), name: z.string(), role: RoleSchema }),
        ),
      }),
      'Current user',
    ),
    401: standardErrors[401],
  },
});

export const listRoute = createRoute({
  method: 'get',
  path: '/api/workspaces',
  tags: ['Workspaces'],
  summary: 'Workspaces the user belongs to',
  responses: {
    200: jsonContent(
      z.object({ workspaces: z.array(WorkspaceSchema.extend({ role: RoleSchema })) }),
      'Workspaces with the user role in each',
    ),
    401: standardErrors[401],
  },
});

export const createRouteDef = createRoute({
  method: 'post',
  path: '/api/workspaces',
  tags: ['Workspaces'],
  summary:
    'Create a workspace (one national programme); the caller, who must be a server administrator, becomes its owner',
  request: jsonBody(CreateWorkspaceBody),
  responses: {
    201: jsonContent(z.object({ workspace: WorkspaceSchema }), 'Created'),
    400: standardErrors[400],
    401: standardErrors[401],
    403: standardErrors[403],
    ...conflictError,
  },
});

export const getRoute = createRoute({
  method: 'get',
  path: '/api/workspaces/{slug}',
  tags: ['Workspaces'],
  summary: 'A workspace, the caller role and what that role may do',
  request: { params: SlugParam },
  responses: {
    200: jsonContent(
      z.object({
        workspace: WorkspaceSchema.extend({ memberCount: z.number().int() }),
        role: RoleSchema,
        permissions: z.array(z.enum(PERMISSIONS)),
      }),
      'Workspace',
    ),
    ...standardErrors,
  },
});

export const updateRoute = createRoute({
  method: 'patch',
  path: '/api/workspaces/{slug}',
  tags: ['Workspaces'],
  summary:
    'Rename a workspace or change its country, default language or oversight rule (the kinds an armed actor must be under)',
  request: { params: SlugParam, headers: IfMatchHeaders, ...jsonBody(UpdateWorkspaceBody) },
  responses: {
    200: jsonContent(z.object({ workspace: WorkspaceSchema }), 'Updated'),
    ...standardErrors,
    ...preconditionError,
  },
});

export function workspaceRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(meRoute, async (c) => {
      const user = requireUser(await c.var.currentUser());
      const workspaces = (await myWorkspaces(db, user.id)).map(({ id, slug, name, role }) => ({
        id,
        slug,
        name,
        role: RoleSchema.parse(role),
      }));
      const serverRole = await serverRoleOf(db, user.id);
      const language = await userLanguage(db, user.id);
      return c.json({ user: { ...user, language, serverRole }, workspaces }, 200);
    })
    .openapi(listRoute, async (c) => {
      const user = requireUser(await c.var.currentUser());
      const workspaces = (await myWorkspaces(db, user.id)).map((w) => ({
        ...w,
        role: RoleSchema.parse(w.role),
      }));
      return c.json({ workspaces }, 200);
    })
    .openapi(createRouteDef, async (c) => {
      const user = requireUser(await c.var.currentUser());
      const input = c.req.valid('json');
      await requireServerAdmin(db, user.id);
      const workspace = await createWorkspace({ db, ownerId: user.id, actorId: user.id, input });
      return c.json({ workspace: presentWorkspace(workspace) }, 201);
    })
    .openapi(getRoute, async (c) => {
      const actor = workspaceActor(c);
      const detail = await describeWorkspace(db, actor);
      setVersionTag(c, detail.workspace.version);
      return c.json(detail, 200);
    })
    .openapi(updateRoute, async (c) => {
      const actor = workspaceActor(c);
      const workspace = await updateWorkspace({
        db,
        actor,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, workspace.rowVersion);
      return c.json({ workspace: presentWorkspace(workspace) }, 200);
    });
}
