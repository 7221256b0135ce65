import { describe, expect, it } from 'vitest';
import type { ActorCategory } from './categories.ts';
import {
  assessOversight,
  DEFAULT_REQUIRED_OVERSIGHT_KINDS,
  findOversightGaps,
  type GapActor,
  type GapRelation,
  normaliseRequiredOversightKinds,
  requiredOversightKindsProblem,
} from './oversight-gaps.ts';
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

const DEFAULT_RULE = DEFAULT_REQUIRED_OVERSIGHT_KINDS;
const missingOf = (relations: GapRelation[], id: string, required: readonly OversightKind[] = DEFAULT_RULE) =>
  assessOversight(actors, relations, required).find((coverage) => coverage.actorId === id)?.missing;

describe('assessOversight', () => {
  it('assesses armed actors only: the force-bearing group, militias and private security', () => {
    expect(assessOversight(actors, [], DEFAULT_RULE).map((coverage) => coverage.actorId)).toEqual([
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
    const [army] = assessOversight(
      actors,
      [
        oversees('committee', 'forces', 'parliamentary', 'weak'),
        oversees('court', 'army', 'judicial', 'weak'),
        oversees('ombuds', 'army', 'judicial'),
      ],
      DEFAULT_RULE,
    ).filter((coverage) => coverage.actorId === 'army');
    expect(army.weak).toEqual(['parliamentary']);
    expect(army.overseers).toEqual([
      { kind: 'judicial', overseerId: 'court', status: 'weak', viaActorId: 'army' },
      { kind: 'judicial', overseerId: 'ombuds', status: 'active', viaActorId: 'army' },
      { kind: 'parliamentary', overseerId: 'committee', status: 'weak', viaActorId: 'forces' },
    ]);
  });

  it('survives a parent cycle', () => {
    const looped = [actor('a', 'police', 'b'), actor('b', 'police', 'a'), actor('c', 'court')];
    const result = assessOversight(looped, [oversees('c', 'b', 'judicial')], DEFAULT_RULE);
    expect(result.map((coverage) => coverage.missing)).toEqual([
      ['parliamentary', 'independent'],
      ['parliamentary', 'independent'],
    ]);
  });
});

describe('findOversightGaps', () => {
  it('keeps actors with gaps, the most exposed first', () => {
    const gaps = findOversightGaps(
      actors,
      [
        oversees('committee', 'forces', 'parliamentary'),
        oversees('court', 'forces', 'judicial'),
        oversees('ombuds', 'forces', 'independent'),
        oversees('committee', 'police', 'parliamentary'),
      ],
      DEFAULT_RULE,
    );
    expect(gaps.map((gap) => [gap.actorId, gap.missing.length])).toEqual([
      ['intel', 3],
      ['militia', 3],
      ['guard', 3],
      ['police', 2],
    ]);
  });
});

describe('the required kinds are the workspace rule', () => {
  const everyDefault = [
    oversees('committee', 'police', 'parliamentary'),
    oversees('court', 'police', 'judicial'),
    oversees('ombuds', 'police', 'independent'),
  ];
  const withSociety: OversightKind[] = ['parliamentary', 'judicial', 'independent', 'civil_society'];
  const withExecutive: OversightKind[] = ['executive', 'parliamentary', 'judicial', 'independent'];

  it.each([
    ['civil society added, none exercised', everyDefault, withSociety, ['civil_society']],
    [
      'civil society added and exercised',
      [...everyDefault, oversees('cso', 'police', 'civil_society')],
      withSociety,
      [],
    ],
    ['executive control added, none exercised', everyDefault, withExecutive, ['executive']],
    [
      'executive control added and exercised by a ministry',
      [...everyDefault, oversees('mod', 'police', 'executive')],
      withExecutive,
      [],
    ],
    [
      'both added, listed in canonical order whatever the rule order',
      [],
      ['civil_society', 'judicial', 'executive'],
      ['judicial', 'executive', 'civil_society'],
    ],
    [
      'a narrower rule ignores kinds it does not name',
      [oversees('court', 'police', 'judicial')],
      ['judicial'],
      [],
    ],
    ['a narrower rule still counts what it names', [], ['parliamentary'], ['parliamentary']],
  ] as const)('%s', (_case, relations, required, missing) => {
    expect(missingOf([...relations], 'police', required)).toEqual(missing);
  });

  it('reports weak coverage only for required kinds', () => {
    const relations = [oversees('cso', 'police', 'civil_society', 'weak')];
    const [police] = assessOversight(actors, relations, withSociety).filter((c) => c.actorId === 'police');
    expect(police.weak).toEqual(['civil_society']);
    const [underDefault] = assessOversight(actors, relations, DEFAULT_RULE).filter(
      (c) => c.actorId === 'police',
    );
    expect(underDefault.weak).toEqual([]);
  });

  it('a wider rule turns a covered actor into a gap', () => {
    expect(findOversightGaps(actors, everyDefault, DEFAULT_RULE).map((gap) => gap.actorId)).not.toContain(
      'police',
    );
    expect(findOversightGaps(actors, everyDefault, withSociety).map((gap) => gap.actorId)).toContain(
      'police',
    );
  });
});

describe('requiredOversightKindsProblem', () => {
  it.each([
    [['parliamentary'], null],
    [['parliamentary', 'judicial', 'independent', 'executive', 'civil_society'], null],
    [[], 'must name at least one oversight kind'],
    [['judicial', 'military'], '"military" is not an oversight kind'],
    [['judicial', 'independent', 'judicial'], '"judicial" is listed twice'],
  ])('%j → %s', (kinds, problem) => {
    const found = requiredOversightKindsProblem(kinds);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});

describe('normaliseRequiredOversightKinds', () => {
  it('keeps known kinds in canonical order and falls back to the default rule when none is left', () => {
    expect(normaliseRequiredOversightKinds(['civil_society', 'judicial'])).toEqual([
      'judicial',
      'civil_society',
    ]);
    expect(normaliseRequiredOversightKinds(['judicial', 'retired'])).toEqual(['judicial']);
    expect(normaliseRequiredOversightKinds([])).toEqual([...DEFAULT_RULE]);
    expect(normaliseRequiredOversightKinds(['retired'])).toEqual([...DEFAULT_RULE]);
  });
});
