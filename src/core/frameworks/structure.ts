import type { Framework, Group, Item, ScaleLevel } from './types.ts';

export interface PlacedItem {
  item: Item;
  /** The groups containing the item, outermost first. */
  groups: Group[];
}

export interface PlacedGroup {
  group: Group;
  /** The groups containing this one, outermost first (empty for a top-level group). */
  ancestors: Group[];
}

/** Every group, parents before their sub-groups, in framework order. */
export function listGroups(framework: Framework): PlacedGroup[] {
  const placed: PlacedGroup[] = [];
  const visit = (groups: readonly Group[], ancestors: Group[]) => {
    for (const group of groups) {
      placed.push({ group, ancestors });
      visit(group.groups ?? [], [...ancestors, group]);
    }
  };
  visit(framework.groups, []);
  return placed;
}

/** Every item in framework order: a group's own items first, then those of its sub-groups. */
export function listItems(framework: Framework): PlacedItem[] {
  const placed: PlacedItem[] = [];
  for (const { group, ancestors } of listGroups(framework)) {
    for (const item of group.items) placed.push({ item, groups: [...ancestors, group] });
  }
  return placed;
}

export function countItems(framework: Framework): number {
  return listItems(framework).length;
}

/** The rubric an item is scored on: its own levels, else the framework's scale. */
export function itemLevels(framework: Framework, item: Item): readonly ScaleLevel[] {
  return item.levels ?? framework.scale ?? [];
}

export interface ScaleRange {
  min: number;
  max: number;
}

export function rangeOf(levels: readonly ScaleLevel[]): ScaleRange {
  const values = levels.map((level) => level.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** The score range every item shares (the schema guarantees there is one). */
export function frameworkRange(framework: Framework): ScaleRange {
  if (framework.scale) return rangeOf(framework.scale);
  const first = listItems(framework)[0];
  return first ? rangeOf(itemLevels(framework, first.item)) : { min: 0, max: 0 };
}
