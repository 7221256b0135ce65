import PDFDocument from 'pdfkit';
import { formatCell, formatNumber } from './format.ts';
import type { ReportLanguage } from './labels.ts';
import { drawGroupChart, groupChartHeight } from './pdf-chart.ts';
import { registerReportFonts } from './pdf-fonts.ts';
import { COLORS, PdfFlow } from './pdf-layout.ts';
import { PdfTextWriter } from './pdf-text.ts';
import type { ReportData } from './report-data.ts';
import { buildReportSections, type ReportSections } from './report-sections.ts';

/** Room the overall score, band and counts take above the chart. */
const OVERALL_BLOCK_HEIGHT = 110;

function drawTitleBlock(flow: PdfFlow, sections: ReportSections) {
  const { labels } = sections;
  const align = flow.startAlign;
  flow.paragraph(labels.reportTitle.toUpperCase(), { size: 9, bold: true, color: COLORS.accent, align });
  flow.gap(2);
  flow.paragraph(sections.title, { size: 20, bold: true, align });
  flow.gap(2);
  flow.paragraph(sections.frameworkLine, { size: 11, color: COLORS.muted, align });
  flow.gap(8);
  flow.rule();
  flow.facts(sections.facts.map(([label, value]) => [label, formatCell(value, sections.language)]));
  flow.gap(10);
  flow.heading(labels.team);
  flow.table(sections.team, labels.nothingRecorded);
}

/** The overall score and the chart stay together: they move to the next page if need be. */
function drawOverall(flow: PdfFlow, sections: ReportSections) {
  const { labels, overall, language } = sections;
  const chart = {
    title: labels.groupScores,
    bars: sections.chart,
    range: overall.range,
    emptyMark: labels.notYet,
  };
  flow.heading(labels.results, OVERALL_BLOCK_HEIGHT + groupChartHeight(flow, chart));
  const score =
    overall.score === null
      ? labels.notYet
      : `${formatNumber(overall.score, language, { decimals: 1 })} / ${formatNumber(overall.range.max, language)}`;
  const band = overall.band ? `${labels.band}: ${overall.band}` : '';
  flow.paragraph(labels.overallScore, { size: 9, bold: true, color: COLORS.muted });
  flow.paragraph(score, { size: 22, bold: true, color: COLORS.accent });
  if (band) flow.paragraph(band, { size: 11, bold: true });
  flow.gap(4);
  const counts = [
    `${labels.scored}: ${overall.counts.scored}`,
    `${labels.notApplicable}: ${overall.counts.notApplicable}`,
    `${labels.insufficientEvidence}: ${overall.counts.insufficientEvidence}`,
    `${labels.unanswered}: ${overall.counts.unanswered}`,
  ];
  flow.paragraph(counts.join('   ·   '), { size: 9, color: COLORS.muted });
  flow.gap(8);
  drawGroupChart(flow, chart);
}

/**
 * The assessment report as an A4 PDF: title block and team, overall score with a bar chart of the
 * groups, then the group, item, baseline, needs, evidence and review-comment tables.
 */
export async function renderAssessmentPdf(data: ReportData, language: ReportLanguage): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 56, left: 44, right: 44 },
    bufferPages: true,
    info: { Title: data.assessment.title, Creator: 'Custodes' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const fonts = registerReportFonts(doc);
  const sections = buildReportSections(data, language);
  const { labels } = sections;
  const flow = new PdfFlow(doc, new PdfTextWriter(doc, fonts, sections.language === 'ar'), sections.language);

  drawTitleBlock(flow, sections);
  flow.gap(6);
  drawOverall(flow, sections);

  flow.gap(6);
  flow.heading(sections.groups.title);
  flow.table(sections.groups, labels.nothingRecorded);
  flow.heading(sections.items.title);
  flow.table(sections.items, labels.nothingRecorded);
  if (sections.baseline) {
    flow.heading(sections.baseline.title);
    flow.paragraph(`${labels.baselineAssessment}: ${data.baseline?.title ?? ''}`, {
      size: 9,
      color: COLORS.muted,
    });
    flow.gap(4);
    flow.table(sections.baseline, labels.nothingRecorded);
  }
  for (const table of [sections.needs, sections.evidence, sections.reviewComments]) {
    flow.heading(table.title);
    flow.table(table, labels.nothingRecorded);
  }

  flow.numberPages(labels.pageOf, sections.title);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
