import type {
  Calibration,
  CalibrationMargin,
  EstimateSpec,
  FormChoice,
  SurveyDesign,
  SurveyForm,
} from '../../../../core/survey/types';
import { analysisColumns } from '../form/formNodes';

/** A design with nothing set: every respondent counts once, no strata, no clusters (a simple random sample). */
export const EMPTY_DESIGN: SurveyDesign = {
  ids: [],
  strata: null,
  weights: null,
  fpc: null,
  lonelyPsu: 'fail',
};

/** The fpc as one variable per stage, for the editor (a single one applies to the first stage). */
export function fpcPerStage(design: SurveyDesign): (string | null)[] {
  const stages = Math.max(design.ids.length, 1);
  const given = design.fpc === null ? [] : Array.isArray(design.fpc) ? design.fpc : [design.fpc];
  return Array.from({ length: stages }, (_, stage) => given[stage] ?? null);
}

/** The editor's fpc back into the design's shape: null when none, all stages' names otherwise. */
export function fpcOfStages(stages: (string | null)[]): SurveyDesign['fpc'] {
  const filled = stages.filter((name): name is string => Boolean(name));
  if (filled.length === 0) return null;
  if (stages.length === 1) return filled[0];
  return stages.map((name) => name ?? '');
}

/** Drops empty optional fields so the API's check names only what the user chose. */
export function cleanSpecs(specs: EstimateSpec[]): EstimateSpec[] {
  return specs
    .filter((spec) => spec.variable)
    .map((spec) => ({
      stat: spec.stat,
      variable: spec.variable,
      ...(spec.stat === 'ratio' ? { denominator: spec.denominator ?? null } : {}),
      by: spec.by || null,
    }));
}

/** The choices of a question's list (for categories and population cells); empty for a non-select. */
export function choicesOf(form: SurveyForm, name: string): FormChoice[] {
  const question = analysisColumns(form.children).find((candidate) => candidate.name === name);
  return question?.listName ? (form.choices[question.listName] ?? []) : [];
}

/** Every cell of a margin: the cross product of its variables' choice names, joined with `|`. */
export function marginCells(form: SurveyForm, variables: string[]): string[] {
  return variables
    .reduce<string[]>(
      (cells, variable) => {
        const values = choicesOf(form, variable).map((choice) => choice.name);
        return cells.flatMap((cell) => values.map((value) => (cell === '' ? value : `${cell}|${value}`)));
      },
      [''],
    )
    .filter((cell) => cell !== '');
}

/** The margins of a calibration, whichever its method. */
export function marginsOf(calibration: Calibration | null | undefined): CalibrationMargin[] {
  if (!calibration) return [];
  return calibration.method === 'postStratify' ? [calibration.margin] : calibration.margins;
}

export function calibrationOf(
  method: 'none' | Calibration['method'],
  margins: CalibrationMargin[],
): Calibration | null {
  if (method === 'none' || margins.length === 0) return null;
  return method === 'postStratify' ? { method, margin: margins[0] } : { method, margins };
}
