import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './auditApi';
import { DESCRIBED_ACTIONS, describeEntry } from './describe';
import { formatAuditValue, type ValueContext } from './values';

const entry = (action: string, changes: AuditEntry['changes'] = {}, entityType = 'actor'): AuditEntry => ({
  id: '1',
  seq: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  actor: { id: 'u1', name: 'Amina Sesay', email: 'amina@example.org' },
  action,
  entityType,
  entityId: 'e1',
  entity: { name: 'Spoilers in the presidential guard', nameTranslations: {}, deleted: false },
  changes,
});

describe('describeEntry', () => {
  it('turns an action into its sentence key with the entity name', () => {
    expect(describeEntry(entry('risk.create'), 'Spoilers')).toEqual({
      key: 'sentence.risk.create',
      params: { name: 'Spoilers' },
      codes: {},
    });
  });

  it('adds what particular sentences need: roles to translate, counts and files, the item', () => {
    const roleChange = entry('member.role_change', { role: { before: 'viewer', after: 'editor' } }, 'member');
    expect(describeEntry(roleChange, 'Ibrahim').codes).toEqual({ from: 'viewer', to: 'editor' });
    const imported = entry('actor.import', {
      count: { before: null, after: 12 },
      fileName: { before: null, after: 'a.xlsx' },
    });
    expect(describeEntry(imported, '').params).toMatchObject({ count: 12, file: 'a.xlsx' });
    const scored = entry('assessment.score', { itemId: { before: 'c1', after: 'c1' } }, 'assessment');
    expect(describeEntry(scored, 'Review').params.item).toBe('c1');
    expect(describeEntry(scored, 'Review', { c1: '1.1' }).params.item).toBe('1.1');
  });

  it('says whether an assessment became a baseline or stopped being one', () => {
    const set = entry('assessment.baseline', { isBaseline: { before: false, after: true } }, 'assessment');
    const unset = entry('assessment.baseline', { isBaseline: { before: true, after: false } }, 'assessment');
    expect(describeEntry(set, 'x').key).toBe('sentence.assessment.baseline_set');
    expect(describeEntry(unset, 'x').key).toBe('sentence.assessment.baseline_unset');
  });

  it('tells a baseline from a target and names the indicator even once the target is gone', () => {
    const removed = entry(
      'monitoring_target.delete',
      {
        kind: { before: 'baseline', after: null },
        period: { before: '2026', after: null },
        value: { before: 12, after: null },
        indicatorId: { before: 'i1', after: null },
      },
      'monitoring_target',
    );
    expect(describeEntry(removed, '2026', { i1: 'Women in the police' })).toEqual({
      key: 'sentence.monitoring_target.delete_baseline',
      params: { name: '2026', period: '2026', value: 12, indicator: 'Women in the police' },
      codes: {},
    });
    const set = entry(
      'monitoring_target.create',
      { kind: { before: null, after: 'target' } },
      'monitoring_target',
    );
    expect(describeEntry(set, 'x').key).toBe('sentence.monitoring_target.create');
  });

  it('falls back to a neutral sentence naming an action it does not know', () => {
    expect(describeEntry(entry('finance.disburse', {}, 'disbursement'), 'x')).toEqual({
      key: 'sentence.unknown',
      params: { name: 'x', action: 'finance.disburse' },
      codes: { entityType: 'disbursement' },
    });
  });

  it('knows every action the server writes', () => {
    const server = join(__dirname, '../../../server');
    const written = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, name.name);
        if (name.isDirectory()) walk(path);
        else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) {
          for (const match of readFileSync(path, 'utf8').matchAll(/action: '([a-z_]+\.[a-z_.]+)'/g))
            written.add(match[1]);
        }
      }
    };
    walk(server);
    written.add('plan.schedule');
    for (const step of ['submit', 'return', 'validate', 'publish', 'unpublish'])
      written.add(`assessment.${step}`);
    expect(
      [...written].filter((action) => !(DESCRIBED_ACTIONS as readonly string[]).includes(action)),
    ).toEqual([]);
  });
});

describe('the sentences', () => {
  it('exist in English for every action, both baseline steps and unknown actions', () => {
    const english = JSON.parse(readFileSync(join(__dirname, '../../i18n/audit/en.json'), 'utf8'));
    const has = (key: string) => {
      const parts = key.split('.');
      const leaf = parts.pop() as string;
      const parent = parts.reduce((node, part) => node?.[part], english);
      return typeof parent?.[leaf] === 'string' || typeof parent?.[`${leaf}_other`] === 'string';
    };
    const keys = DESCRIBED_ACTIONS.flatMap((action) =>
      action === 'assessment.baseline'
        ? ['sentence.assessment.baseline_set', 'sentence.assessment.baseline_unset']
        : [`sentence.${action}`],
    );
    expect([...keys, 'sentence.unknown'].filter((key) => !has(key))).toEqual([]);
  });
});

describe('formatAuditValue', () => {
  const labels: Record<string, string> = {
    'roles.editor.name': 'Editor',
    'map.categories.police': 'Police',
    'portfolio:status.on_track': 'On track',
    'map.statuses.weak': 'Weak',
  };
  const context = (field: string, entityType = 'actor'): ValueContext => ({
    field,
    entityType,
    references: { 'actor-1': 'Ministry of Defence' },
    t: ((key: string) => labels[key] ?? key) as never,
    exists: (key) => key in labels,
    formatNumber: (value) => `#${value}`,
    formatDateTime: (iso) => `on ${iso.slice(0, 10)}`,
    formatList: (items) => items.join(' + '),
  });

  it('shows names for ids, translated codes, yes/no, numbers, dates and lists', () => {
    expect(formatAuditValue('actor-1', context('parentId'))).toBe('Ministry of Defence');
    expect(formatAuditValue('editor', context('role'))).toBe('Editor');
    expect(formatAuditValue('police', context('category'))).toBe('Police');
    expect(formatAuditValue('unknown_code', context('category'))).toBe('unknown_code');
    expect(formatAuditValue('on_track', context('status', 'plan_item'))).toBe('On track');
    expect(formatAuditValue('weak', context('status', 'actor_relation'))).toBe('Weak');
    expect(formatAuditValue('weak', context('status', 'plan'))).toBe('weak');
    expect(formatAuditValue(true, context('statutory'))).toBe('audit:value.yes');
    expect(formatAuditValue(null, context('mandate'))).toBe('audit:value.empty');
    expect(formatAuditValue(3, context('likelihood'))).toBe('#3');
    expect(formatAuditValue('2026-03-01T10:00:00.000Z', context('approvedAt'))).toBe('on 2026-03-01');
    expect(formatAuditValue(['actor-1', 'x'], context('partnerActorIds'))).toBe('Ministry of Defence + x');
    expect(formatAuditValue({ fr: 'Garde' }, context('nameTranslations'))).toBe('fr: Garde');
  });
});
