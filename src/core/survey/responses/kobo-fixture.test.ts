import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haveSharedData, sharedDataPath } from '../../../testing/shared-data.ts';
import type { Answers } from '../types.ts';
import { sheetsFromKoboJson } from '../xlsform/kobo-json.ts';
import { parseXlsForm } from '../xlsform/parse.ts';
import { submissionsToSheets } from './kobo-export.ts';
import { koboRowsToSubmissions } from './kobo-import.ts';
import type { ResponseSheet } from './types.ts';

const path = sharedDataPath('xlsform/kobo-formpack/nested_grouped_repeatable_v1.json');
type KoboRecord = Record<string, unknown>;

/**
 * Kobo's XLS export of its JSON submissions, written here as Kobo lays it out: the main sheet, then one
 * sheet per repeat whose rows carry `_index`, `_parent_index`, `_parent_table_name` and `_submission__uuid`.
 */
function koboExport(submissions: KoboRecord[]): ResponseSheet[] {
  const sheets = new Map<string, { header: string[]; rows: Record<string, string>[] }>();
  const sheet = (name: string) => {
    let found = sheets.get(name);
    if (!found) {
      found = { header: [], rows: [] };
      sheets.set(name, found);
    }
    return found;
  };
  const add = (name: string, record: KoboRecord, extra: Record<string, string>, uuid: string) => {
    const target = sheet(name);
    const row: Record<string, string> = { ...extra };
    target.rows.push(row);
    row._index = String(target.rows.length);
    for (const [key, value] of Object.entries(record)) {
      if (Array.isArray(value)) {
        for (const child of value)
          add(
            key.split('/').at(-1) ?? key,
            child as KoboRecord,
            { _parent_index: row._index, _parent_table_name: name, _submission__uuid: uuid },
            uuid,
          );
      } else if (typeof value !== 'object') row[key] = String(value);
    }
    for (const column of Object.keys(row)) if (!target.header.includes(column)) target.header.push(column);
  };
  for (const submission of submissions) add('nested', submission, {}, String(submission._uuid));
  return [...sheets].map(([name, { header, rows }]) => ({
    name,
    header,
    rows: rows.map((row) => header.map((c) => row[c] ?? '')),
  }));
}

/** The answers Kobo's JSON holds, as Custodes stores them: names without group paths, numbers as numbers. */
function expectedAnswers(record: KoboRecord, integers: Set<string>): Answers {
  const answers: Answers = {};
  for (const [key, value] of Object.entries(record)) {
    const name = key.split('/').at(-1) ?? key;
    if (key.startsWith('formhub/')) continue;
    if (Array.isArray(value))
      answers[name] = value.map((child) => expectedAnswers(child as KoboRecord, integers));
    else if (integers.has(name)) answers[name] = Number(value);
    else if (
      !name.startsWith('_') &&
      !['start', 'end', 'meta', 'instanceID', 'group_egg_count'].includes(name) &&
      typeof value === 'string'
    )
      answers[name] = value;
  }
  return answers;
}

describe.skipIf(!haveSharedData(path))('Kobo formpack fixture: nested repeats', () => {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  const { form } = parseXlsForm(sheetsFromKoboJson(json), { fileName: 'nested_grouped_repeatable_v1.json' });
  if (!form) throw new Error('the fixture form did not parse');
  const submissions = json.submissions as KoboRecord[];
  const integers = new Set(['How_high_above_the_ground_is_the_nest', 'How_many_eggs_are_in_the_nest']);

  it('reads Kobo’s export with three levels of repeats linked by _parent_index', () => {
    const sheets = koboExport(submissions);
    expect(sheets.map((s) => s.name)).toEqual(['nested', 'group_tree', 'group_nest', 'group_egg']);
    const read = koboRowsToSubmissions(form, sheets);
    expect(read.errors).toEqual([]);
    expect(read.warnings.map((w) => [w.sheet, w.column])).toEqual([
      ['group_nest', 'group_tree/group_nest/group_egg_count'],
    ]);
    expect(read.submissions.map((s) => s.id)).toEqual(submissions.map((s) => s._uuid));
    expect(read.submissions.map((s) => s.answers)).toEqual(
      submissions.map((s) => expectedAnswers(s, integers)),
    );
    expect(read.submissions[0].startedAt).toBe('2017-12-27T20:53:26.000Z');
  });

  it('exports them in the same layout, which reads back unchanged', () => {
    const read = koboRowsToSubmissions(form, koboExport(submissions));
    const sheets = submissionsToSheets(
      form,
      read.submissions.map((s) => ({ ...s, receivedAt: '2026-01-01T00:00:00.000Z' })),
    );
    const text = sheets.map((s) => ({
      ...s,
      rows: s.rows.map((r) => r.map((c) => (c === null ? '' : String(c)))),
    }));
    const back = koboRowsToSubmissions(form, text);
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.submissions.map((s) => s.answers)).toEqual(read.submissions.map((s) => s.answers));
  });
});
