import type { FormChoice, FormGroup, FormNode, FormQuestion, SurveyForm } from '../types';

/** Small forms for the runtime's tests. */
export function question(
  name: string,
  type: FormQuestion['type'],
  extra: Partial<FormQuestion> = {},
): FormQuestion {
  return {
    kind: 'question',
    row: 0,
    type,
    name,
    label: { default: name },
    hint: {},
    listName: null,
    orOther: false,
    required: null,
    requiredMessage: {},
    relevant: null,
    constraint: null,
    constraintMessage: {},
    calculation: null,
    default: null,
    choiceFilter: null,
    appearance: null,
    readOnly: false,
    parameters: null,
    ...extra,
  };
}

export function group(
  kind: 'group' | 'repeat',
  name: string,
  children: FormNode[],
  extra: Partial<FormGroup> = {},
): FormGroup {
  return {
    kind,
    row: 0,
    name,
    label: { default: name },
    relevant: null,
    appearance: null,
    repeatCount: null,
    children,
    ...extra,
  };
}

export function choices(...entries: (string | [string, Record<string, string>])[]): FormChoice[] {
  return entries.map((entry) => {
    const [name, filters] = typeof entry === 'string' ? [entry, {}] : entry;
    return { row: 0, name, label: { default: name }, filters };
  });
}

export function form(children: FormNode[], lists: Record<string, FormChoice[]> = {}): SurveyForm {
  return {
    title: 'Test',
    formId: 'test',
    version: null,
    defaultLanguage: 'default',
    languages: [],
    children,
    choices: lists,
  };
}
