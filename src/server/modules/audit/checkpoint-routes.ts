import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { conflictError, jsonBody, jsonContent, SlugParam, standardErrors } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import { auditPublicKey, createAuditCheckpoint, verifyWorkspaceCheckpoint } from './checkpoint-service.ts';
import { CheckpointSchema, CheckpointVerdictSchema, PublicKeySchema } from './schemas.ts';

const publicKeyRoute = createRoute({
  method: 'get',
  path: '/api/audit/public-key',
  tags: ['Audit'],
  summary: 'The Ed25519 public key that signs audit checkpoints (public)',
  responses: { 200: jsonContent(PublicKeySchema, 'The public key'), ...standardErrors },
});

const createCheckpointRoute = createRoute({
  method: 'post',
  path: '/api/workspaces/{slug}/audit/checkpoints',
  tags: ['Audit'],
  summary: 'Sign the current head of the workspace audit chain (owners and admins)',
  request: { params: SlugParam },
  responses: {
    200: jsonContent(CheckpointSchema, 'A signed checkpoint to keep elsewhere'),
    ...standardErrors,
    ...conflictError,
  },
});

const verifyCheckpointRoute = createRoute({
  method: 'post',
  path: '/api/workspaces/{slug}/audit/checkpoints/verify',
  tags: ['Audit'],
  summary: 'Check that the audit log still extends a checkpoint, and verify the chain',
  request: { params: SlugParam, ...jsonBody(CheckpointSchema) },
  responses: { 200: jsonContent(CheckpointVerdictSchema, 'Verdict'), ...standardErrors },
});

export function checkpointRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(publicKeyRoute, (c) => c.json(auditPublicKey(), 200))
    .openapi(createCheckpointRoute, async (c) => {
      const actor = workspaceActor(c);
      return c.json(await createAuditCheckpoint({ db, actor }), 200);
    })
    .openapi(verifyCheckpointRoute, async (c) => {
      const actor = workspaceActor(c);
      const checkpoint = c.req.valid('json');
      return c.json(await verifyWorkspaceCheckpoint({ db, actor, checkpoint }), 200);
    });
}
