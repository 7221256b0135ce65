import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonContent, queryInteger, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { checkpointRoutes } from './checkpoint-routes.ts';
import { AuditPageSchema, ChainVerdictSchema } from './schemas.ts';
import { listWorkspaceAudit, verifyWorkspaceAudit } from './service.ts';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date');

const AuditQuery = z.object({
  actorId: z.string().optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(60).optional(),
  from: day.optional(),
  to: day.optional(),
  limit: queryInteger(1, 500).default(50),
  before: queryInteger(1).optional(),
});

export const listRoute = createRoute({
  method: 'get',
  path: '/api/workspaces/{slug}/audit',
  tags: ['Audit'],
  summary: 'Audit trail of the workspace, newest first, with filters',
  request: { params: SlugParam, query: AuditQuery },
  responses: {
    200: jsonContent(AuditPageSchema, 'Entries; pass nextBefore as `before` for the next page'),
    ...standardErrors,
  },
});

export const verifyRoute = createRoute({
  method: 'get',
  path: '/api/workspaces/{slug}/audit/verify',
  tags: ['Audit'],
  summary: 'Recompute the hash chain and name the first broken entry',
  request: { params: SlugParam },
  responses: { 200: jsonContent(ChainVerdictSchema, 'Verdict'), ...standardErrors },
});

export function auditRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return createRouter()
    .route('/', checkpointRoutes(deps))
    .openapi(listRoute, async (c) => {
      const actor = workspaceActor(c);
      const query = c.req.valid('query');
      const filter = {
        ...query,
        from: query.from ? new Date(`${query.from}T00:00:00.000Z`) : undefined,
        to: query.to ? new Date(`${query.to}T23:59:59.999Z`) : undefined,
      };
      return c.json(await listWorkspaceAudit({ db, actor, filter }), 200);
    })
    .openapi(verifyRoute, async (c) => {
      const actor = workspaceActor(c);
      return c.json(await verifyWorkspaceAudit({ db, actor }), 200);
    });
}
