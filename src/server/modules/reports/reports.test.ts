import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoredAssessment } from '../../testing/assessment-fixtures.ts';
import {
  api,
  createTwoWorkspaces,
  newMember,
  type TestContext,
  type TestWorkspace,
} from '../../testing/harness.ts';
import { resolveActor } from '../workspaces/membership.ts';
import { renderAssessmentPdf } from './pdf.ts';
import { collectReportData, type ReportData } from './report-data.ts';
import { REPORT_SHEETS } from './xlsx.ts';

let ctx: TestContext;
let home: TestWorkspace;
let other: TestWorkspace;
let viewer: Awaited<ReturnType<typeof newMember>>;
let assessment: Awaited<ReturnType<typeof scoredAssessment>>;
const TITLE = 'Kasora police governance review 2026';
/** Two criteria of three questions each, fully scored. */
const SCORES = [1, 3, 4, 2, 2, 0];

beforeAll(async () => {
  ({ ctx, home, other } = await createTwoWorkspaces());
  viewer = await newMember(ctx, home, 'viewer');
  assessment = await scoredAssessment(ctx, home, { scores: SCORES, status: 'published', title: TITLE });
});
afterAll(() => ctx.close());

const reportPath = (id: string, query = '', slug = home.slug) =>
  `/api/workspaces/${slug}/assessments/${id}/report${query}`;

/** The raw response: reports are binary, which the JSON-minded `api` helper would mangle. */
async function download(path: string, cookie: string) {
  const response = await ctx.app.request(`http://localhost:3000${path}`, {
    headers: { cookie, origin: 'http://localhost:3000' },
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function workbookOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('assessment report download', () => {
  it('401 signed out, 403 another workspace, 400 bad format or language, 404 unknown assessment', async () => {
    expect((await api(ctx, 'GET', reportPath(assessment.id))).status).toBe(401);
    const outsider = await api(ctx, 'GET', reportPath(assessment.id, '?format=xlsx'), {
      cookie: other.owner.cookie,
    });
    expect(outsider.status).toBe(403);
    const badFormat = await api(ctx, 'GET', reportPath(assessment.id, '?format=doc'), {
      cookie: viewer.cookie,
    });
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.error.message).toMatch(/^format: /);
    const badLanguage = await api(ctx, 'GET', reportPath(assessment.id, '?lang=de'), {
      cookie: viewer.cookie,
    });
    expect(badLanguage.status).toBe(400);
    const unknown = await api(ctx, 'GET', reportPath('no-such-assessment'), { cookie: viewer.cookie });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
  });

  it('gives any member an A4 PDF, the default format', async () => {
    const { response, bytes } = await download(reportPath(assessment.id), viewer.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(
      'filename="kasora-police-governance-review-2026-report.pdf"',
    );
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('gives a workbook with a summary, one row per group with numeric scores, items and needs', async () => {
    const { response, bytes } = await download(reportPath(assessment.id, '?format=xlsx'), viewer.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-language')).toBe('en');
    const workbook = await workbookOf(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      REPORT_SHEETS.summary,
      REPORT_SHEETS.groups,
      REPORT_SHEETS.items,
      REPORT_SHEETS.needs,
      REPORT_SHEETS.evidence,
      REPORT_SHEETS.reviewComments,
    ]);
    expect(workbook.getWorksheet(REPORT_SHEETS.summary)?.getCell('A1').value).toBe(TITLE);

    const groups = workbook.getWorksheet(REPORT_SHEETS.groups);
    if (!groups) throw new Error('no Groups sheet');
    expect(groups.getRow(1).getCell(3).value).toBe('Score');
    expect(groups.getRow(1).getCell(1).fill).toMatchObject({ type: 'pattern' });
    expect(groups.rowCount).toBe(1 + 10);
    expect(groups.getRow(2).getCell(1).value).toBe('C1');
    expect(groups.getRow(2).getCell(3).value).toBeCloseTo((1 + 3 + 4) / 3, 10);
    expect(groups.getRow(3).getCell(3).value).toBeCloseTo((2 + 2 + 0) / 3, 10);
    expect(groups.getRow(2).getCell(5).value).toBe(3);
    expect(groups.getRow(4).getCell(3).value).toBeNull();
    expect(groups.getColumn(2).width).toBeGreaterThan(30);

    const items = workbook.getWorksheet(REPORT_SHEETS.items);
    expect(items?.getRow(2).getCell(3).value).toBe(1);
    expect(items?.getRow(8).getCell(3).value).toBe('Unanswered');
    const needs = workbook.getWorksheet(REPORT_SHEETS.needs);
    expect(needs?.rowCount).toBe(1 + 5);
    expect(needs?.getRow(2).getCell(1).value).toBe(1);
    expect(needs?.getRow(2).getCell(2).value).toBe('C2.3');
    expect(needs?.getRow(2).getCell(4).value).toBe(0);
  });

  it('writes French when asked, and in the workspace language by default', async () => {
    const asked = await download(reportPath(assessment.id, '?format=xlsx&lang=fr'), viewer.cookie);
    const french = await workbookOf(asked.bytes);
    const summary = french.getWorksheet(REPORT_SHEETS.summary);
    expect(summary?.getCell('A4').value).toBe('Référentiel');
    expect(summary?.getCell('B4').value).toBe('Dix critères de bonne gouvernance du secteur de la sécurité');
    expect(french.getWorksheet(REPORT_SHEETS.groups)?.getRow(1).getCell(2).value).toBe('Groupe');

    const renamed = await api(ctx, 'PATCH', `/api/workspaces/${other.slug}`, {
      cookie: other.owner.cookie,
      body: { defaultLanguage: 'fr' },
    });
    expect(renamed.status).toBe(200);
    const theirs = await scoredAssessment(ctx, other, { scores: [2], status: 'draft' });
    const byDefault = await download(reportPath(theirs.id, '?format=xlsx', other.slug), other.owner.cookie);
    expect(byDefault.response.headers.get('content-language')).toBe('fr');
    const groups = (await workbookOf(byDefault.bytes)).getWorksheet(REPORT_SHEETS.groups);
    expect(groups?.getRow(1).getCell(2).value).toBe('Groupe');
    const arabic = await download(
      reportPath(theirs.id, '?format=xlsx&lang=ar', other.slug),
      other.owner.cookie,
    );
    const view = (await workbookOf(arabic.bytes)).getWorksheet(REPORT_SHEETS.groups)?.views[0];
    expect(view?.rightToLeft).toBe(true);
  });

  it("defaults to the reader's profile language over the workspace's, in Spanish and Portuguese too", async () => {
    const reader = await newMember(ctx, home, 'viewer');
    const chosen = await api(ctx, 'PATCH', '/api/me', { cookie: reader.cookie, body: { language: 'es' } });
    expect(chosen.status).toBe(200);
    const spanish = await download(reportPath(assessment.id, '?format=xlsx'), reader.cookie);
    expect(spanish.response.headers.get('content-language')).toBe('es');
    const summary = (await workbookOf(spanish.bytes)).getWorksheet(REPORT_SHEETS.summary);
    expect(summary?.getCell('A4').value).toBe('Marco de referencia');
    const portuguese = await download(reportPath(assessment.id, '?format=xlsx&lang=pt'), reader.cookie);
    expect(portuguese.response.headers.get('content-language')).toBe('pt');
    const groups = (await workbookOf(portuguese.bytes)).getWorksheet(REPORT_SHEETS.groups);
    expect(groups?.getRow(1).getCell(2).value).toBe('Grupo');
    expect(groups?.getRow(1).getCell(3).value).toBe('Pontuação');
  });

  it('compares with the baseline when there is one', async () => {
    const owner = home.owner.cookie;
    const base = `/api/workspaces/${home.slug}/assessments`;
    expect(
      (
        await api(ctx, 'PUT', `${base}/${assessment.id}/baseline`, {
          cookie: owner,
          body: { isBaseline: true },
        })
      ).status,
    ).toBe(200);
    const created = await api(ctx, 'POST', base, {
      cookie: assessment.lead.cookie,
      body: {
        title: 'Second round',
        frameworkId: 'ssg-ten-criteria',
        scope: 'sector',
        leadSide: 'government',
        baselineId: assessment.id,
        team: [{ userId: assessment.lead.id, side: 'government', teamRole: 'lead' }],
      },
    });
    expect(created.status).toBe(201);
    const roundId = created.body.assessment.id;
    const answer = await api(ctx, 'PUT', `${base}/${roundId}/answers/${assessment.itemIds[0]}`, {
      cookie: assessment.lead.cookie,
      body: { answer: 4 },
    });
    expect(answer.status).toBe(200);

    const { bytes } = await download(reportPath(roundId, '?format=xlsx'), viewer.cookie);
    const sheet = (await workbookOf(bytes)).getWorksheet(REPORT_SHEETS.baseline);
    if (!sheet) throw new Error('no Baseline sheet');
    expect(sheet.getRow(2).values).toEqual([undefined, undefined, 'Overall', 2, 4, 2, 'Improved']);
    expect(sheet.getRow(3).getCell(1).value).toBe('C1');
    expect(sheet.getRow(3).getCell(3).value).toBeCloseTo(8 / 3, 10);
    expect(sheet.getRow(3).getCell(4).value).toBe(4);
    expect(sheet.getRow(3).getCell(5).numFmt).toBe('+0.0;-0.0;0.0');
    expect(sheet.getRow(4).getCell(6).value).toBe('Not comparable');
    const pdf = await download(reportPath(roundId, '?lang=ar'), viewer.cookie);
    expect(pdf.response.status).toBe(200);
    expect(pdf.response.headers.get('content-language')).toBe('ar');
  });
});

describe('rendering the PDF', () => {
  let data: ReportData;
  beforeAll(async () => {
    const actor = await resolveActor(ctx.db, { ...viewer, twoFactorEnabled: false }, home.slug);
    data = await collectReportData({ db: ctx.db, actor, assessmentId: assessment.id });
  });

  it('lists the fifteen most pressing needs', async () => {
    const many = await scoredAssessment(ctx, home, { scores: Array(20).fill(1), status: 'draft' });
    const actor = await resolveActor(ctx.db, { ...viewer, twoFactorEnabled: false }, home.slug);
    const report = await collectReportData({ db: ctx.db, actor, assessmentId: many.id });
    expect(report.needs).toHaveLength(15);
    expect(report.needs.map((need) => need.code).slice(0, 3)).toEqual(['C1.1', 'C1.2', 'C1.3']);
  });

  it('renders in English, French and Arabic, embedding the Noto fonts from npm', async () => {
    for (const language of ['en', 'fr', 'ar'] as const) {
      const pdf = (await renderAssessmentPdf(data, language)).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      // Subsets of the fonts are embedded; PDF's built-in Helvetica is never used.
      expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
      expect(/\/BaseFont \/[A-Z]{6}\+NotoNaskhArabic/.test(pdf)).toBe(language === 'ar');
      expect(pdf).not.toContain('Helvetica');
    }
  });
});
