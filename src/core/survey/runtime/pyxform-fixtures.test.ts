import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../../testing/shared-data';
import type { Answers, FormNode, SurveyForm } from '../types';
import { parseXlsForm, readXlsFormSheets, type XlsFormSheets } from '../xlsform';
import { evaluateXPath, parseXPath, XPathSyntaxError } from '../xpath';
import { formState, validateSubmission } from './index';

const folder = sharedDataPath('xlsform/pyxform-tests');
const present = haveSharedData(folder);
const files = present ? readdirSync(folder).filter((file) => /\.(xlsx|csv|md)$/.test(file)) : [];
const today = { today: '2024-03-01' };
const EXPRESSION_COLUMNS = /^(relevant|constraint|calculation|required|choice_filter|repeat_count)$/i;
/** Fixtures written to fail: a calculation that is prose, and pulldata(), which Custodes does not support. */
const MEANT_TO_FAIL = new Set(['bad_calc.xlsx:2', 'pull_data.xlsx:2']);

const sheetsByFile = new Map<string, Promise<XlsFormSheets>>();

/** Each workbook is read once for all the tests (reading .xlsx is the slow part). */
function sheets(file: string): Promise<XlsFormSheets> {
  let read = sheetsByFile.get(file);
  if (read === undefined) {
    read = readXlsFormSheets(file, readFileSync(`${folder}/${file}`));
    sheetsByFile.set(file, read);
  }
  return read;
}

async function load(file: string): Promise<SurveyForm | null> {
  return parseXlsForm(await sheets(file), { fileName: file }).form;
}

/** An answer of the right type for every question, two instances per repeat. */
function fill(form: SurveyForm, nodes: FormNode[]): Answers {
  const answers: Answers = {};
  for (const node of nodes) {
    if (node.kind === 'group') Object.assign(answers, fill(form, node.children));
    else if (node.kind === 'repeat')
      answers[node.name] = [fill(form, node.children), fill(form, node.children)];
    else if (node.kind === 'question') {
      const choice = form.choices[node.listName ?? '']?.[0]?.name ?? 'x';
      const byType = {
        integer: 1,
        decimal: 1.5,
        range: node.parameters?.start ?? 1,
        text: 'x',
        select_one: choice,
        select_multiple: choice,
        date: '2024-01-01',
        time: '10:00',
        note: null,
        calculate: null,
        acknowledge: 'OK',
      };
      answers[node.name] = byType[node.type];
    }
  }
  return answers;
}

describe.skipIf(!present)('pyxform fixtures through the runtime', () => {
  it('cascades choice_filter_test.xlsx as the form says', async () => {
    const form = (await load('choice_filter_test.xlsx')) as SurveyForm;
    const state = formState(form, { state: 'texas', county: 'king' }, today);
    expect(state.nodes.county?.choices?.map((choice) => choice.name)).toEqual(['king', 'cameron']);
    expect(state.nodes.city?.choices?.map((choice) => choice.name)).toEqual([
      'dumont',
      'finney',
      'seattle',
      'redmond',
    ]);
    expect(
      formState(form, { state: 'washington' }, today).nodes.county?.choices?.map((choice) => choice.name),
    ).toEqual(['king', 'pierce']);
    expect(formState(form, {}, today).nodes.city?.choices).toEqual([]);
  });

  it('parses and evaluates every expression cell of every fixture', async () => {
    let checked = 0;
    for (const file of files) {
      const workbook = await sheets(file).catch(() => null);
      for (const row of workbook?.survey?.rows ?? [])
        for (const [column, text] of Object.entries(row.cells)) {
          if (!EXPRESSION_COLUMNS.test(column) || text === '') continue;
          const context = {
            value: () => 1,
            values: () => [1, 2],
            current: 'yes',
            today: '2024-03-01',
            column: () => 'x',
          };
          if (MEANT_TO_FAIL.has(`${file}:${row.row}`)) {
            expect(() => parseXPath(text), `${file} row ${row.row}`).toThrow(XPathSyntaxError);
            continue;
          }
          expect(
            () => evaluateXPath(text, context),
            `${file} row ${row.row} ${column}: ${text}`,
          ).not.toThrow();
          checked += 1;
        }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('runs every form that imports through formState and validateSubmission without an expression error', async () => {
    let forms = 0;
    for (const file of files) {
      const form = await load(file).catch(() => null);
      if (form === null) continue;
      forms += 1;
      const answers = fill(form, form.children);
      const problems = [
        ...formState(form, {}, today).errors,
        ...formState(form, answers, today).errors,
        ...validateSubmission(form, answers, today).errors,
      ].filter(
        (error) =>
          error.code === 'bad_expression' ||
          error.code === 'unknown_question' ||
          error.code === 'wrong_shape',
      );
      expect(problems, file).toEqual([]);
    }
    expect(forms).toBeGreaterThan(20);
  });
});
