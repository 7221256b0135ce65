/**
 * The English sentence of each issue code, with `{{param}}` placeholders. The web renders the same codes
 * from `src/web/i18n/surveyIssues/*.json` in the reader's language (its `en.json` mirrors this table).
 */
export const ISSUE_MESSAGES = {
  unknown_extension: 'The file “{{file}}” is not an XLSForm: use {{extensions}}.',
  unreadable_workbook: 'The workbook cannot be read ({{reason}}).',
  unreadable_csv: 'The file cannot be read as CSV ({{reason}}).',
  not_utf8: 'The file “{{file}}” is not UTF-8 text.',
  no_survey_sheet: 'There is no “survey” sheet.',
  missing_column: 'The “{{sheet}}” sheet has no “{{column}}” column.',
  duplicate_column: 'The column “{{column}}” appears twice in the header.',
  unknown_column: 'The column “{{column}}” is not an XLSForm column; it is ignored.',
  unsupported_column: 'The column “{{column}}” is not supported; it is ignored.',
  ignored_sheet: 'The sheet “{{sheet}}” is not used; it is ignored.',
  unsupported_setting: 'The setting “{{setting}}” is not supported; it is ignored.',
  unknown_default_language: 'The default language “{{language}}” is not one of the form’s languages.',
  row_without_type: 'This row has no type; it is ignored.',
  missing_name: 'The {{type}} has no name.',
  invalid_name:
    'The name “{{name}}” is not valid: start with a letter or _, then letters, digits, _, - or . only.',
  duplicate_name: 'The name “{{name}}” is used twice (rows {{first}} and {{row}}).',
  unknown_type: 'The type “{{type}}” is not an XLSForm type.',
  unsupported_type: 'The type “{{type}}” is not supported: the question “{{name}}” is left out of the form.',
  metadata_ignored: 'The metadata field “{{name}}” ({{type}}) is not recorded.',
  skipped_in_unsupported_block: 'The row “{{name}}” is inside the unsupported “{{block}}” and is left out.',
  missing_list: 'The select “{{type}}” names no choice list.',
  unknown_list: 'The choice list “{{list}}” is not in the choices sheet.',
  empty_list: 'The choice list “{{list}}” has no choices.',
  missing_list_name: 'The choice “{{name}}” has no list name.',
  missing_choice_name: 'A choice of the list “{{list}}” has no name.',
  choice_name_with_space:
    'The choice “{{name}}” of the list “{{list}}” has a space in its name, which a select_multiple cannot hold.',
  duplicate_choice: 'The choice “{{name}}” is in the list “{{list}}” twice (rows {{first}} and {{row}}).',
  unmatched_end: 'This “{{type}}” closes nothing that is open.',
  mismatched_end: 'This “end {{found}}” closes the {{expected}} “{{name}}” opened at row {{begin}}.',
  unclosed_group: 'The {{kind}} “{{name}}” is never closed.',
  expression_syntax: 'The expression “{{expression}}” cannot be read: {{reason}}',
  unknown_reference: 'The expression refers to “{{name}}”, which is not a question of the form.',
  reference_to_unsupported: 'The expression refers to “{{name}}”, whose type “{{type}}” is not supported.',
  label_reference_unsupported:
    'The text shows “{{name}}”, whose type “{{type}}” is not supported: it will show empty.',
  missing_calculation: 'The calculate “{{name}}” has no calculation.',
  bad_parameters: 'The parameters “{{parameters}}” are not valid for a range (start=1 end=10 step=1).',
  unsupported_parameters: 'The parameters “{{parameters}}” are not supported; they are ignored.',
  unsupported_appearance: 'The appearance “{{appearance}}” is not supported; the question is shown plainly.',
  library_unknown_question: 'The library has no question “{{key}}”.',
  library_name_taken: 'The form already has a question named “{{name}}”.',
  library_list_conflict: 'The form already has a different choice list named “{{list}}”.',
  library_requires: 'The library question “{{key}}” needs the question “{{name}}” in the form first.',
  library_unknown_anchor: 'The form has no question “{{after}}” to insert after.',
} as const satisfies Record<string, string>;

export type IssueCode = keyof typeof ISSUE_MESSAGES;

export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    params[key] === undefined ? whole : String(params[key]),
  );
}
