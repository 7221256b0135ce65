import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../http/router.ts';
import { jsonBody, jsonContent, SlugParam, standardErrors, Timestamp } from '../../http/schemas.ts';
import type { AppDeps } from '../../http/types.ts';
import { workspaceActor } from '../../http/workspace-actor.ts';
import {
  expectedVersionOf,
  IfMatchHeaders,
  preconditionError,
  setVersionTag,
  VersionField,
} from '../shared/row-version.ts';
import * as service from './service.ts';

const NoteSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    subject: z.string().nullable(),
    body: z.string(),
    author: z.object({ id: z.string(), name: z.string() }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: VersionField,
  })
  .openapi('OversightNote');

const title = z.string().trim().min(1, 'is required').max(200);
const subject = z.string().trim().max(200).nullable().optional();
const body = z.string().trim().min(1, 'is required').max(20000);
const NoteParams = SlugParam.extend({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) });
const tags = ['Oversight notes'];

export const routes = {
  list: createRoute({
    method: 'get',
    path: '/api/workspaces/{slug}/oversight-notes',
    tags,
    summary: 'Notes by parliamentary committees, auditors and ombuds',
    request: { params: SlugParam },
    responses: { 200: jsonContent(z.object({ notes: z.array(NoteSchema) }), 'Notes'), ...standardErrors },
  }),
  create: createRoute({
    method: 'post',
    path: '/api/workspaces/{slug}/oversight-notes',
    tags,
    summary: 'Write an oversight note',
    request: { params: SlugParam, ...jsonBody(z.object({ title, subject, body }).strict()) },
    responses: { 201: jsonContent(z.object({ note: NoteSchema }), 'Created'), ...standardErrors },
  }),
  update: createRoute({
    method: 'patch',
    path: '/api/workspaces/{slug}/oversight-notes/{id}',
    tags,
    summary: 'Edit your oversight note',
    request: {
      params: NoteParams,
      headers: IfMatchHeaders,
      ...jsonBody(z.object({ title: title.optional(), subject, body: body.optional() }).strict()),
    },
    responses: {
      200: jsonContent(z.object({ note: NoteSchema }), 'Updated'),
      ...standardErrors,
      ...preconditionError,
    },
  }),
  remove: createRoute({
    method: 'delete',
    path: '/api/workspaces/{slug}/oversight-notes/{id}',
    tags,
    summary: 'Delete an oversight note',
    request: { params: NoteParams },
    responses: { 204: { description: 'Deleted' }, ...standardErrors },
  }),
};

export function oversightNoteRoutes({ database }: AppDeps) {
  const db = database.db;
  return createRouter()
    .openapi(routes.list, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ notes: await service.listNotes({ db, actor }) }, 200);
    })
    .openapi(routes.create, async (c) => {
      const actor = workspaceActor(c);
      return c.json({ note: await service.createNote({ db, actor, input: c.req.valid('json') }) }, 201);
    })
    .openapi(routes.update, async (c) => {
      const { id } = c.req.valid('param');
      const actor = workspaceActor(c);
      const note = await service.updateNote({
        db,
        actor,
        noteId: id,
        patch: c.req.valid('json'),
        expectedVersion: expectedVersionOf(c),
      });
      setVersionTag(c, note.version);
      return c.json({ note }, 200);
    })
    .openapi(routes.remove, async (c) => {
      const { id } = c.req.valid('param');
      await service.deleteNote({
        db,
        actor: workspaceActor(c),
        noteId: id,
      });
      return c.body(null, 204);
    });
}
