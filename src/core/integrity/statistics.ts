import type { CaseStatus } from './types.ts';
import { CASE_STATUSES } from './types.ts';

/**
 * Aggregated counts of reports for monitoring and the public: by type, institution and status, with
 * small counts suppressed so that no single whistle-blower's report can be singled out.
 *
 * Primary suppression hides every count from 1 to threshold − 1; complementary suppression then hides
 * more cells of the dimension until the hidden ones add up to at least the threshold (see
 * suppressDimension).
 */

export const SUPPRESSION_THRESHOLD = 5;
export const UNCLASSIFIED = 'unclassified';

export interface Cell {
  count: number | null;
  suppressed: boolean;
}

export const isSmall = (count: number, threshold = SUPPRESSION_THRESHOLD) => count > 0 && count < threshold;

export function cellOf(count: number, threshold = SUPPRESSION_THRESHOLD): Cell {
  return isSmall(count, threshold) ? { count: null, suppressed: true } : { count, suppressed: false };
}

/**
 * The cells of one dimension, in the order given. When the total is shown, hidden cells must not be
 * worked out by subtraction, nor pinned down by their sum (two hidden cells adding up to 2 are both
 * 1): while the hidden cells add up to less than the threshold, the smallest shown non-zero cell is
 * hidden as well.
 */
export function suppressDimension(counts: number[], threshold = SUPPRESSION_THRESHOLD): Cell[] {
  const cells = counts.map((count) => cellOf(count, threshold));
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (isSmall(total, threshold)) return cells;
  const hiddenSum = () =>
    counts.reduce((sum, count, index) => sum + (cells[index].suppressed ? count : 0), 0);
  while (cells.some((cell) => cell.suppressed) && hiddenSum() < threshold) {
    let partner = -1;
    counts.forEach((count, index) => {
      if (cells[index].suppressed || count === 0) return;
      if (partner === -1 || count < counts[partner]) partner = index;
    });
    if (partner === -1) break;
    cells[partner] = { count: null, suppressed: true };
  }
  return cells;
}

/** One report as the statistics see it: its classification at triage (null until triaged) and status. */
export interface CountedReport {
  typeCode: string | null;
  institutionId: string | null;
  status: CaseStatus;
}

export interface ReportStatistics {
  threshold: number;
  total: Cell;
  byType: Array<{ code: string; cell: Cell }>;
  byInstitution: Array<{ institutionId: string | null; cell: Cell }>;
  byStatus: Array<{ status: CaseStatus; cell: Cell }>;
}

/**
 * Counts by type (every type the channel offers, then any other code found, then `unclassified`),
 * by institution (those with reports, the unclassified last) and by every status.
 */
export function countReports(
  reports: CountedReport[],
  channelTypes: string[],
  threshold = SUPPRESSION_THRESHOLD,
): ReportStatistics {
  const byType = tally(reports, (report) => report.typeCode ?? UNCLASSIFIED);
  const typeCodes = [...channelTypes.filter((code) => code !== UNCLASSIFIED)];
  for (const code of byType.keys())
    if (!typeCodes.includes(code) && code !== UNCLASSIFIED) typeCodes.push(code);
  typeCodes.push(UNCLASSIFIED);

  const byInstitution = tally(reports, (report) => report.institutionId);
  const institutions = [...byInstitution.keys()].filter((id) => id !== null).sort() as Array<string | null>;
  if (byInstitution.has(null)) institutions.push(null);

  const byStatus = tally(reports, (report) => report.status);

  const typeCells = suppressDimension(
    typeCodes.map((code) => byType.get(code) ?? 0),
    threshold,
  );
  const institutionCells = suppressDimension(
    institutions.map((id) => byInstitution.get(id) ?? 0),
    threshold,
  );
  const statusCells = suppressDimension(
    CASE_STATUSES.map((status) => byStatus.get(status) ?? 0),
    threshold,
  );
  return {
    threshold,
    total: cellOf(reports.length, threshold),
    byType: typeCodes.map((code, index) => ({ code, cell: typeCells[index] })),
    byInstitution: institutions.map((institutionId, index) => ({
      institutionId,
      cell: institutionCells[index],
    })),
    byStatus: CASE_STATUSES.map((status, index) => ({ status, cell: statusCells[index] })),
  };
}

function tally<K>(reports: CountedReport[], keyOf: (report: CountedReport) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const report of reports) {
    const key = keyOf(report);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
