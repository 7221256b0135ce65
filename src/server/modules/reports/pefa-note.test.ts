import { describe, expect, it } from 'vitest';
import { reportLabels } from './labels.ts';
import type { ReportData, ReportGroup } from './report-data.ts';
import { buildReportSections } from './report-sections.ts';

const counts = { scored: 3, notApplicable: 0, insufficientEvidence: 0, unanswered: 0 };
const group = (code: string, band: string, derivedRule: boolean): ReportGroup => ({
  code,
  name: { en: code },
  depth: 0,
  score: 3,
  band,
  derivedRule,
  counts,
});

function reportOf(groups: ReportGroup[]): ReportData {
  return {
    generatedAt: '2026-03-01T10:00:00.000Z',
    assessment: {
      title: 'Security finance',
      status: 'validated',
      scope: 'sector',
      scopeActorCount: 0,
      leadSide: 'joint',
      createdAt: '2026-01-01T10:00:00.000Z',
      validatedAt: '2026-02-01T10:00:00.000Z',
      publishedAt: null,
    },
    framework: { id: 'pefa-style', version: '1.0.0', name: { en: 'PEFA-style' }, range: { min: 1, max: 4 } },
    team: [],
    overall: { score: 3, band: null, counts },
    groups,
    items: [],
    baseline: null,
    needs: [],
    evidence: [],
    reviewComments: [],
  };
}

describe('reports say which PEFA scores come from the derived M2 rule', () => {
  it.each(['en', 'fr', 'ar', 'es', 'pt'] as const)('marks them and adds the note (%s)', (language) => {
    const sections = buildReportSections(
      reportOf([group('SPI-1', 'C+', false), group('SPI-2', 'B', true)]),
      language,
    );
    expect(sections.groups.rows.map((row) => row[3])).toEqual(['C+', 'B*']);
    const labels = reportLabels(language);
    expect(sections.facts).toContainEqual([labels.scoringNote, labels.pefaDerivedNote]);
    expect(labels.pefaDerivedNote.startsWith('*')).toBe(true);
  });

  it('adds no note when no score rests on the derived rule', () => {
    const sections = buildReportSections(reportOf([group('SPI-1', 'C+', false)]), 'en');
    expect(sections.groups.rows.map((row) => row[3])).toEqual(['C+']);
    expect(sections.facts.map(([label]) => label)).not.toContain(reportLabels('en').scoringNote);
  });
});
