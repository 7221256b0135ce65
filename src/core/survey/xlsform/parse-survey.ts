import type { FormChoice, FormGroup, FormNode, FormQuestion, FormText, RangeParameters } from '../types';
import { SURVEY_COLUMNS, type TranslatableColumn } from './columns';
import type { ExpressionCell } from './expressions';
import { readHeader } from './header';
import type { IssueList } from './issues';
import type { LanguageSet } from './languages';
import { readType } from './question-types';
import type { SheetRow, XlsFormSheet } from './sheets';

const SHEET = 'survey';
/** XML element names, as pyxform requires (no colon). */
const VALID_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

const SUPPORTED_APPEARANCES = new Set([
  'minimal',
  'horizontal',
  'horizontal-compact',
  'likert',
  'compact',
  'quick',
  'autocomplete',
  'field-list',
  'multiline',
  'numbers',
  'thousands-sep',
  'no-calendar',
  'month-year',
  'year',
]);

export interface SurveyResult {
  children: FormNode[];
  /** Every name in the form (questions, groups, repeats). */
  names: Set<string>;
  /** Names of rows left out for their type, with the type (an expression naming one is an error). */
  unsupported: Map<string, string>;
  expressions: ExpressionCell[];
  /** Lists that get the choice `other` (from `or_other` selects). */
  otherLists: Set<string>;
  /** The `<name>_other` text questions added for `or_other`, labelled once the languages are known. */
  specifyOther: FormQuestion[];
}

interface Open {
  group: FormGroup;
  /** The children array the group was added to. */
  parent: FormNode[];
}

interface SkippedBlock {
  name: string;
  depth: number;
}

/** Reads the survey sheet into nested nodes; `choices` gains `other` for `or_other` selects. */
export function readSurvey(
  sheet: XlsFormSheet,
  choices: Record<string, FormChoice[]>,
  languages: LanguageSet,
  issues: IssueList,
): SurveyResult | null {
  const header = readHeader(SHEET, sheet, SURVEY_COLUMNS, issues, { keepUnknown: false });
  for (const column of ['type', 'name'])
    if (!header.has(column))
      issues.error(SHEET, sheet.headerRow, null, 'missing_column', { sheet: SHEET, column });
  if (!header.has('type') || !header.has('name')) return null;

  const result: SurveyResult = {
    children: [],
    names: new Set(),
    unsupported: new Map(),
    expressions: [],
    otherLists: new Set(),
    specifyOther: [],
  };
  const firstRow = new Map<string, number>();
  const stack: Open[] = [];
  let skipped: SkippedBlock | null = null;
  const spacedListsChecked = new Set<string>();
  const siblings = () => stack[stack.length - 1]?.group.children ?? result.children;

  const claimName = (row: SheetRow, name: string, label: string): boolean => {
    if (name === '') {
      issues.error(SHEET, row.row, 'name', 'missing_name', { type: label });
      return false;
    }
    if (!VALID_NAME.test(name)) {
      issues.error(SHEET, row.row, 'name', 'invalid_name', { name });
      return false;
    }
    const first = firstRow.get(name);
    if (first !== undefined) {
      issues.error(SHEET, row.row, 'name', 'duplicate_name', { name, first, row: row.row });
      return false;
    }
    firstRow.set(name, row.row);
    result.names.add(name);
    return true;
  };

  const expression = (row: SheetRow, column: string): string | null => {
    const text = header.cell(row, column);
    if (text === '') return null;
    result.expressions.push({ sheet: SHEET, row: row.row, column, text, kind: 'xpath' });
    return text;
  };

  const text = (row: SheetRow, column: TranslatableColumn): FormText => {
    const texts: FormText = {};
    for (const { header: written, key } of header.columns) {
      if (key.column !== column) continue;
      const value = (row.cells[written] ?? '').trim();
      if (value === '') continue;
      texts[languages.add(key.language)] = value;
      if ((column === 'label' || column === 'hint') && value.includes('${'))
        result.expressions.push({ sheet: SHEET, row: row.row, column: written, text: value, kind: 'text' });
    }
    return texts;
  };

  const appearance = (row: SheetRow): string | null => {
    const value = header.cell(row, 'appearance');
    if (value === '') return null;
    for (const token of value.split(/\s+/))
      if (!SUPPORTED_APPEARANCES.has(token.toLowerCase()))
        issues.warning(SHEET, row.row, 'appearance', 'unsupported_appearance', { appearance: token });
    return value;
  };

  for (const row of sheet.rows) {
    const typeCell = header.cell(row, 'type');
    const name = header.cell(row, 'name');
    if (typeCell === '') {
      if (Object.values(row.cells).some((value) => value.trim() !== ''))
        issues.warning(SHEET, row.row, 'type', 'row_without_type');
      continue;
    }
    const spec = readType(typeCell);

    if (skipped) {
      if (spec.kind === 'begin' || (spec.kind === 'unsupported' && spec.block)) skipped.depth += 1;
      else if (spec.kind === 'end' || (spec.kind === 'unsupported' && /^end/i.test(spec.type)))
        skipped.depth -= 1;
      if (skipped.depth === 0) skipped = null;
      else if (spec.kind !== 'end') {
        issues.warning(SHEET, row.row, 'type', 'skipped_in_unsupported_block', {
          name: name || typeCell,
          block: skipped.name,
        });
        if (name !== '') result.unsupported.set(name, typeCell);
      }
      continue;
    }

    switch (spec.kind) {
      case 'unknown':
        issues.error(SHEET, row.row, 'type', 'unknown_type', { type: spec.type });
        break;
      case 'missing_list':
        issues.error(SHEET, row.row, 'type', 'missing_list', { type: spec.type });
        break;
      case 'unsupported': {
        if (/^end[ _]loop$/i.test(spec.type)) {
          issues.error(SHEET, row.row, 'type', 'unmatched_end', { type: spec.type });
          break;
        }
        issues.warning(SHEET, row.row, 'type', spec.metadata ? 'metadata_ignored' : 'unsupported_type', {
          type: spec.type,
          name,
        });
        if (name !== '') result.unsupported.set(name, spec.type);
        if (spec.block) skipped = { name: name || spec.type, depth: 1 };
        break;
      }
      case 'begin': {
        const valid = claimName(row, name, `begin ${spec.group}`);
        const group: FormGroup = {
          kind: spec.group,
          row: row.row,
          name,
          label: text(row, 'label'),
          relevant: expression(row, 'relevant'),
          appearance: appearance(row),
          repeatCount: spec.group === 'repeat' ? expression(row, 'repeat_count') : null,
          children: [],
        };
        const parent = siblings();
        if (valid) parent.push(group);
        stack.push({ group, parent });
        break;
      }
      case 'end': {
        const open = stack.pop();
        if (!open) issues.error(SHEET, row.row, 'type', 'unmatched_end', { type: typeCell });
        else if (open.group.kind !== spec.group)
          issues.error(SHEET, row.row, 'type', 'mismatched_end', {
            found: spec.group,
            expected: open.group.kind,
            name: open.group.name,
            begin: open.group.row,
          });
        break;
      }
      case 'question': {
        const valid = claimName(row, name, spec.type);
        if (spec.type === 'calculate' && header.cell(row, 'calculation') === '')
          issues.error(SHEET, row.row, 'calculation', 'missing_calculation', { name });
        const question = readQuestion(row, spec, name);
        if (spec.listName !== null) {
          const list = choices[spec.listName];
          if (!list) issues.error(SHEET, row.row, 'type', 'unknown_list', { list: spec.listName });
          else if (list.length === 0)
            issues.error(SHEET, row.row, 'type', 'empty_list', { list: spec.listName });
          else {
            if (spec.orOther) result.otherLists.add(spec.listName);
            if (spec.type === 'select_multiple') refuseSpacedNames(spec.listName, list);
          }
        }
        if (!valid) break;
        siblings().push(question);
        if (spec.orOther) {
          const other = specifyOther(row, name);
          if (claimName(row, other.name, 'text')) {
            siblings().push(other);
            result.specifyOther.push(other);
          }
        }
        break;
      }
    }
  }
  for (const open of stack.reverse())
    issues.error(SHEET, open.group.row, 'type', 'unclosed_group', {
      kind: open.group.kind,
      name: open.group.name,
    });
  return result;

  /** A select_multiple answer is its choice names joined by spaces, so a name cannot hold one. */
  function refuseSpacedNames(listName: string, list: FormChoice[]): void {
    if (spacedListsChecked.has(listName)) return;
    spacedListsChecked.add(listName);
    for (const choice of list)
      if (/\s/.test(choice.name))
        issues.error('choices', choice.row, 'name', 'choice_name_with_space', {
          list: listName,
          name: choice.name,
        });
  }

  function readQuestion(
    row: SheetRow,
    spec: { type: FormQuestion['type']; listName: string | null; orOther: boolean },
    name: string,
  ): FormQuestion {
    const defaultValue = header.cell(row, 'default');
    // A default is a literal unless it reads like an expression (a reference or a function call), as in pyxform.
    if (/\$\{|[\p{L}_][\p{L}\p{N}_:-]*\(/u.test(defaultValue))
      result.expressions.push({
        sheet: SHEET,
        row: row.row,
        column: 'default',
        text: defaultValue,
        kind: 'xpath',
      });
    return {
      kind: 'question',
      row: row.row,
      type: spec.type,
      name,
      label: text(row, 'label'),
      hint: text(row, 'hint'),
      listName: spec.listName,
      orOther: spec.orOther,
      required: readRequired(row),
      requiredMessage: text(row, 'required_message'),
      relevant: expression(row, 'relevant'),
      constraint: expression(row, 'constraint'),
      constraintMessage: text(row, 'constraint_message'),
      calculation: expression(row, 'calculation'),
      default: defaultValue === '' ? null : defaultValue,
      choiceFilter: expression(row, 'choice_filter'),
      appearance: appearance(row),
      readOnly: /^(yes|true|true\(\))$/i.test(header.cell(row, 'read_only')),
      parameters: readParameters(row, spec.type),
    };
  }

  function readRequired(row: SheetRow): string | null {
    const value = header.cell(row, 'required');
    if (value === '' || /^(no|false|false\(\))$/i.test(value)) return null;
    if (/^(yes|true|true\(\))$/i.test(value)) return 'true()';
    result.expressions.push({ sheet: SHEET, row: row.row, column: 'required', text: value, kind: 'xpath' });
    return value;
  }

  function readParameters(row: SheetRow, type: FormQuestion['type']): RangeParameters | null {
    const value = header.cell(row, 'parameters');
    if (type !== 'range') {
      if (value !== '')
        issues.warning(SHEET, row.row, 'parameters', 'unsupported_parameters', { parameters: value });
      return null;
    }
    const parsed = parseRangeParameters(value);
    if (!parsed) issues.error(SHEET, row.row, 'parameters', 'bad_parameters', { parameters: value });
    return parsed;
  }
}

/** `start=1 end=10 step=1` (spaces, commas or semicolons between); pyxform's defaults for what is missing. */
export function parseRangeParameters(text: string): RangeParameters | null {
  const parameters: RangeParameters = { start: 1, end: 10, step: 1 };
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    const match = /^(start|end|step)=(-?\d+(?:\.\d+)?)$/i.exec(part);
    if (!match?.[1] || match[2] === undefined) return null;
    parameters[match[1].toLowerCase() as keyof RangeParameters] = Number(match[2]);
  }
  if (parameters.step <= 0 || parameters.end < parameters.start) return null;
  return parameters;
}

function specifyOther(row: SheetRow, name: string): FormQuestion {
  return {
    kind: 'question',
    row: row.row,
    type: 'text',
    name: `${name}_other`,
    label: {},
    hint: {},
    listName: null,
    orOther: false,
    required: null,
    requiredMessage: {},
    relevant: `selected(\${${name}}, 'other')`,
    constraint: null,
    constraintMessage: {},
    calculation: null,
    default: null,
    choiceFilter: null,
    appearance: null,
    readOnly: false,
    parameters: null,
  };
}
