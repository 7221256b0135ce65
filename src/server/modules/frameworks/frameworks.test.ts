import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFramework } from '../../../core/frameworks/index.ts';
import type { Framework } from '../../../core/frameworks/types.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { frameworkToXlsx } from './xlsx.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

const path = () => `/api/workspaces/${home.slug}/frameworks`;
const custom = (id: string, version = '1.0.0'): Framework => ({
  ...structuredClone(findFramework('ssr-dimensions') as Framework),
  id,
  version,
});

async function upload(cookie: string, name: string, bytes: Uint8Array<ArrayBuffer> | string) {
  const form = new FormData();
  form.set('file', new File([bytes], name));
  const res = await ctx.app.request(`http://localhost:3000${path()}/import`, {
    method: 'POST',
    headers: { cookie, origin: 'http://localhost:3000' },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('framework catalogue', () => {
  it('lists the six built-ins for any member; 401 and 403 otherwise', async () => {
    expect((await api(ctx, 'GET', path())).status).toBe(401);
    expect((await api(ctx, 'GET', path(), { cookie: other.owner.cookie })).status).toBe(403);
    const viewer = await newMember(ctx, home, 'viewer');
    const res = await api(ctx, 'GET', path(), { cookie: viewer.cookie });
    expect(res.status).toBe(200);
    const ids = res.body.frameworks.map((f: { id: string }) => f.id);
    for (const id of [
      'ssg-ten-criteria',
      'ssr-principles',
      'ssr-dimensions',
      'integrity-areas',
      'defence-integrity-risk',
      'pefa-style',
    ]) {
      expect(ids).toContain(id);
    }
    const one = await api(ctx, 'GET', `${path()}/defence-integrity-risk`, { cookie: viewer.cookie });
    expect(one.body.framework.bands.map((b: { label: string }) => b.label)).toEqual(
      expect.arrayContaining(['A', 'F']),
    );
    expect((await api(ctx, 'GET', `${path()}/nothing-like-it`, { cookie: viewer.cookie })).status).toBe(404);
  });

  it('exports JSON and XLSX', async () => {
    const json = await api(ctx, 'GET', `${path()}/ssr-principles/export?format=json`, {
      cookie: home.owner.cookie,
    });
    expect(json.status).toBe(200);
    expect(json.body.id).toBe('ssr-principles');
    const xlsx = await ctx.app.request(`http://localhost:3000${path()}/ssr-principles/export?format=xlsx`, {
      headers: { cookie: home.owner.cookie },
    });
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });

  it('adds custom frameworks from JSON and from files; bad definitions name the path', async () => {
    const viewer = await newMember(ctx, home, 'viewer');
    expect(
      (await api(ctx, 'POST', path(), { cookie: viewer.cookie, body: custom('kasora-police') })).status,
    ).toBe(403);
    const created = await api(ctx, 'POST', path(), {
      cookie: home.owner.cookie,
      body: custom('kasora-police'),
    });
    expect(created.status).toBe(201);
    expect(created.body.framework).toMatchObject({ id: 'kasora-police', builtIn: false });
    expect(
      (await api(ctx, 'POST', path(), { cookie: home.owner.cookie, body: custom('kasora-police') })).status,
    ).toBe(409);
    expect(
      (await api(ctx, 'POST', path(), { cookie: home.owner.cookie, body: custom('ssr-dimensions') })).status,
    ).toBe(409);
    const broken = custom('broken-one');
    broken.groups[0].items[0].weight = -1;
    const bad = await api(ctx, 'POST', path(), { cookie: home.owner.cookie, body: broken });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^groups\.0\.items\.0\.weight: /);

    const fromXlsx = await upload(
      home.owner.cookie,
      'kasora.xlsx',
      new Uint8Array(await frameworkToXlsx(custom('kasora-xlsx', '2.0.0'))) as Uint8Array<ArrayBuffer>,
    );
    expect(fromXlsx.status).toBe(201);
    expect(fromXlsx.body.framework).toMatchObject({ id: 'kasora-xlsx', version: '2.0.0' });
    const notJson = await upload(home.owner.cookie, 'broken.json', '{ nope');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.message).toMatch(/^file: not valid JSON/);
    expect((await upload(viewer.cookie, 'x.json', '{}')).status).toBe(403);

    const list = await api(ctx, 'GET', path(), { cookie: home.owner.cookie });
    expect(
      list.body.frameworks
        .filter((f: { builtIn: boolean }) => !f.builtIn)
        .map((f: { id: string }) => f.id)
        .sort(),
    ).toEqual(['kasora-police', 'kasora-xlsx']);
    const elsewhere = await api(ctx, 'GET', `/api/workspaces/${other.slug}/frameworks/kasora-police`, {
      cookie: other.owner.cookie,
    });
    expect(elsewhere.status).toBe(404);
  });
});
