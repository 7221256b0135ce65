import type { ResponseIssue } from '../../../core/survey/responses/types.ts';

/** The English text of an import problem (the web renders its code and params in the reader's language). */
const TEXTS: Record<string, (params: ResponseIssue['params']) => string> = {
  notInteger: () => 'not a whole number',
  notNumber: () => 'not a number',
  notDate: () => 'not a date (YYYY-MM-DD)',
  notTime: () => 'not a time (HH:MM)',
  notAcknowledge: () => 'not OK',
  notChoice: (p) => `"${p.value}" is not one of the question's choices`,
  ambiguousLabel: (p) => `"${p.value}" is the label of several choices; export with XML values instead`,
  notBinary: (p) => `"${p.value}" is not 0 or 1`,
  missingId: () => 'no response id (_uuid, meta/instanceID or KEY)',
  duplicateId: (p) => `response ${p.id} is already on row ${p.row}`,
  idUsedElsewhere: (p) => `response id ${p.id} belongs to another survey`,
  orphanRow: (p) => `no row of the parent sheet has the key "${p.value}"`,
  noMainSheet: () => 'no main sheet (every sheet links to a parent)',
  duplicateSheet: (p) => `a second sheet for the repeat ${p.repeat} (the first is ${p.other})`,
  unknownSheet: () => 'not a repeat of the form: ignored',
  unknownColumn: () => 'not a question of the form: ignored',
  noResponses: () => 'no responses in the file',
  // the form runtime's checks (validateSubmission)
  required: (p) => String(p.formMessage ?? 'an answer is required'),
  constraint: (p) => String(p.formMessage ?? 'the answer breaks the question’s constraint'),
  not_integer: () => 'not a whole number',
  not_decimal: () => 'not a number',
  out_of_range: () => 'out of the question’s range',
  not_a_choice: () => 'not one of the question’s choices',
  not_text: () => 'not text',
  bad_date: () => 'not a date',
  bad_time: () => 'not a time',
  not_acknowledged: () => 'not OK',
  too_many_instances: () => 'more instances than the repeat allows',
  wrong_shape: () => 'not an answer of this question’s kind',
  unknown_question: () => 'not a question of the form',
  bad_expression: () => 'the form’s expression cannot be evaluated',
};

export function issueMessage(issue: ResponseIssue): string {
  const where = [
    issue.sheet && `sheet ${issue.sheet}`,
    issue.row !== null && `row ${issue.row}`,
    issue.column && `column ${issue.column}`,
  ]
    .filter(Boolean)
    .join(', ');
  const text = TEXTS[issue.code]?.(issue.params) ?? issue.code;
  return where ? `${where}: ${text}` : text;
}
