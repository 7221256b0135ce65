import { describe, expect, it } from 'vitest';
import { describeRowError, type ImportRow } from './import-cells.ts';
import { indexActorsByKey, parseRelationRows } from './relation-rows.ts';
import { relationIdentity } from './relations.ts';

const actorsByKey = indexActorsByKey([
  { id: 'a1', name: 'Defence and Security Committee', acronym: 'DSC' },
  { id: 'a2', name: 'Kasora Armed Forces', acronym: 'KAF' },
  { id: 'a3', name: 'Ministry of Defence', acronym: 'MoD' },
  // an acronym equal to another actor's name never hides that actor
  { id: 'a4', name: 'Army', acronym: 'Ministry of Defence' },
]);

const errorsOf = (rows: ImportRow[], existing: string[] = []) => {
  const result = parseRelationRows(rows, actorsByKey, new Set(existing));
  return result.ok ? [] : result.errors.map(describeRowError);
};

describe('parseRelationRows', () => {
  it('resolves actors by name or acronym, case-insensitively, with status active by default', () => {
    const result = parseRelationRows(
      [
        { source: 'dsc', target: 'Kasora armed forces', type: 'Oversight', oversight_kind: 'Parliamentary' },
        {
          source: 'Ministry of Defence',
          target: 'KAF',
          type: 'command',
          status: 'weak',
          evidence: 'Decree 12',
        },
      ],
      actorsByKey,
    );
    expect(result).toEqual({
      ok: true,
      records: [
        {
          row: 2,
          sourceActorId: 'a1',
          targetActorId: 'a2',
          type: 'oversight',
          oversightKind: 'parliamentary',
          status: 'active',
          evidence: null,
        },
        {
          row: 3,
          sourceActorId: 'a3',
          targetActorId: 'a2',
          type: 'command',
          oversightKind: null,
          status: 'weak',
          evidence: 'Decree 12',
        },
      ],
    });
  });

  it.each([
    [
      'unknown actor',
      { source: 'Navy', target: 'KAF', type: 'command' },
      'row 2, source: no actor named "Navy" (by name or acronym)',
    ],
    ['missing target', { source: 'MoD', target: '', type: 'command' }, 'row 2, target: is required'],
    [
      'self relation',
      { source: 'KAF', target: 'kaf', type: 'reporting' },
      'row 2, target: an actor cannot be related to itself',
    ],
    [
      'oversight without kind',
      { source: 'DSC', target: 'KAF', type: 'oversight' },
      'row 2, oversight_kind: is required for an oversight relation (parliamentary, judicial, executive, independent, civil_society)',
    ],
    [
      'kind on a command',
      { source: 'MoD', target: 'KAF', type: 'command', oversight_kind: 'executive' },
      'row 2, oversight_kind: applies only to oversight relations',
    ],
    [
      'unknown type',
      { source: 'MoD', target: 'KAF', type: 'owns' },
      /^row 2, type: "owns" is not a known relation type \(command, oversight/,
    ],
    [
      'unknown status',
      { source: 'MoD', target: 'KAF', type: 'command', status: 'dormant' },
      /^row 2, status: "dormant" is not a known status/,
    ],
    [
      'unknown column',
      { source: 'MoD', target: 'KAF', type: 'command', since: '2019' },
      /^row 1, since: is not a known column/,
    ],
  ])('%s', (_case, row, expected) => {
    expect(errorsOf([row])[0]).toMatch(expected);
  });

  it('refuses duplicates inside the file and of relations the workspace already has', () => {
    const command = { source: 'MoD', target: 'KAF', type: 'command' };
    expect(errorsOf([command, command])).toEqual(['row 3, type: the same relation is already in row 2']);
    const existing = relationIdentity({
      sourceActorId: 'a3',
      targetActorId: 'a2',
      type: 'command',
      oversightKind: null,
    });
    expect(errorsOf([command], [existing])).toEqual([
      'row 2, type: this relation already exists in the workspace',
    ]);
  });

  it('reports every bad row, not only the first', () => {
    const errors = errorsOf([
      { source: 'MoD', target: 'KAF', type: 'command' },
      { source: 'X', target: 'KAF', type: 'command' },
      { source: 'MoD', target: 'KAF', type: 'funds' },
    ]);
    expect(errors.map((error) => error.split(',')[0])).toEqual(['row 3', 'row 4']);
  });
});
