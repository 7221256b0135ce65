import { AppError } from '../../../core/errors/app-error.ts';
import type { EstimateSpec, SurveyDesign } from '../../../core/survey/types.ts';
import type { AnalysisColumns } from './analysis-table.ts';

/** Every column a design or an estimate list names, with the field that names it. */
function namedColumns(
  design: SurveyDesign | undefined,
  estimates: readonly EstimateSpec[],
): [string, string][] {
  const named: [string, string][] = [];
  const list = (field: string, columns: readonly string[]) => {
    for (const [i, column] of columns.entries()) named.push([`${field}[${i}]`, column]);
  };
  if (design) {
    list('design.ids', design.ids);
    if (design.strata) named.push(['design.strata', design.strata]);
    if (design.weights) named.push(['design.weights', design.weights]);
    if (typeof design.fpc === 'string') named.push(['design.fpc', design.fpc]);
    else if (design.fpc) list('design.fpc', design.fpc);
    const calibration = design.calibration;
    if (calibration?.method === 'postStratify')
      list('design.calibration.margin.variables', calibration.margin.variables);
    if (calibration?.method === 'rake')
      for (const [m, margin] of calibration.margins.entries())
        list(`design.calibration.margins[${m}].variables`, margin.variables);
  }
  for (const [i, spec] of estimates.entries()) {
    named.push([`estimates[${i}].variable`, spec.variable]);
    if (spec.denominator) named.push([`estimates[${i}].denominator`, spec.denominator]);
    if (spec.by) named.push([`estimates[${i}].by`, spec.by]);
  }
  return named;
}

function refuse(
  field: string,
  code: string,
  params: Record<string, string | number>,
  message: string,
): never {
  throw new AppError('bad_request', `${field}: ${message}`, { field, code, params });
}

/**
 * Refuses (400 naming the field) a design or estimate that names a column the form does not have, a
 * question inside a repeat, or a ratio without a denominator.
 */
export function checkDesignColumns(
  design: SurveyDesign | undefined,
  estimates: readonly EstimateSpec[],
  columns: AnalysisColumns,
): void {
  estimates.forEach((spec, i) => {
    if (spec.stat === 'ratio' && !spec.denominator)
      refuse(`estimates[${i}].denominator`, 'ratio_without_denominator', {}, 'a ratio needs a denominator');
  });
  const known = new Set(columns.names);
  const inRepeats = new Set(columns.inRepeats);
  for (const [field, column] of namedColumns(design, estimates)) {
    if (known.has(column)) continue;
    if (inRepeats.has(column))
      refuse(
        field,
        'column_in_repeat',
        { column },
        `"${column}" is inside a repeat; only top-level questions can be estimated`,
      );
    refuse(field, 'column_unknown', { column }, `the form has no question "${column}"`);
  }
}
