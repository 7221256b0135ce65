// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes references as ${name} in plain strings
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../../testing/shared-data.ts';
import type { FormIssue, FormNode, FormQuestion, SurveyForm } from '../types';
import { importXlsForm } from './import';
import { describeFormIssue } from './issues';

const dir = sharedDataPath('xlsform/pyxform-tests');
const fixture = (file: string) => importXlsForm(file, readFileSync(`${dir}/${file}`));

/** A markdown XLSForm: `survey` rows (type | name | label | …) and optional choices. */
function md(text: string) {
  return importXlsForm('test.md', new TextEncoder().encode(text));
}

const errors = (issues: FormIssue[]) =>
  issues
    .filter((issue) => issue.severity === 'error')
    .map(({ row, column, code }) => ({ row, column, code }));

function flatten(nodes: FormNode[]): FormNode[] {
  return nodes.flatMap((node) => (node.kind === 'question' ? [node] : [node, ...flatten(node.children)]));
}

function find(form: SurveyForm | null, name: string): FormNode {
  const node = flatten(form?.children ?? []).find((candidate) => candidate.name === name);
  if (!node) throw new Error(`no ${name}`);
  return node;
}

const question = (form: SurveyForm | null, name: string) => find(form, name) as FormQuestion;

/** The form without row numbers, which differ between the xlsx (sheet rows) and csv/md (file lines). */
function withoutRows(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRows);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'row')
        .map(([key, inner]) => [key, withoutRows(inner)]),
    );
  return value;
}

describe('parseXlsForm on hand-written forms', () => {
  it('builds questions, groups and repeats with their columns and languages', async () => {
    const { form, issues } = await md(`
| survey |
| | type | name | label::English (en) | label::Français (fr) | hint | relevant | constraint | constraint message::English (en) | required | calculation | default | appearance | read_only | parameters | repeat_count |
| | integer | age | Age | Âge | years | | . >= 0 and . < 120 | Impossible age | yes | | | | | | |
| | BEGIN_GROUP | adult | Adult | Adulte | | \${age} >= 18 | | | | | | field-list | | | |
| | select_one yes_no | works | Works? | Travaille ? | | | | | \${age} < 65 | | no | minimal | | | |
| | end_group | | | | | | | | | | | | | | |
| | begin repeat | child | Child | Enfant | | | | | | | | | | | 2 |
| | range | score | Score | Note | | | | | | | | | TRUE | start=0 end=5 step=1 | |
| | end repeat | | | | | | | | | | | | | | |
| | calculate | double | | | | | | | | \${age} * 2 | | | | | |
| choices |
| | list_name | name | label::English (en) | label::Français (fr) | region |
| | yes_no | yes | Yes | Oui | north |
| | yes_no | no | No | Non | |
| settings |
| | form_title | form_id | version | default_language |
| | My survey | my_survey | 2024-1 | fr |
`);
    expect(errors(issues)).toEqual([]);
    expect(form).toMatchObject({
      title: 'My survey',
      formId: 'my_survey',
      version: '2024-1',
      defaultLanguage: 'fr',
      languages: [
        { key: 'en', name: 'English (en)' },
        { key: 'fr', name: 'Français (fr)' },
        { key: 'default', name: 'default' },
      ],
    });
    expect(form?.children.map((node) => [node.kind, node.name])).toEqual([
      ['question', 'age'],
      ['group', 'adult'],
      ['repeat', 'child'],
      ['question', 'double'],
    ]);
    expect(question(form, 'age')).toMatchObject({
      row: 4,
      type: 'integer',
      label: { en: 'Age', fr: 'Âge' },
      hint: { default: 'years' },
      constraint: '. >= 0 and . < 120',
      constraintMessage: { en: 'Impossible age' },
      required: 'true()',
    });
    expect(find(form, 'adult')).toMatchObject({ relevant: '${age} >= 18', appearance: 'field-list' });
    expect(question(form, 'works')).toMatchObject({
      listName: 'yes_no',
      required: '${age} < 65',
      default: 'no',
      appearance: 'minimal',
    });
    expect(find(form, 'child')).toMatchObject({ kind: 'repeat', repeatCount: '2' });
    expect(question(form, 'score')).toMatchObject({
      readOnly: true,
      parameters: { start: 0, end: 5, step: 1 },
    });
    expect(question(form, 'double').calculation).toBe('${age} * 2');
    expect(form?.choices.yes_no).toEqual([
      { row: 14, name: 'yes', label: { en: 'Yes', fr: 'Oui' }, filters: { region: 'north' } },
      { row: 15, name: 'no', label: { en: 'No', fr: 'Non' }, filters: {} },
    ]);
  });

  it('refuses an unclosed group and an end with nothing open, naming the rows', async () => {
    const { form, issues } = await md(`
| survey |
| | type | name | label |
| | end group | | |
| | begin group | outer | Outer |
| | begin repeat | inner | Inner |
| | text | t | T |
| | end group | | |
`);
    expect(form).toBeNull();
    expect(errors(issues)).toEqual([
      { row: 4, column: 'type', code: 'unmatched_end' },
      { row: 8, column: 'type', code: 'mismatched_end' },
      { row: 5, column: 'type', code: 'unclosed_group' },
    ]);
    expect(describeFormIssue(issues[1] as FormIssue)).toBe(
      'survey, row 8, column type: This “end group” closes the repeat “inner” opened at row 6.',
    );
  });

  it('refuses unknown lists, empty and missing lists, and duplicate choices', async () => {
    const { form, issues } = await md(`
| survey |
| | type | name | label |
| | select_one colours | c | C |
| | select_multiple | m | M |
| | select_one yes_no | y | Y |
| | select_multiple multi | sm | SM |
| choices |
| | list_name | name | label |
| | yes_no | yes | Yes |
| | yes_no | yes | Yes again |
| | yes_no | | Nameless |
| | multi | a b | Spaced |
`);
    expect(form).toBeNull();
    expect(errors(issues)).toEqual([
      { row: 11, column: 'name', code: 'duplicate_choice' },
      { row: 12, column: 'name', code: 'missing_choice_name' },
      { row: 4, column: 'type', code: 'unknown_list' },
      { row: 5, column: 'type', code: 'missing_list' },
      { row: 13, column: 'name', code: 'choice_name_with_space' },
    ]);
    expect(issues.find((issue) => issue.code === 'unknown_list')?.params).toEqual({ list: 'colours' });
  });

  it('refuses missing, invalid and duplicate names and unknown types', async () => {
    const { form, issues } = await md(`
| survey |
| | type | name | label |
| | text | | No name |
| | text | 1st | Bad name |
| | text | a:b | Colon |
| | text | dup | First |
| | integer | dup | Second |
| | texte | typo | Misspelt |
`);
    expect(form).toBeNull();
    expect(errors(issues)).toEqual([
      { row: 4, column: 'name', code: 'missing_name' },
      { row: 5, column: 'name', code: 'invalid_name' },
      { row: 6, column: 'name', code: 'invalid_name' },
      { row: 8, column: 'name', code: 'duplicate_name' },
      { row: 9, column: 'type', code: 'unknown_type' },
    ]);
    expect(issues.find((issue) => issue.code === 'duplicate_name')?.params).toEqual({
      name: 'dup',
      first: 7,
      row: 8,
    });
  });

  it('checks every expression: syntax, unknown names, names of left-out questions', async () => {
    const { form, issues } = await md(`
| survey |
| | type | name | label | relevant | constraint | calculation | choice_filter |
| | geopoint | where | Where? | | | | |
| | integer | n | N (\${nope}) | \${later} > 1 | . > \${where} | | |
| | calculate | later | | | | \${n} + | |
| | select_one l | s | S | | | | region = \${ghost} |
| choices |
| | list_name | name | label | region |
| | l | a | A | x |
`);
    expect(form).toBeNull();
    expect(errors(issues)).toEqual([
      { row: 5, column: 'label', code: 'unknown_reference' },
      { row: 5, column: 'constraint', code: 'reference_to_unsupported' },
      { row: 6, column: 'calculation', code: 'expression_syntax' },
      { row: 7, column: 'choice_filter', code: 'unknown_reference' },
    ]);
    expect(issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.code)).toEqual([
      'unsupported_type',
    ]);
  });

  it('lists what it leaves out as warnings and still imports', async () => {
    const { form, issues } = await md(`
| survey |
| | type | name | label | image | colour | appearance |
| | start | start | | | | |
| | text | t | T | t.png | red | w3 |
| | | | stray text | | | |
| | begin loop over l | lp | Loop | | | |
| | integer | inside | Inside | | | |
| | end loop | | | | | |
| entities |
| | dataset |
| | people |
`);
    expect(errors(issues)).toEqual([]);
    expect(form?.children.map((node) => node.name)).toEqual(['t']);
    expect(issues.map(({ sheet, row, column, code }) => [sheet, row, column, code])).toEqual([
      ['entities', null, null, 'ignored_sheet'],
      ['survey', 3, 'image', 'unsupported_column'],
      ['survey', 3, 'colour', 'unknown_column'],
      ['survey', 4, 'type', 'metadata_ignored'],
      ['survey', 5, 'appearance', 'unsupported_appearance'],
      ['survey', 6, 'type', 'row_without_type'],
      ['survey', 7, 'type', 'unsupported_type'],
      ['survey', 8, 'type', 'skipped_in_unsupported_block'],
    ]);
  });

  it('refuses a file without a survey sheet, or without type or name columns', async () => {
    expect(errors((await md('| choices |\n| | list_name | name |\n| | l | a |\n')).issues)).toEqual([
      { row: null, column: null, code: 'no_survey_sheet' },
    ]);
    expect(errors((await md('| survey |\n| | type | label |\n| | text | T |\n')).issues)).toEqual([
      { row: 2, column: null, code: 'missing_column' },
    ]);
    expect((await importXlsForm('form.pdf', new Uint8Array())).issues).toMatchObject([
      { severity: 'error', code: 'unknown_extension' },
    ]);
  });

  it('reads a default as a literal unless it is an expression; a calculate needs its calculation', async () => {
    const { issues } = await md(`
| survey |
| | type | name | label | default | calculation |
| | text | note_default | N | Ask (politely) | |
| | date | when | W | today() | |
| | integer | copy | C | \${missing} | |
| | calculate | empty | | | |
`);
    expect(errors(issues)).toEqual([
      { row: 7, column: 'calculation', code: 'missing_calculation' },
      { row: 6, column: 'default', code: 'unknown_reference' },
    ]);
  });

  it('lists the survey sheet’s languages first, in column order, then those only the choices use', async () => {
    const { form } = await md(`
| survey |
| | type | name | label::Español (es) | label::English (en) | hint::Unused (xx) |
| | select_one l | s | S | S | |
| choices |
| | list_name | name | label::Français (fr) | label::English (en) |
| | l | a | A | A |
| settings |
| | default_language |
| | English (en) |
`);
    expect(form?.languages.map((language) => language.key)).toEqual(['es', 'en', 'fr']);
    expect(form?.defaultLanguage).toBe('en');
  });

  it('refuses bad range parameters', async () => {
    const { issues } = await md(
      '| survey |\n| | type | name | parameters |\n| | range | r | start=5 end=1 |\n',
    );
    expect(errors(issues)).toEqual([{ row: 3, column: 'parameters', code: 'bad_parameters' }]);
  });
});

describe.skipIf(!haveSharedData(dir))('parseXlsForm on the pyxform test forms', () => {
  it.each(['group', 'loop', 'specify_other', 'text_and_integer', 'yes_or_no_question'])(
    '%s: the xlsx, csv and md variants give the same form',
    async (name) => {
      const xlsx = await fixture(`${name}.xlsx`);
      expect(xlsx.form).not.toBeNull();
      for (const extension of ['csv', 'md']) {
        const other = await fixture(`${name}.${extension}`);
        expect(withoutRows(other.form)).toEqual(withoutRows(xlsx.form));
        expect(withoutRows(other.issues)).toEqual(withoutRows(xlsx.issues));
      }
    },
  );

  it('group: a group with its questions, the language from the column suffix', async () => {
    const { form } = await fixture('group.xlsx');
    expect(form?.languages).toEqual([{ key: 'en', name: 'English (en)' }]);
    expect(form?.children.map((node) => node.name)).toEqual(['family_name', 'father']);
    const father = find(form, 'father');
    expect(
      father.kind === 'group' && father.children.map((node) => [node.name, (node as FormQuestion).type]),
    ).toEqual([
      ['phone_number', 'text'],
      ['age', 'integer'],
    ]);
  });

  it('yes_or_no_question: the long select spelling', async () => {
    const { form } = await fixture('yes_or_no_question.csv');
    expect(question(form, 'good_day')).toMatchObject({ type: 'select_one', listName: 'yes_or_no' });
    expect(form?.choices.yes_or_no?.map((choice) => choice.name)).toEqual(['yes', 'no']);
  });

  it('or_other: the choice other and the text question relevant when it is chosen', async () => {
    const { form, issues } = await fixture('or_other.xlsx');
    expect(errors(issues)).toEqual([]);
    expect(form?.children.map((node) => node.name)).toEqual(['fav_color', 'fav_color_other', 'fav_pastel']);
    expect(question(form, 'fav_color')).toMatchObject({ orOther: true, listName: 'colors' });
    expect(question(form, 'fav_color_other')).toMatchObject({
      type: 'text',
      relevant: "selected(${fav_color}, 'other')",
      label: { default: 'Specify other' },
    });
    expect(form?.choices.colors?.map((choice) => choice.name)).toEqual([
      'red',
      'green',
      'blue',
      'mauve',
      'apricot',
      'other',
    ]);
    expect(question(form, 'fav_pastel').choiceFilter).toBe('pastel=yes');
    expect(form?.choices.colors?.[3]?.filters).toEqual({ pastel: 'yes' });
  });

  it('specify_other: "select one from … or specify other", labelled in the form language', async () => {
    const { form } = await fixture('specify_other.md');
    expect(form?.choices.sexes?.at(-1)).toEqual({
      row: 0,
      name: 'other',
      label: { English: 'Other' },
      filters: {},
    });
    expect(question(form, 'sex_other').label).toEqual({ English: 'Specify other' });
  });

  it('choice_filter_test: cascading filters, duplicate choice names allowed by the settings', async () => {
    const { form, issues } = await fixture('choice_filter_test.xlsx');
    expect(errors(issues)).toEqual([]);
    expect(question(form, 'county').choiceFilter).toBe('${state}=cf');
    expect(form?.choices.counties?.map((choice) => [choice.name, choice.filters.cf])).toEqual([
      ['king', 'washington'],
      ['pierce', 'washington'],
      ['king', 'texas'],
      ['cameron', 'texas'],
    ]);
    expect(form).toMatchObject({ title: 'cascading selects', formId: 'cascading_selects1' });
  });

  it('case_insensitivity: upper-case sheets, columns and settings; external selects left out', async () => {
    for (const extension of ['xlsx', 'csv', 'md']) {
      const { form, issues } = await fixture(`case_insensitivity.${extension}`);
      expect(form).toMatchObject({ title: 'Yes or no', formId: 'YesNo', defaultLanguage: 'EN' });
      expect(form?.children.map((node) => node.name)).toEqual(['q1']);
      expect(
        issues.filter((issue) => issue.code === 'unsupported_type').map((issue) => issue.params.name),
      ).toEqual(['q2', 'q3']);
    }
  });

  it('bad_calc: the calculation that is not an expression, at its row', async () => {
    const { form, issues } = await fixture('bad_calc.xlsx');
    expect(form).toBeNull();
    expect(errors(issues)).toEqual([{ row: 2, column: 'calculation', code: 'expression_syntax' }]);
  });

  it('duplicate_columns: the column written twice, at the header row', async () => {
    const { form, issues } = await fixture('duplicate_columns.xlsx');
    expect(form).toBeNull();
    expect(errors(issues)).toEqual([{ row: 1, column: 'label', code: 'duplicate_column' }]);
  });

  it('xlsform_spec_test: names, nesting and expressions as pyxform reads them', async () => {
    const { form, issues } = await fixture('xlsform_spec_test.xlsx');
    expect(errors(issues)).toEqual([]);
    expect(form?.languages.map((language) => language.key)).toEqual(['english', 'default', 'chinese']);
    const repeat = find(form, 'repeat_test');
    expect(repeat).toMatchObject({ kind: 'repeat', repeatCount: '2' });
    expect(find(form, 'group_test')).toMatchObject({ kind: 'group', appearance: 'field-list' });
    expect(question(form, 'required_text')).toMatchObject({
      required: 'true()',
      requiredMessage: { default: 'Custom required message.' },
    });
    expect(question(form, 'select_multiple_test').constraintMessage).toMatchObject({
      english: "Sorry ${my_name}, you can't select yes and no.",
    });
    expect(question(form, 'FALSE').label).toEqual({ english: 'boolean name test' });
  });

  it.each([
    ['xlsform_spec_test.xlsx', 'expected_xlsform_spec_test.xml'],
    ['attribute_columns_test.xlsx', 'expected_attribute_columns_test.xml'],
  ])(
    '%s: every question and its relevant, constraint and calculation as in pyxform’s XForm',
    async (file, expected) => {
      const { form, issues } = await fixture(file);
      expect(errors(issues)).toEqual([]);
      const xml = readFileSync(`${dir}/${expected}`, 'utf8');
      const binds = bindsOf(xml);
      const inInstance = (name: string) =>
        binds.has(name) || new RegExp(`<${name.replace(/[.-]/g, '\\$&')}[\\s/>]`).test(xml);
      const leftOut = new Set(
        issues.filter((issue) => issue.params.name).map((issue) => String(issue.params.name)),
      );
      const ours = flatten(form?.children ?? []);
      expect(ours.length).toBeGreaterThan(5);
      for (const node of ours)
        if (node.kind === 'question') expect(inInstance(node.name), node.name).toBe(true);
      // pyxform's own additions: instance id and name, a repeat's count, table-list's label rows
      const generated = /^(instanceID|instanceName|.*_count|reserved_name_for_field_list_labels_\d+)$/;
      for (const name of binds.keys())
        if (!ours.some((node) => node.name === name) && !generated.test(name))
          expect(leftOut.has(name), name).toBe(true);
      for (const node of ours) {
        const bind = binds.get(node.name) ?? ({} as Record<string, string>);
        expect(squash(node.relevant ?? undefined), `${node.name} relevant`).toBe(bind.relevant);
        if (node.kind !== 'question') continue;
        expect(squash(node.constraint ?? undefined), `${node.name} constraint`).toBe(bind.constraint);
        if (node.calculation) expect(squash(node.calculation), `${node.name} calculate`).toBe(bind.calculate);
      }
    },
  );

  it('the other test forms import, with every issue located', async () => {
    for (const file of [
      'field-list.xlsx',
      'extra_columns.xlsx',
      'widgets.csv',
      'utf_csv.csv',
      'xl_date_ambiguous.xlsx',
    ]) {
      const { form, issues } = await fixture(file);
      expect(form, file).not.toBeNull();
      for (const issue of issues) expect(issue.sheet, describeFormIssue(issue)).not.toBe('');
    }
  });
});

/** The bind attributes of each node of a pyxform XForm, by the last step of its path. */
function bindsOf(xml: string): Map<string, Record<string, string>> {
  const binds = new Map<string, Record<string, string>>();
  for (const [bind] of xml.matchAll(/<bind [^>]*\/>/g)) {
    const attributes = Object.fromEntries(
      [...bind.matchAll(/([\w:]+)="([^"]*)"/g)].map(([, key, value]) => [
        key as string,
        unescapeXml(value ?? ''),
      ]),
    );
    const name = attributes.nodeset?.split('/').pop();
    if (name)
      binds.set(name, {
        relevant: squash(attributes.relevant),
        constraint: squash(attributes.constraint),
        calculate: squash(attributes.calculate),
      } as Record<string, string>);
  }
  return binds;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** pyxform writes `${x}` as ` /form/group/x `: compare both as `${x}` without spaces. */
function squash(expression: string | undefined): string | undefined {
  if (expression === undefined) return undefined;
  return expression.replace(/\s*\/[\w/.-]+\/([\p{L}_][\p{L}\p{N}_.-]*)\s*/gu, '${$1}').replace(/\s+/g, '');
}
