import { describe, expect, it } from 'vitest';
import { question as formQuestion } from '../../../../core/survey/runtime/testing';
import type { SurveyForm } from '../../../../core/survey/types';
import { calibrationOf, cleanSpecs, fpcOfStages, fpcPerStage, marginCells } from './designDraft';

const question = (name: string, listName: string | null) =>
  formQuestion(name, listName ? 'select_one' : 'integer', { listName });
const choice = (name: string) => ({ row: 0, name, label: { default: name }, filters: {} });
const form: SurveyForm = {
  title: 'T',
  formId: 't',
  version: null,
  defaultLanguage: 'default',
  languages: [],
  children: [
    question('sex', 'sex'),
    {
      kind: 'group',
      row: 0,
      name: 'g',
      label: {},
      relevant: null,
      appearance: null,
      repeatCount: null,
      children: [question('age', 'age')],
    },
    question('hh', null),
  ],
  choices: { sex: [choice('f'), choice('m')], age: [choice('y'), choice('o')] },
};

describe('design draft', () => {
  it('reads and writes the fpc per stage', () => {
    expect(fpcPerStage({ ids: ['ea', 'hh'], strata: null, weights: null, fpc: ['a', 'b'] })).toEqual([
      'a',
      'b',
    ]);
    expect(fpcPerStage({ ids: [], strata: null, weights: null, fpc: 'n' })).toEqual(['n']);
    expect(fpcPerStage({ ids: ['ea'], strata: null, weights: null, fpc: null })).toEqual([null]);
    expect(fpcOfStages([null, null])).toBeNull();
    expect(fpcOfStages(['n'])).toBe('n');
    expect(fpcOfStages(['a', 'b'])).toEqual(['a', 'b']);
  });

  it('crosses the choices of a margin’s variables, inside groups too', () => {
    expect(marginCells(form, ['sex'])).toEqual(['f', 'm']);
    expect(marginCells(form, ['sex', 'age'])).toEqual(['f|y', 'f|o', 'm|y', 'm|o']);
    expect(marginCells(form, ['hh'])).toEqual([]);
  });

  it('keeps a denominator for ratios only and drops rows without a variable', () => {
    expect(
      cleanSpecs([
        { stat: 'mean', variable: 'hh', denominator: 'x', by: '' },
        { stat: 'ratio', variable: 'hh', denominator: 'sex', by: 'sex' },
        { stat: 'total', variable: '' },
      ]),
    ).toEqual([
      { stat: 'mean', variable: 'hh', by: null },
      { stat: 'ratio', variable: 'hh', denominator: 'sex', by: 'sex' },
    ]);
  });

  it('builds a calibration only when it has a margin', () => {
    const margin = { variables: ['sex'], population: { f: 10, m: 12 } };
    expect(calibrationOf('none', [margin])).toBeNull();
    expect(calibrationOf('rake', [])).toBeNull();
    expect(calibrationOf('postStratify', [margin])).toEqual({ method: 'postStratify', margin });
    expect(calibrationOf('rake', [margin])).toEqual({ method: 'rake', margins: [margin] });
  });
});
