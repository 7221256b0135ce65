import { describe, expect, it } from 'vitest';
import type { ActorCategory } from './categories.ts';
import { assessOversight, findOversightGaps, type GapActor, type GapRelation } from './oversight-gaps.ts';
import type { OversightKind, RelationStatus, RelationType } from './relations.ts';

const actor = (id: string, category: ActorCategory, parentId: string | null = null): GapActor => ({
  id,
  category,
  parentId,
});

const oversees = (
  source: string,
  target: string,
  oversightKind: OversightKind,
  status: RelationStatus = 'active',
): GapRelation => ({
  sourceActorId: source,
  targetActorId: target,
  type: 'oversight',
  oversightKind,
  status,
});

const link = (source: string, target: string, type: RelationType): GapRelation => ({
  sourceActorId: source,
  targetActorId: target,
  type,
  oversightKind: null,
  status: 'active',
});

const actors = [
  actor('forces', 'armed_forces'),
  actor('army', 'armed_forces', 'forces'),
  actor('police', 'police'),
  actor('intel', 'intelligence'),
  actor('militia', 'militia'),
  actor('guard', 'presidential_guard'),
  actor('mod', 'ministry'),
  actor('committee', 'parliamentary_committee'),
  actor('court', 'court'),
  actor('ombuds', 'ombuds'),
  actor('cso', 'ngo'),
];

const missingOf = (relations: GapRelation[], id: string) =>
  assessOversight(actors, relations).find((coverage) => coverage.actorId === id)?.missing;

describe('assessOversight', () => {
  it('assesses armed actors only: the force-bearing group, militias and private security', () => {
    expect(assessOversight(actors, []).map((coverage) => coverage.actorId)).toEqual([
      'forces',
      'army',
      'police',
      'intel',
      'militia',
      'guard',
    ]);
  });

  it.each([
    ['no relations at all', [], 'police', ['parliamentary', 'judicial', 'independent']],
    [
      'direct active oversight of every required kind',
      [
        oversees('committee', 'police', 'parliamentary'),
        oversees('court', 'police', 'judicial'),
        oversees('ombuds', 'police', 'independent'),
      ],
      'police',
      [],
    ],
    [
      'weak oversight still exists',
      [oversees('committee', 'police', 'parliamentary', 'weak')],
      'police',
      ['judicial', 'independent'],
    ],
    [
      'planned and suspended oversight do not exist yet',
      [
        oversees('committee', 'police', 'parliamentary', 'planned'),
        oversees('court', 'police', 'judicial', 'suspended'),
      ],
      'police',
      ['parliamentary', 'judicial', 'independent'],
    ],
    [
      'oversight of the parent covers the sub-unit',
      [oversees('committee', 'forces', 'parliamentary'), oversees('court', 'army', 'judicial')],
      'army',
      ['independent'],
    ],
    [
      'oversight of a sub-unit does not cover its parent',
      [oversees('committee', 'army', 'parliamentary')],
      'forces',
      ['parliamentary', 'judicial', 'independent'],
    ],
    [
      'oversight of the commanding ministry does not reach the force',
      [link('mod', 'forces', 'command'), oversees('committee', 'mod', 'parliamentary')],
      'forces',
      ['parliamentary', 'judicial', 'independent'],
    ],
    [
      'an armed actor inspecting another is not civilian oversight',
      [oversees('guard', 'intel', 'independent')],
      'intel',
      ['parliamentary', 'judicial', 'independent'],
    ],
    [
      'other relation types are not oversight',
      [link('committee', 'militia', 'reporting'), link('court', 'militia', 'legal_mandate')],
      'militia',
      ['parliamentary', 'judicial', 'independent'],
    ],
    [
      'executive and civil society oversight are recorded but not required',
      [oversees('mod', 'guard', 'executive'), oversees('cso', 'guard', 'civil_society')],
      'guard',
      ['parliamentary', 'judicial', 'independent'],
    ],
  ] as const)('%s', (_case, relations, id, missing) => {
    expect(missingOf([...relations], id)).toEqual(missing);
  });

  it('flags kinds covered only by weak relations and names who oversees through which actor', () => {
    const [army] = assessOversight(actors, [
      oversees('committee', 'forces', 'parliamentary', 'weak'),
      oversees('court', 'army', 'judicial', 'weak'),
      oversees('ombuds', 'army', 'judicial'),
    ]).filter((coverage) => coverage.actorId === 'army');
    expect(army.weak).toEqual(['parliamentary']);
    expect(army.overseers).toEqual([
      { kind: 'judicial', overseerId: 'court', status: 'weak', viaActorId: 'army' },
      { kind: 'judicial', overseerId: 'ombuds', status: 'active', viaActorId: 'army' },
      { kind: 'parliamentary', overseerId: 'committee', status: 'weak', viaActorId: 'forces' },
    ]);
  });

  it('survives a parent cycle', () => {
    const looped = [actor('a', 'police', 'b'), actor('b', 'police', 'a'), actor('c', 'court')];
    const result = assessOversight(looped, [oversees('c', 'b', 'judicial')]);
    expect(result.map((coverage) => coverage.missing)).toEqual([
      ['parliamentary', 'independent'],
      ['parliamentary', 'independent'],
    ]);
  });
});

describe('findOversightGaps', () => {
  it('keeps actors with gaps, the most exposed first', () => {
    const gaps = findOversightGaps(actors, [
      oversees('committee', 'forces', 'parliamentary'),
      oversees('court', 'forces', 'judicial'),
      oversees('ombuds', 'forces', 'independent'),
      oversees('committee', 'police', 'parliamentary'),
    ]);
    expect(gaps.map((gap) => [gap.actorId, gap.missing.length])).toEqual([
      ['intel', 3],
      ['militia', 3],
      ['guard', 3],
      ['police', 2],
    ]);
  });
});
