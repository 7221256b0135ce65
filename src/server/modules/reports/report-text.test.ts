import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoredAssessment } from '../../testing/assessment-fixtures.ts';
import { createTwoWorkspaces, newMember, type TestContext } from '../../testing/harness.ts';
import { resolveActor } from '../workspaces/membership.ts';
import { type ReportLanguage, reportLabels } from './labels.ts';
import { renderAssessmentPdf } from './pdf.ts';
import { type PrintedLine, readPdfPages } from './pdf-readback.ts';
import { collectReportData, type ReportData } from './report-data.ts';

/*
 * The PDF reports read back as text, as a reader copying from them would get it. PDF.js reads a
 * lam-alef ligature (لا) back with its two letters swapped, so the Arabic strings checked here
 * have none.
 */

let ctx: TestContext;
let data: ReportData;
const TITLE = 'Kasora police governance review 2026';

beforeAll(async () => {
  const { ctx: context, home } = await createTwoWorkspaces();
  ctx = context;
  const viewer = await newMember(ctx, home, 'viewer');
  const assessment = await scoredAssessment(ctx, home, {
    scores: [1, 3, 4, 2, 2, 0],
    status: 'published',
    title: TITLE,
  });
  const actor = await resolveActor(ctx.db, { ...viewer, twoFactorEnabled: false }, home.slug);
  data = await collectReportData({ db: ctx.db, actor, assessmentId: assessment.id });
});
afterAll(() => ctx.close());

const reports = new Map<ReportLanguage, Promise<PrintedLine[][]>>();
/** The report in that language as printed lines per page, rendered once per test file. */
function printed(language: ReportLanguage) {
  let pages = reports.get(language);
  if (!pages) {
    pages = renderAssessmentPdf(data, language).then(readPdfPages);
    reports.set(language, pages);
  }
  return pages;
}

const allText = (pages: PrintedLine[][]) => pages.flat().map((line) => line.text);
const allPieces = (pages: PrintedLine[][]) => new Set(pages.flat().flatMap((line) => line.pieces));

/** English labels that the other language words differently (so finding one means English crept in). */
function englishOnlyLabels(language: ReportLanguage): string[] {
  const en = reportLabels('en');
  const other = reportLabels(language);
  return Object.entries(en).flatMap(([key, value]) =>
    typeof value === 'string' && value !== other[key as keyof typeof en] ? [value] : [],
  );
}

describe('the PDF report read back as text', () => {
  it('is in French: title, facts, criteria names and page numbers', async () => {
    const pages = await printed('fr');
    const lines = allText(pages);
    expect(lines[0]).toBe("RAPPORT D'ÉVALUATION");
    expect(lines).toContain('Référentiel Dix critères de bonne gouvernance du secteur de la sécurité');
    // The chart's label for a criterion, its score after it.
    expect(lines).toContain('C7 Redevabilité judiciaire et juridique —');
    expect(lines).toContain('C1 Prestation de sécurité professionnelle et abordable 2,7');
    expect(lines).toContain("Équipe d'évaluation");
    expect(lines).toContain(`${TITLE} Page 1 sur ${pages.length}`);
    expect(lines.join('\n')).toContain('Notés: 6');
  });

  it('is in Spanish and in Portuguese: title, team heading and page numbers', async () => {
    const spanish = await printed('es');
    const es = allText(spanish);
    expect(es[0]).toBe('INFORME DE EVALUACIÓN');
    expect(es).toContain('Equipo de evaluación');
    expect(es).toContain(`${TITLE} Página 1 de ${spanish.length}`);
    const portuguese = await printed('pt');
    const pt = allText(portuguese);
    expect(pt[0]).toBe('RELATÓRIO DE AVALIAÇÃO');
    expect(pt).toContain('Equipa de avaliação');
    expect(pt).toContain(`${TITLE} Página 1 de ${portuguese.length}`);
  });

  it('has no English label in the French, Arabic, Spanish and Portuguese reports', async () => {
    for (const language of ['fr', 'ar', 'es', 'pt'] as const) {
      const pieces = allPieces(await printed(language));
      const english = englishOnlyLabels(language).filter((label) => pieces.has(label));
      expect(english, language).toEqual([]);
    }
    const englishPieces = allPieces(await printed('en'));
    expect(englishPieces.has('Assessment team')).toBe(true);
    expect(englishPieces.has('Score by group')).toBe(true);
  });

  it('is in Arabic, each Arabic run readable in reading order', async () => {
    const pieces = allPieces(await printed('ar'));
    for (const label of ['تقرير التقييم', 'فريق التقييم', 'الدرجة حسب المجموعة', 'النتائج', 'منشور']) {
      expect(pieces.has(label), label).toBe(true);
    }
  });

  it('lays mixed Arabic and number lines out right to left', async () => {
    const pages = await printed('ar');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((lines, index) => {
      const footer = lines.find((line) => line.pieces.includes('صفحة'));
      // "صفحة 1 من 4" read from the right: the word for page is rightmost, the total leftmost.
      expect(footer?.pieces.slice(0, 4)).toEqual([String(pages.length), 'من', String(index + 1), 'صفحة']);
    });
    // A label, colon and count: the count sits left of the label it belongs to.
    const counts = allText(pages).find((line) => line.includes('مقيّمة'));
    expect(counts?.endsWith('6 : مقيّمة')).toBe(true);
    // The framework's name, then its version: the version ends up on the left.
    const framework = pages[0].find((line) => line.pieces.includes('·'));
    expect(framework?.pieces.slice(0, 2)).toEqual(['1.0.0', '·']);
    expect(framework?.pieces[2].startsWith('المعايير العشرة')).toBe(true);
  });
});
