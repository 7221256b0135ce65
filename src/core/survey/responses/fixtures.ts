import { question as formQuestion } from '../runtime/testing.ts';
import type { FormChoice, FormGroup, FormQuestion, QuestionType, SurveyForm } from '../types.ts';

/** A small household form for the response tests: a group, a select_multiple and a repeat. */
export const question = (type: QuestionType, name: string, listName: string | null = null): FormQuestion =>
  formQuestion(name, type, { listName });

export function group(kind: 'group' | 'repeat', name: string, children: FormGroup['children']): FormGroup {
  return {
    kind,
    row: 0,
    name,
    label: { default: name },
    relevant: null,
    appearance: null,
    repeatCount: null,
    children,
  };
}

const choice = (name: string, en: string, fr: string): FormChoice => ({
  row: 0,
  name,
  label: { en, fr },
  filters: {},
});

export const householdForm: SurveyForm = {
  title: 'Household safety',
  formId: 'household',
  version: '1',
  defaultLanguage: 'en',
  languages: [
    { key: 'en', name: 'English (en)' },
    { key: 'fr', name: 'French (fr)' },
  ],
  children: [
    question('text', 'village'),
    group('group', 'safety', [
      question('select_one', 'feel_safe', 'yes_no'),
      question('select_multiple', 'threats', 'threats'),
      question('note', 'thanks'),
    ]),
    question('date', 'visit_date'),
    group('repeat', 'member', [
      question('integer', 'age'),
      group('group', 'about', [question('select_one', 'sex', 'sex')]),
    ]),
  ],
  choices: {
    yes_no: [choice('yes', 'Yes', 'Oui'), choice('no', 'No', 'Non')],
    threats: [
      choice('theft', 'Theft', 'Vol'),
      choice('assault', 'Assault', 'Agression'),
      choice('fraud', 'Fraud', 'Fraude'),
    ],
    sex: [choice('f', 'Female', 'Femme'), choice('m', 'Male', 'Homme')],
  },
};
