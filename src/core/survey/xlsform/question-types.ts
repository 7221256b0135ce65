import type { QuestionType } from '../types';

/** What a `type` cell means once its spelling is normalised. */
export type TypeSpec =
  | { kind: 'question'; type: QuestionType; listName: string | null; orOther: boolean }
  | { kind: 'begin'; group: 'group' | 'repeat' }
  | { kind: 'end'; group: 'group' | 'repeat' }
  /** Known to XLSForm, not supported here; `metadata` types (start, deviceid…) are harmless. */
  | { kind: 'unsupported'; type: string; metadata: boolean; block: boolean }
  | { kind: 'unknown'; type: string }
  /** A select written without its list. */
  | { kind: 'missing_list'; type: string };

const PLAIN: Record<string, QuestionType> = {
  integer: 'integer',
  int: 'integer',
  decimal: 'decimal',
  float: 'decimal',
  text: 'text',
  string: 'text',
  'phone number': 'text',
  date: 'date',
  time: 'time',
  note: 'note',
  calculate: 'calculate',
  range: 'range',
  acknowledge: 'acknowledge',
  trigger: 'acknowledge',
};

const METADATA = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'imei',
  'subscriberid',
  'simserial',
  'phonenumber',
  'username',
  'email',
  'audit',
  'start-geopoint',
  'background-audio',
  'background-geopoint',
  'uri:deviceid',
  'uri:email',
  'uri:username',
  'uri:phonenumber',
  'uri:subscriberid',
  'uri:simserial',
]);

const UNSUPPORTED = new Set([
  'geopoint',
  'geotrace',
  'geoshape',
  'gps',
  'location',
  'image',
  'photo',
  'audio',
  'video',
  'file',
  'barcode',
  'datetime',
  'hidden',
  'xml-external',
  'csv-external',
  'rank',
  'osm',
  'signature',
  // pyxform's old `include` of another form
  'include',
]);

const UNSUPPORTED_SELECTS = new Set([
  'select_one_from_file',
  'select_multiple_from_file',
  'select_one_external',
  'rank',
  'osm',
]);

/** Reads a `type` cell as pyxform does: case-insensitive, `begin_group` = `begin group`, long select spellings. */
export function readType(cell: string): TypeSpec {
  const text = cell.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const plain = PLAIN[lower];
  if (plain) return { kind: 'question', type: plain, listName: null, orOther: false };
  const structural = /^(begin|end)[ _](group|repeat)$/.exec(lower);
  if (structural)
    return { kind: structural[1] as 'begin' | 'end', group: structural[2] as 'group' | 'repeat' };
  if (/^begin[ _]loop\b/.test(lower) || lower === 'end loop' || lower === 'end_loop')
    return { kind: 'unsupported', type: text, metadata: false, block: lower.startsWith('begin') };
  if (METADATA.has(lower)) return { kind: 'unsupported', type: text, metadata: true, block: false };
  if (UNSUPPORTED.has(lower)) return { kind: 'unsupported', type: text, metadata: false, block: false };
  return readSelect(text, lower);
}

const SELECT_SPELLINGS: [RegExp, 'select_one' | 'select_multiple'][] = [
  [/^select_one /, 'select_one'],
  [/^select one from /, 'select_one'],
  [/^select one /, 'select_one'],
  [/^select_multiple /, 'select_multiple'],
  [/^select all that apply from /, 'select_multiple'],
  [/^select all that apply /, 'select_multiple'],
  [/^select multiple from /, 'select_multiple'],
  [/^select multiple /, 'select_multiple'],
];

function readSelect(text: string, lower: string): TypeSpec {
  const first = lower.split(' ')[0] ?? '';
  if (UNSUPPORTED_SELECTS.has(first))
    return { kind: 'unsupported', type: text, metadata: false, block: false };
  if (['select_one', 'select_multiple', 'select one', 'select all that apply'].includes(lower))
    return { kind: 'missing_list', type: text };
  for (const [pattern, type] of SELECT_SPELLINGS) {
    const match = pattern.exec(lower);
    if (!match) continue;
    let rest = text.slice(match[0].length).trim();
    let orOther = false;
    const other = /\s+(or_other|or specify other)$/i.exec(rest);
    if (other) {
      orOther = true;
      rest = rest.slice(0, other.index).trim();
    }
    if (rest === '' || /\s/.test(rest)) return { kind: 'unknown', type: text };
    return { kind: 'question', type, listName: rest, orOther };
  }
  return { kind: 'unknown', type: text };
}
