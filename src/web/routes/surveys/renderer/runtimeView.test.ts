import { describe, expect, it } from 'vitest';
import { question as formQuestion } from '../../../../core/survey/runtime/testing';
import type { FormNode, FormQuestion, SurveyForm } from '../../../../core/survey/types';
import { buildFormStateView, runtimePath } from './runtimeView';

const question = (name: string, type: FormQuestion['type'], extra: Partial<FormQuestion> = {}) =>
  formQuestion(name, type, { listName: type.startsWith('select') ? 'yn' : null, ...extra });

function form(children: FormNode[]): SurveyForm {
  return {
    title: 't',
    formId: 't',
    version: null,
    defaultLanguage: 'default',
    languages: [],
    children,
    choices: {
      yn: [
        { row: 2, name: 'yes', label: { default: 'Yes' }, filters: {} },
        { row: 3, name: 'no', label: { default: 'No' }, filters: {} },
      ],
    },
  };
}

const skip = form([
  question('contact', 'select_one', { required: 'yes' }),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: XLSForm's own ${name} syntax
  question('bribe', 'select_one', { relevant: "${contact} = 'yes'" }),
  question('age', 'integer', { constraint: '. >= 15', constraintMessage: { default: 'At least 15' } }),
]);

describe('buildFormStateView', () => {
  it('hides a question and drops its answer when its relevance turns false', () => {
    const shown = buildFormStateView(skip, { contact: 'yes', bribe: 'no' }, '2026-05-01');
    expect(shown.node([], 'bribe').relevant).toBe(true);
    expect(shown.answers).toMatchObject({ contact: 'yes', bribe: 'no' });
    const hidden = buildFormStateView(skip, { contact: 'no', bribe: 'no' }, '2026-05-01');
    expect(hidden.node([], 'bribe').relevant).toBe(false);
    expect(hidden.answers).not.toHaveProperty('bribe');
  });

  it('reports required and the form’s constraint message at their paths', () => {
    const view = buildFormStateView(skip, { age: 12 }, '2026-05-01');
    expect(view.problems.map((p) => [p.path, p.code])).toEqual([
      ['contact', 'required'],
      ['age', 'constraint'],
    ]);
    expect(view.node([], 'age').error?.message).toEqual({ default: 'At least 15' });
  });

  it('names repeat instances as the runtime does and knows a fixed repeat count', () => {
    expect(runtimePath([{ repeat: 'hh', index: 1 }], 'name')).toBe('hh[1]/name');
    const repeated = form([
      question('n', 'integer'),
      {
        kind: 'repeat',
        row: 0,
        name: 'hh',
        label: {},
        relevant: null,
        appearance: null,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: XLSForm's own ${name} syntax
        repeatCount: '${n}',
        children: [question('name', 'text', { required: 'yes' })],
      },
    ]);
    const view = buildFormStateView(repeated, { n: 2 }, '2026-05-01');
    expect(view.repeatCount([], 'hh')).toBe(2);
    expect(view.problems.map((p) => p.path)).toEqual(['hh[0]/name', 'hh[1]/name']);
  });
});
