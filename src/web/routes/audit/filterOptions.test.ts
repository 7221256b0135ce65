import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../i18n/languages';
import { DESCRIBED_ACTIONS } from './describe';
import {
  actionEntityType,
  actionNameKey,
  actionOptions,
  entityTypeOptions,
  WORKSPACE_ENTITY_TYPES,
} from './filterOptions';

/** Written with no workspace (accounts, API tokens): they go to the system chain, never to a workspace's log. */
const SYSTEM_CHAIN_TYPES = ['user', 'api_token'];

const messages = (language: string) =>
  JSON.parse(readFileSync(join(__dirname, `../../i18n/audit/${language}.json`), 'utf8'));
const text = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

function serverEntityTypes(): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/entityType: '([a-z_]+)'/g))
          found.add(match[1]);
      }
    }
  };
  walk(join(__dirname, '../../../server'));
  return found;
}

describe('audit filter options', () => {
  it.each(UI_LANGUAGES.map((language) => language.code))(
    'name every action and every entity type in %s',
    (language) => {
      const tree = messages(language);
      const unnamed = [
        ...DESCRIBED_ACTIONS.map(actionNameKey),
        ...[...WORKSPACE_ENTITY_TYPES, ...SYSTEM_CHAIN_TYPES].map((type) => `entityTypeName.${type}`),
        'anyAction',
      ].filter((key) => typeof text(tree, key) !== 'string');
      expect(unnamed).toEqual([]);
    },
  );

  it('offer every entity type the server records, apart from the system chain ones', () => {
    const offered = new Set<string>([...WORKSPACE_ENTITY_TYPES, ...SYSTEM_CHAIN_TYPES]);
    const types = serverEntityTypes();
    expect(types.size).toBeGreaterThan(10);
    expect([...types].filter((type) => !offered.has(type))).toEqual([]);
  });

  it('put each action of a workspace log once, under the entity type it is recorded on, by its name', () => {
    const t = (key: string) => `«${key}»`;
    const groups = actionOptions(t);
    const offered = groups.flatMap((group) => group.items.map((item) => item.value));
    const workspaceActions = DESCRIBED_ACTIONS.filter(
      (action) => !SYSTEM_CHAIN_TYPES.includes(actionEntityType(action)),
    );
    expect(offered.sort()).toEqual([...workspaceActions].sort());
    const swot = groups.find((group) => group.group === '«entityTypeName.swot_entry»');
    expect(swot?.items).toContainEqual({ value: 'swot.create', label: '«actionName.swot.create»' });
    const plan = groups.find((group) => group.group === '«entityTypeName.plan»');
    expect(plan?.items).toContainEqual({
      value: 'plan.optimisation.apply',
      label: '«actionName.plan.optimisation.apply»',
    });
    expect(plan?.items).not.toContainEqual(expect.objectContaining({ value: 'plan_item.create' }));
  });

  it('list entity types by their translated name, the value staying the code', () => {
    expect(entityTypeOptions((key) => key.toUpperCase())).toContainEqual({
      value: 'actor_relation',
      label: 'ENTITYTYPENAME.ACTOR_RELATION',
    });
  });
});
