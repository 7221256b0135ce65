import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

const notesPath = () => `/api/workspaces/${home.slug}/oversight-notes`;
const note = {
  title: 'Budget hearing',
  subject: 'Ministry of Defence',
  body: 'Asked for the procurement breakdown.',
};

describe('oversight notes', () => {
  it('POST: 401, 403 for another workspace and for an editor, 400 for an empty title', async () => {
    expect((await api(ctx, 'POST', notesPath(), { body: note })).status).toBe(401);
    expect((await api(ctx, 'POST', notesPath(), { cookie: other.owner.cookie, body: note })).status).toBe(
      403,
    );
    const editor = await newMember(ctx, home, 'editor');
    expect((await api(ctx, 'POST', notesPath(), { cookie: editor.cookie, body: note })).status).toBe(403);
    const bad = await api(ctx, 'POST', notesPath(), {
      cookie: home.owner.cookie,
      body: { ...note, title: '  ' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^title: /);
  });

  it('an oversight member writes, everyone reads, only the author edits, the secretariat may delete', async () => {
    const mp = await newMember(ctx, home, 'oversight');
    const created = await api(ctx, 'POST', notesPath(), { cookie: mp.cookie, body: note });
    expect(created.status).toBe(201);
    expect(created.body.note).toMatchObject({ ...note, author: { id: mp.id } });
    const id = created.body.note.id;

    const viewer = await newMember(ctx, home, 'viewer');
    const listed = await api(ctx, 'GET', notesPath(), { cookie: viewer.cookie });
    expect(listed.status).toBe(200);
    expect(listed.body.notes.map((n: { id: string }) => n.id)).toContain(id);
    expect((await api(ctx, 'GET', notesPath(), { cookie: other.owner.cookie })).status).toBe(403);

    const otherMp = await newMember(ctx, home, 'oversight');
    expect(
      (await api(ctx, 'PATCH', `${notesPath()}/${id}`, { cookie: otherMp.cookie, body: { title: 'Hijack' } }))
        .status,
    ).toBe(403);
    const edited = await api(ctx, 'PATCH', `${notesPath()}/${id}`, {
      cookie: mp.cookie,
      body: { title: 'Budget hearing (follow-up)' },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.note.title).toBe('Budget hearing (follow-up)');
    expect(
      (
        await api(ctx, 'PATCH', `/api/workspaces/${other.slug}/oversight-notes/${id}`, {
          cookie: other.owner.cookie,
          body: { title: 'x' },
        })
      ).status,
    ).toBe(404);

    expect((await api(ctx, 'DELETE', `${notesPath()}/${id}`, { cookie: home.owner.cookie })).status).toBe(
      204,
    );
    const audit = await api(ctx, 'GET', `/api/workspaces/${home.slug}/audit?entityType=oversight_note`, {
      cookie: home.owner.cookie,
    });
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual([
      'oversight_note.delete',
      'oversight_note.update',
      'oversight_note.create',
    ]);
  });
});
