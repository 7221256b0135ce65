import { describe, expect, it } from 'vitest';
import { type MonitoringMetadata, resolveDataElement, resolveOrgUnit, subtreeIds } from './metadata-repo.ts';

const unit = (id: string, code: string, name: string, path: string) => ({
  id,
  code,
  name,
  nameTranslations: {},
  parentId: null,
  path,
  level: path.split('/').length - 2,
  actorId: null,
});
const element = (id: string, code: string, name: string) => ({
  id,
  code,
  name,
  aggregation: 'sum' as const,
  valueType: 'number' as const,
  categoryIds: [],
  combos: ['default'],
  assessmentFrameworkId: null,
  assessmentItemId: null,
});

const meta: MonitoringMetadata = {
  orgUnits: [
    unit('n', 'NAT', 'Nation', '/n/'),
    unit('r1', 'NORTH', 'North', '/n/r1/'),
    unit('d1', 'D1', 'Riverside', '/n/r1/d1/'),
    unit('r2', 'SOUTH', 'South', '/n/r2/'),
    unit('d2', 'D2', 'Riverside', '/n/r2/d2/'),
  ],
  categories: [],
  dataElements: [element('e1', 'POL_F', 'Female police officers'), element('e2', 'pol', 'NORTH')],
};

describe('resolveOrgUnit', () => {
  it.each([
    { key: 'r1', id: 'r1' },
    { key: 'north', id: 'r1' },
    { key: ' South ', id: 'r2' },
    { key: 'nation', id: 'n' },
  ])('$key → $id', ({ key, id }) => {
    expect(resolveOrgUnit(meta, key)).toMatchObject({ id });
  });

  it('says when a name is ambiguous or unknown', () => {
    expect(resolveOrgUnit(meta, 'riverside')).toEqual({ error: 'ambiguous' });
    expect(resolveOrgUnit(meta, 'Atlantis')).toEqual({ error: 'unknown' });
    expect(resolveOrgUnit(meta, '')).toEqual({ error: 'unknown' });
  });
});

describe('resolveDataElement', () => {
  it('prefers ids, then codes, then names', () => {
    expect(resolveDataElement(meta, 'e2')).toMatchObject({ id: 'e2' });
    expect(resolveDataElement(meta, 'POL')).toMatchObject({ id: 'e2' });
    expect(resolveDataElement(meta, 'female police officers')).toMatchObject({ id: 'e1' });
    expect(resolveDataElement(meta, 'women')).toEqual({ error: 'unknown' });
  });
});

describe('subtreeIds', () => {
  it('holds the unit and everything below it', () => {
    expect(subtreeIds(meta, 'r1')).toEqual(['r1', 'd1']);
    expect(subtreeIds(meta, 'n')).toHaveLength(5);
    expect(subtreeIds(meta, 'd2')).toEqual(['d2']);
    expect(subtreeIds(meta, 'missing')).toEqual([]);
  });
});
