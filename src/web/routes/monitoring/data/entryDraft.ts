import type { EntryForm, SaveEntryBody } from './dataValuesApi';

/**
 * The entry form's editable state: per cell (element × combo) the text typed and the comment, checked
 * against the element's value type before anything is sent.
 */

export interface DraftCell {
  value: string;
  comment: string;
}

export type Draft = Record<string, DraftCell>;
export type ValueType = EntryForm['elements'][number]['valueType'];
/** Why a cell's text cannot be saved, as a `monitoringData:entry.problem.*` key. */
export type CellProblem = 'number' | 'integer' | 'percentage' | 'boolean';

export const cellKey = (dataElementId: string, combo: string) => `${dataElementId}|${combo}`;

export function draftOf(form: EntryForm): Draft {
  const draft: Draft = {};
  for (const v of form.values) {
    draft[cellKey(v.dataElementId, v.categoryOptionCombo)] = {
      value: String(v.value),
      comment: v.comment ?? '',
    };
  }
  return draft;
}

/** A cell's text as a number (null when empty), or the problem with it. */
export function parseCell(
  text: string,
  valueType: ValueType,
): { value: number | null } | { problem: CellProblem } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { value: null };
  const value = Number(trimmed);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(trimmed) || !Number.isFinite(value)) return { problem: 'number' };
  if (valueType === 'integer' && !Number.isInteger(value)) return { problem: 'integer' };
  if (valueType === 'percentage' && (value < 0 || value > 100)) return { problem: 'percentage' };
  if (valueType === 'boolean' && value !== 0 && value !== 1) return { problem: 'boolean' };
  return { value };
}

export interface Changes {
  values: SaveEntryBody['values'];
  /** The cell key of each entry of `values`, to place the server's `values[i]` errors. */
  keys: string[];
  problems: Record<string, CellProblem>;
}

/** What changed against the stored form: new or edited cells, and emptied ones (sent as null). */
export function changesOf(form: EntryForm, draft: Draft): Changes {
  const stored = draftOf(form);
  const values: SaveEntryBody['values'] = [];
  const keys: string[] = [];
  const problems: Record<string, CellProblem> = {};
  for (const element of form.elements) {
    for (const combo of element.combos) {
      const key = cellKey(element.id, combo.code);
      const now = draft[key] ?? { value: '', comment: '' };
      const before = stored[key] ?? { value: '', comment: '' };
      if (now.value.trim() === before.value && now.comment.trim() === before.comment) continue;
      const parsed = parseCell(now.value, element.valueType);
      if ('problem' in parsed) {
        problems[key] = parsed.problem;
        continue;
      }
      if (parsed.value === null && before.value === '') continue;
      values.push({
        dataElementId: element.id,
        categoryOptionCombo: combo.code,
        value: parsed.value,
        comment: now.comment.trim() || null,
      });
      keys.push(key);
    }
  }
  return { values, keys, problems };
}

/** The cell a server message such as `values[3].value: …` is about, with the rest of the message. */
export function cellOfServerError(message: string, keys: string[]): { key: string; message: string } | null {
  const match = /^values\[(\d+)\][^:]*:\s*(.*)$/.exec(message);
  const key = match ? keys[Number(match[1])] : undefined;
  return key && match ? { key, message: match[2] ?? message } : null;
}
