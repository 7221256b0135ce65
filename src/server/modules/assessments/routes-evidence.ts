import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from '../../db/client.ts';
import { errorBody } from '../../http/errors.ts';
import { createRouter } from '../../http/router.ts';
import { jsonContent, standardErrors } from '../../http/schemas.ts';
import type { AppDeps, AppEnv } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  addEvidence,
  EVIDENCE_SOURCES,
  MAX_EVIDENCE_BYTES,
  readEvidenceFile,
  removeEvidence,
  teamMemberAssessment,
} from './evidence.ts';
import { AssessmentParams, AttachedEvidenceSchema } from './schemas.ts';

/** Upload path that gets the evidence limit instead of the API's general body limit. */
export const EVIDENCE_PATH_PATTERN = /^\/api\/workspaces\/[^/]+\/assessments\/[^/]+\/evidence$/;

const tags = ['Assessments'];
const base = '/api/workspaces/{slug}/assessments/{assessmentId}/evidence';
const EvidenceParams = AssessmentParams.extend({
  evidenceId: z.string().openapi({ param: { name: 'evidenceId', in: 'path' } }),
});

const EvidenceForm = z.object({
  itemId: z.string().min(1),
  sourceType: z.enum(EVIDENCE_SOURCES),
  description: z.string().trim().min(1, 'is required').max(5000),
  file: z.instanceof(File).optional().openapi({ type: 'string', format: 'binary' }),
});

const uploadLimit: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: MAX_EVIDENCE_BYTES + 64 * 1024,
  onError: (c) =>
    c.json(errorBody('payload_too_large', 'file: evidence documents are limited to 10 MiB'), 413),
});

/** Only the assessment's team reaches the upload: anyone else's file is never read, whatever its size. */
function teamOnly(db: Db): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = workspaceActor(c);
    await teamMemberAssessment(db, actor, c.req.param('assessmentId') ?? '');
    await next();
  };
}

const addRoute = (middleware: MiddlewareHandler<AppEnv>[]) =>
  createRoute({
    method: 'post',
    path: base,
    tags,
    summary: 'Attach evidence to an item: source type, description, optionally a document (10 MiB at most)',
    middleware,
    request: {
      params: AssessmentParams,
      body: { required: true, content: { 'multipart/form-data': { schema: EvidenceForm } } },
    },
    responses: {
      201: jsonContent(z.object({ evidence: AttachedEvidenceSchema }), 'Attached'),
      ...standardErrors,
      413: { description: 'Document over 10 MiB', content: standardErrors[400].content },
    },
  });

const routes = {
  file: createRoute({
    method: 'get',
    path: `${base}/{evidenceId}/file`,
    tags,
    summary: 'Download the document attached to a piece of evidence',
    request: { params: EvidenceParams },
    responses: {
      200: {
        description: 'The document',
        content: { '*/*': { schema: z.string().openapi({ format: 'binary' }) } },
      },
      ...standardErrors,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: `${base}/{evidenceId}`,
    tags,
    summary: 'Remove a piece of evidence',
    request: { params: EvidenceParams },
    responses: { 204: { description: 'Removed' }, ...standardErrors },
  }),
};

export function evidenceRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(addRoute([teamOnly(db), uploadLimit]), async (c) => {
      const { assessmentId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const { file, ...fields } = c.req.valid('form');
      const upload =
        file && file.size > 0
          ? { name: file.name, type: file.type, bytes: Buffer.from(await file.arrayBuffer()) }
          : null;
      const evidence = await addEvidence({ db, actor, assessmentId, input: { ...fields, file: upload } });
      return c.json({ evidence }, 201);
    })
    .openapi(routes.file, async (c) => {
      const { assessmentId, evidenceId } = c.req.valid('param');
      const actor = workspaceActor(c);
      const file = await readEvidenceFile({ db, actor, assessmentId, evidenceId });
      return new Response(new Uint8Array(file.bytes), {
        headers: {
          'content-type': file.type,
          'content-disposition': `attachment; filename="${encodeURIComponent(file.name)}"`,
          'x-content-type-options': 'nosniff',
        },
      });
    })
    .openapi(routes.remove, async (c) => {
      const { assessmentId, evidenceId } = c.req.valid('param');
      await removeEvidence({
        db,
        actor: workspaceActor(c),
        assessmentId,
        evidenceId,
      });
      return c.body(null, 204);
    });
}
