import type { Evidence, Framework, RecordedAnswer } from '../../../api/assessmentTypes';
import type { Standing } from '../assessment/standing';

/** What every item card of one assessment needs, gathered once by the panel. */
export interface ScoringContext {
  slug: string;
  assessmentId: string;
  framework: Framework;
  standing: Standing;
  mine: Map<string, RecordedAnswer>;
  others: Map<string, RecordedAnswer[]>;
  evidence: Map<string, Evidence[]>;
  names: Map<string, string>;
}

export function groupBy<Value>(values: readonly Value[], keyOf: (value: Value) => string) {
  const grouped = new Map<string, Value[]>();
  for (const value of values) {
    const key = keyOf(value);
    grouped.set(key, [...(grouped.get(key) ?? []), value]);
  }
  return grouped;
}
