import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  createTwoWorkspaces,
  newMember,
  newWorkspace,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { actorsPath, auditActions, download, relationsPath, upload } from './sector-map-fixtures.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
});
afterAll(() => ctx.close());

const importPath = (w: TestWorkspace, kind: 'actors' | 'relations') =>
  `/api/workspaces/${w.slug}/${kind}/import`;
const exportPath = (w: TestWorkspace, kind: 'actors' | 'relations', format: string) =>
  `/api/workspaces/${w.slug}/${kind}/export?format=${format}`;

// Semicolons and a byte-order mark, as a French spreadsheet program saves them.
const ACTORS_CSV = `\uFEFFName;Acronym;Category;Parent;Headcount total;Headcount women;name_ar
Kasora Armed Forces;KAF;armed_forces;;12400;1150;القوات المسلحة
Kasora Army;;Armed forces;KAF;9000;600;
Ministry of Defence;MoD;ministry;;350;120;
Parliament;;parliament;;;;
Defence and Security Committee;DSC;parliamentary_committee;Parliament;;;
`;

const RELATIONS_CSV = `source,target,type,oversight_kind,status,evidence
MoD,KAF,command,,,"Defence Act, s. 4"
DSC,Kasora Armed Forces,oversight,parliamentary,weak,Hearings twice a year
`;

async function count(workspace: TestWorkspace) {
  const actors = await api(ctx, 'GET', actorsPath(workspace), { cookie: workspace.owner.cookie });
  const relations = await api(ctx, 'GET', relationsPath(workspace), { cookie: workspace.owner.cookie });
  return { actors: actors.body.actors.length, relations: relations.body.relations.length };
}

/** Everything but ids and dates, with the parent by name: what must survive a round trip. */
async function actorSummary(workspace: TestWorkspace) {
  const res = await api(ctx, 'GET', actorsPath(workspace), { cookie: workspace.owner.cookie });
  const actors: Array<Record<string, unknown>> = res.body.actors;
  const nameOf = new Map(actors.map((actor) => [actor.id, actor.name]));
  return actors.map(({ id: _id, createdAt: _c, updatedAt: _u, parentId, ...rest }) => ({
    ...rest,
    parent: nameOf.get(parentId) ?? null,
  }));
}

async function relationSummary(workspace: TestWorkspace) {
  const res = await api(ctx, 'GET', relationsPath(workspace), { cookie: workspace.owner.cookie });
  const relations: Array<Record<string, unknown> & { source: { name: string }; target: { name: string } }> =
    res.body.relations;
  return relations
    .map((r) => [r.source.name, r.target.name, r.type, r.oversightKind, r.status, r.evidence].join('|'))
    .sort();
}

describe('sector map import and export', () => {
  it('import: 401, 403 for another workspace and read-only roles, 415 for JSON, 400 without a file, 413 over 5 MB', async () => {
    const file = { name: 'actors.csv', content: ACTORS_CSV };
    expect((await upload(ctx, importPath(home, 'actors'), file)).status).toBe(401);
    expect((await upload(ctx, importPath(home, 'actors'), file, other.owner.cookie)).status).toBe(403);
    const donor = await newMember(ctx, home, 'donor');
    expect((await upload(ctx, importPath(home, 'relations'), file, donor.cookie)).status).toBe(403);
    const json = await api(ctx, 'POST', importPath(home, 'actors'), { cookie: home.owner.cookie, body: {} });
    expect(json.status).toBe(415);
    const form = new FormData();
    form.append('other', 'x');
    const noFile = await ctx.app.request(`http://localhost:3000${importPath(home, 'actors')}`, {
      method: 'POST',
      headers: { origin: 'http://localhost:3000', cookie: home.owner.cookie },
      body: form,
    });
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).error.message).toMatch(/^file: /);
    const huge = await upload(
      ctx,
      importPath(home, 'actors'),
      { name: 'big.csv', content: 'x'.repeat(5_300_000) },
      home.owner.cookie,
    );
    expect(huge.status).toBe(413);
    const xls = await upload(
      ctx,
      importPath(home, 'actors'),
      { name: 'old.xls', content: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]) },
      home.owner.cookie,
    );
    expect(xls.status).toBe(400);
    expect(await count(home)).toEqual({ actors: 0, relations: 0 });
  });

  it('rejects a file with bad rows as a whole, naming each row and field, and writes nothing', async () => {
    const bad = `name,category,parent,headcount_total,headcount_women
Police,police,,100,20
Army,army,,,
Navy,armed_forces,Fleet Command,,
Border Guard,border_guard,,10,40
`;
    const res = await upload(
      ctx,
      importPath(home, 'actors'),
      { name: 'bad.csv', content: bad },
      home.owner.cookie,
    );
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'unprocessable', message: '3 rows have errors' });
    expect(res.body.error.details).toEqual([
      {
        row: 3,
        field: 'category',
        message: expect.stringMatching(/^"army" is not a known category \(armed_forces/),
      },
      { row: 4, field: 'parent', message: 'no actor named "Fleet Command" (by name or acronym)' },
      { row: 5, field: 'headcount_women', message: 'cannot exceed the total headcount (10)' },
    ]);
    const shifted = await upload(
      ctx,
      importPath(home, 'actors'),
      { name: 'shifted.csv', content: 'name,category\nMinistry of Defence, Kasora,ministry\n' },
      home.owner.cookie,
    );
    expect(shifted.status).toBe(422);
    expect(shifted.body.error.details[0]).toMatchObject({ row: 2, field: 'file' });
    expect(await count(home)).toEqual({ actors: 0, relations: 0 });
    expect(await auditActions(ctx, home, 'actor')).toEqual([]);
  });

  it('imports actors, then relations naming them by name or acronym, each in one audited transaction', async () => {
    const editor = await newMember(ctx, home, 'editor');
    const actors = await upload(
      ctx,
      importPath(home, 'actors'),
      { name: 'actors.csv', content: ACTORS_CSV },
      editor.cookie,
    );
    expect(actors).toMatchObject({ status: 201, body: { imported: 5 } });
    const list = await api(ctx, 'GET', actorsPath(home), { cookie: editor.cookie });
    const byName = new Map(list.body.actors.map((a: { name: string }) => [a.name, a]));
    const forces = byName.get('Kasora Armed Forces') as { id: string };
    expect(forces).toMatchObject({
      acronym: 'KAF',
      headcountTotal: 12400,
      nameTranslations: { ar: 'القوات المسلحة' },
    });
    expect(byName.get('Kasora Army')).toMatchObject({ parentId: forces.id, statutory: true });

    const again = await upload(
      ctx,
      importPath(home, 'actors'),
      { name: 'actors.csv', content: ACTORS_CSV },
      editor.cookie,
    );
    expect(again.status).toBe(422);
    expect(again.body.error.details[0]).toMatchObject({ row: 2, field: 'name' });

    const relations = await upload(
      ctx,
      importPath(home, 'relations'),
      { name: 'relations.csv', content: RELATIONS_CSV },
      editor.cookie,
    );
    expect(relations).toMatchObject({ status: 201, body: { imported: 2 } });
    const [entry] = await auditActions(ctx, home, 'actor_relation');
    expect(entry).toMatchObject({
      action: 'actor_relation.import',
      entityId: null,
      changes: { count: { after: 2 }, fileName: { after: 'relations.csv' } },
    });
    expect((await auditActions(ctx, home, 'actor'))[0]).toMatchObject({
      action: 'actor.import',
      changes: { count: { after: 5 } },
    });
    const unknown = await upload(
      ctx,
      importPath(home, 'relations'),
      { name: 'r.csv', content: 'source,target,type\nDSC,Navy,oversight\n' },
      editor.cookie,
    );
    expect(unknown.body.error.details).toEqual([
      { row: 2, field: 'target', message: 'no actor named "Navy" (by name or acronym)' },
    ]);
  });

  it('export: 401, 403 for another workspace, 400 for an unknown format', async () => {
    expect((await download(ctx, exportPath(home, 'actors', 'csv'))).status).toBe(401);
    expect((await download(ctx, exportPath(home, 'relations', 'csv'), other.owner.cookie)).status).toBe(403);
    expect((await download(ctx, exportPath(home, 'actors', 'pdf'), home.owner.cookie)).status).toBe(400);
  });

  it.each(['csv', 'xlsx'])(
    'exports to %s and imports the files into another workspace unchanged',
    async (format) => {
      const viewer = await newMember(ctx, home, 'viewer');
      const actorFile = await download(ctx, exportPath(home, 'actors', format), viewer.cookie);
      expect(actorFile.status).toBe(200);
      expect(actorFile.headers.get('content-disposition')).toContain(`actors.${format}`);
      const relationFile = await download(ctx, exportPath(home, 'relations', format), viewer.cookie);
      if (format === 'csv') {
        expect([...actorFile.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(new TextDecoder().decode(actorFile.bytes).split('\n')[0]).toBe(
          'name,acronym,category,statutory,level,region,parent,legal_basis,mandate,headcount_total,headcount_women,name_fr,name_ar,name_es,name_pt',
        );
      } else {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(actorFile.bytes) as unknown as ArrayBuffer);
        expect(workbook.worksheets[0].name).toBe('actors');
      }

      const target = await newWorkspace(ctx);
      const into = (kind: 'actors' | 'relations', content: Uint8Array) =>
        upload(ctx, importPath(target, kind), { name: `${kind}.${format}`, content }, target.owner.cookie);
      expect((await into('actors', actorFile.bytes)).body).toEqual({ imported: 5 });
      expect((await into('relations', relationFile.bytes)).body).toEqual({ imported: 2 });
      expect(await actorSummary(target)).toEqual(await actorSummary(home));
      expect(await relationSummary(target)).toEqual(await relationSummary(home));
    },
  );

  it('reads an XLSX file written by hand, numbers and all', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['Name', 'Category', 'Headcount total', 'Statutory']);
    sheet.addRow(['Customs Service', 'customs', 2300, 'Yes']);
    sheet.addRow([]);
    sheet.addRow(['Harbour Watch', 'privat', 40, 'no']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const res = await upload(
      ctx,
      importPath(other, 'actors'),
      { name: 'hand.xlsx', content: bytes },
      other.owner.cookie,
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { row: 4, field: 'category', message: expect.stringContaining('"privat"') },
    ]);
    sheet.getRow(4).getCell(2).value = 'Private security';
    const fixed = new Uint8Array(await workbook.xlsx.writeBuffer());
    const ok = await upload(
      ctx,
      importPath(other, 'actors'),
      { name: 'hand.xlsx', content: fixed },
      other.owner.cookie,
    );
    expect(ok).toMatchObject({ status: 201, body: { imported: 2 } });
  });
});
