import type { Band, Framework, Group, Item, ScaleLevel } from '../frameworks/types.ts';
import { bandDecimals } from './bands.ts';
import { PEFA_GRADE_VALUES, PEFA_GRADES } from './pefa.ts';

export type Path = (string | number)[];
export interface FrameworkProblem {
  path: Path;
  message: string;
}

const listed = (values: readonly number[]) => values.join(', ');

/**
 * The rules a framework must meet beyond its shape: unique ids, one shared score range, bands that
 * tile that range, and PEFA indicators that say how they combine. Problems come in document order.
 */
export function checkFrameworkConsistency(framework: Framework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const report = (path: Path, message: string) => problems.push({ path, message });
  if (framework.scale) checkLevels(framework.scale, ['scale'], report);

  const idsSeen = new Map<string, string>();
  const groupCodes = new Map<string, string>();
  const itemCodes = new Map<string, string>();
  const claim = (seen: Map<string, string>, key: string, path: Path, what: string) => {
    const earlier = seen.get(key);
    if (earlier) report(path, `"${key}" is already used as the ${what} of ${earlier}`);
    else seen.set(key, path.slice(0, -1).join('.'));
  };
  let sharedValues: { values: number[]; owner: string } | null = framework.scale
    ? { values: framework.scale.map((level) => level.value), owner: 'the scale' }
    : null;

  const visitItem = (item: Item, path: Path) => {
    claim(idsSeen, item.id, [...path, 'id'], 'id');
    claim(itemCodes, item.code, [...path, 'code'], 'code');
    if (!item.levels) {
      if (!framework.scale) report([...path, 'levels'], 'is required when the framework has no scale');
      return;
    }
    checkLevels(item.levels, [...path, 'levels'], report);
    const values = item.levels.map((level) => level.value);
    if (!sharedValues) sharedValues = { values, owner: [...path, 'levels'].join('.') };
    else if (listed(values) !== listed(sharedValues.values))
      report(
        [...path, 'levels'],
        `must use the values of ${sharedValues.owner} (${listed(sharedValues.values)})`,
      );
  };

  const visitGroup = (group: Group, path: Path) => {
    claim(idsSeen, group.id, [...path, 'id'], 'id');
    claim(groupCodes, group.code, [...path, 'code'], 'code');
    const subGroups = group.groups ?? [];
    if (group.items.length === 0 && subGroups.length === 0)
      report([...path, 'items'], 'a group needs at least one item or sub-group');
    checkPefaGroup(framework, group, path, report);
    for (const [index, item] of group.items.entries()) visitItem(item, [...path, 'items', index]);
    for (const [index, sub] of subGroups.entries()) visitGroup(sub, [...path, 'groups', index]);
  };
  for (const [index, group] of framework.groups.entries()) visitGroup(group, ['groups', index]);

  if (framework.aggregation.method === 'pefa') checkPefaScale(framework, report);
  const shared = sharedValues as { values: number[] } | null;
  if (framework.bands && shared) {
    const range = { min: Math.min(...shared.values), max: Math.max(...shared.values) };
    checkBands(framework.bands, range, report);
  }
  return problems;
}

type Report = (path: Path, message: string) => void;

function checkLevels(levels: readonly ScaleLevel[], path: Path, report: Report) {
  const labels = new Set<string>();
  levels.forEach((level, index) => {
    const before = levels[index - 1];
    if (before && level.value <= before.value)
      report([...path, index, 'value'], `must be greater than the level before it (${before.value})`);
    if (labels.has(level.label)) report([...path, index, 'label'], `"${level.label}" is used twice`);
    labels.add(level.label);
  });
}

function checkBands(bands: readonly Band[], range: { min: number; max: number }, report: Report) {
  const step = 10 ** -bandDecimals(bands);
  const labels = new Set<string>();
  bands.forEach((band, index) => {
    if (band.min > band.max) report(['bands', index, 'max'], `must not be below min (${band.min})`);
    if (labels.has(band.label)) report(['bands', index, 'label'], `"${band.label}" is used twice`);
    labels.add(band.label);
  });
  const order = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  const lowest = order[0];
  const highest = order[order.length - 1];
  if (!lowest || !highest) return;
  if (lowest.band.min !== range.min)
    report(['bands', lowest.index, 'min'], `the lowest band must start at the scale minimum (${range.min})`);
  if (highest.band.max !== range.max)
    report(['bands', highest.index, 'max'], `the highest band must end at the scale maximum (${range.max})`);
  for (let at = 1; at < order.length; at++) {
    const previous = order[at - 1].band;
    const { band, index } = order[at];
    const expected = Number((previous.max + step).toFixed(10));
    if (band.min <= previous.max)
      report(['bands', index, 'min'], `overlaps band "${previous.label}" (${previous.min}–${previous.max})`);
    else if (band.min > expected)
      report(['bands', index, 'min'], `leaves a gap after band "${previous.label}" (expected ${expected})`);
  }
}

function checkPefaGroup(framework: Framework, group: Group, path: Path, report: Report) {
  const isPefa = framework.aggregation.method === 'pefa';
  if (!isPefa) {
    if (group.pefaMethod)
      report([...path, 'pefaMethod'], 'only frameworks aggregated by "pefa" use M1 or M2');
    return;
  }
  if (group.items.length > 0 && !group.pefaMethod)
    report([...path, 'pefaMethod'], 'is required for a PEFA indicator (a group with items)');
  if (group.pefaMethod && (group.groups ?? []).length > 0)
    report([...path, 'groups'], 'a PEFA indicator holds dimensions (items), not sub-groups');
}

function checkPefaScale(framework: Framework, report: Report) {
  const expected = PEFA_GRADES.map((grade) => PEFA_GRADE_VALUES[grade]);
  const levels = framework.scale;
  if (!levels || listed(levels.map((level) => level.value)) !== listed(expected)) {
    report(['scale'], 'a pefa framework needs the scale D=1, C=2, B=3, A=4');
    return;
  }
  levels.forEach((level, index) => {
    if (level.label !== PEFA_GRADES[index])
      report(['scale', index, 'label'], `must be "${PEFA_GRADES[index]}" for the value ${level.value}`);
  });
}
