/**
 * Every message key the reader emits, as warnings (`IatiWarning.key`) or file errors
 * (`IatiFileError.key`). Their texts live in the web namespace `iatiWarnings`, one per key, and
 * take the warning's params plus `line`: render with `t(key, { ns: 'iatiWarnings', line, ...params })`.
 */
export const IATI_WARNING_KEYS = [
  'missingVersion',
  'emptyActivity',
  'unknownElement',
  'tooMany',
  'missingChild',
  'missingAttribute',
  'unexpectedAttribute',
  'emptyAttribute',
  'unexpectedText',
  'badDate',
  'badDateTime',
  'badDecimal',
  'badDecimalText',
  'badInteger',
  'badPositiveInteger',
  'badBoolean',
  'unknownTransactionType',
] as const;

export const IATI_FILE_ERROR_KEYS = [
  'notIati',
  'xmlNoRoot',
  'xmlTruncated',
  'xmlMismatchedTag',
  'xmlTextOutsideRoot',
  'xmlBadMarkup',
] as const;

export type IatiMessageKey = (typeof IATI_WARNING_KEYS)[number] | (typeof IATI_FILE_ERROR_KEYS)[number];
