import { describe, expect, it } from 'vitest';
import { type RelationSortKey, searchRelations, sortRelations } from './relation-order';

const actor = (name: string, acronym: string | null = null, fr?: string) => ({
  name,
  acronym,
  nameTranslations: fr ? { fr } : {},
});

const relations = [
  {
    id: 'r1',
    source: actor('Police Service', 'KPS'),
    target: actor('Ministry of Interior'),
    type: 'reporting',
  },
  {
    id: 'r2',
    source: actor('Army'),
    target: actor('Ministry of Defence', null, 'Ministère de la Défense'),
    type: 'command',
  },
  { id: 'r3', source: actor('Army'), target: actor('Defence Committee'), type: 'oversight' },
  { id: 'r4', source: actor('Court of Accounts'), target: actor('Army'), type: 'oversight' },
];

const label = (relation: (typeof relations)[number], key: RelationSortKey) =>
  key === 'type' ? relation.type : relation[key].name;

describe('sorting relations', () => {
  it('orders by source, then type and target to break ties', () => {
    const ids = sortRelations(relations, { key: 'source', direction: 'asc' }, label, 'en').map((r) => r.id);
    expect(ids).toEqual(['r2', 'r3', 'r4', 'r1']);
  });

  it('reverses the chosen column only', () => {
    const ids = sortRelations(relations, { key: 'source', direction: 'desc' }, label, 'en').map((r) => r.id);
    expect(ids).toEqual(['r1', 'r4', 'r2', 'r3']);
  });

  it('orders by type and by target', () => {
    expect(sortRelations(relations, { key: 'type', direction: 'asc' }, label, 'en').map((r) => r.id)).toEqual(
      ['r2', 'r3', 'r4', 'r1'],
    );
    expect(
      sortRelations(relations, { key: 'target', direction: 'asc' }, label, 'en').map((r) => r.id),
    ).toEqual(['r4', 'r3', 'r2', 'r1']);
  });

  it('does not change the list it is given', () => {
    const copy = [...relations];
    sortRelations(relations, { key: 'target', direction: 'desc' }, label, 'en');
    expect(relations).toEqual(copy);
  });
});

describe('searching relations by actor', () => {
  it('matches either side, by name, acronym or a translated name, ignoring case', () => {
    expect(searchRelations(relations, 'army').map((r) => r.id)).toEqual(['r2', 'r3', 'r4']);
    expect(searchRelations(relations, 'kps').map((r) => r.id)).toEqual(['r1']);
    expect(searchRelations(relations, '  Ministère ').map((r) => r.id)).toEqual(['r2']);
  });

  it('keeps everything for an empty search and nothing for an unknown actor', () => {
    expect(searchRelations(relations, ' ')).toHaveLength(4);
    expect(searchRelations(relations, 'navy')).toEqual([]);
  });
});
