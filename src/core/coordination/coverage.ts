import { Converter, type MissingRate, type RateUsed } from '../finance/conversion.ts';
import type { RateTable } from '../finance/currency.ts';

/**
 * The coverage matrix: who funds which priority need and which reform area, in one currency, with the
 * gaps (priority needs no one funds) and possible duplications (several funders in one place without a
 * mechanism that brings at least two of them together). Pure: the service loads rows and calls this.
 */

/** A need counts as a priority when severity × importance reaches this (both 1–5, so 15 = e.g. 5 × 3). */
export const DEFAULT_GAP_THRESHOLD = 15;

export interface CoverageNeed {
  id: string;
  title: string;
  severity: number;
  importance: number;
}

export interface CoverageItem {
  id: string;
  parentId: string | null;
  planId: string;
  code: string;
  name: string;
}

export interface CoverageFlow {
  id: string;
  funderId: string;
  kind: string;
  amount: number;
  currency: string;
  /** YYYY-MM-DD */
  flowDate: string;
  purposeCode: string | null;
  planItemId: string | null;
  /** Set for a contribution into a pooled fund: counted where the fund allocates it, not here. */
  toFunderId: string | null;
}

export interface CoverageMechanism {
  id: string;
  name: string;
  memberFunderIds: readonly string[];
  planItemIds: readonly string[];
  purposeCodes: readonly string[];
}

export interface CoverageInput {
  currency: string;
  rates: RateTable;
  funders: ReadonlyArray<{ id: string; name: string }>;
  /** Open needs only. */
  needs: readonly CoverageNeed[];
  /** Every plan item the flows may point at; the chosen plan's top-level items are its reform areas. */
  items: readonly CoverageItem[];
  itemNeeds: ReadonlyArray<{ itemId: string; needId: string }>;
  flows: readonly CoverageFlow[];
  mechanisms: readonly CoverageMechanism[];
  planId: string | null;
  gapThreshold?: number;
  /**
   * The funders whose amounts the reader may see (a donor sees only the funders they speak for). Flags
   * are still drawn from all funding, since coordination is about the others; only amounts are hidden.
   */
  visibleFunderIds?: ReadonlySet<string>;
}

export interface CoverageCell {
  funderId: string;
  committed: number;
  disbursed: number;
}

/** Generated text: a message key and its parameters, rendered in the reader's language. */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
}

export interface CoverageRow {
  kind: 'need' | 'area' | 'unlinked';
  /** Need id, programme id, or for unlinked flows the purpose code ('' when none). */
  id: string;
  label: string;
  priority: number | null;
  cells: CoverageCell[];
  committed: number;
  disbursed: number;
  funderCount: number;
  gap: Reason | null;
  duplication: Reason | null;
}

export interface CoverageMatrix {
  currency: string;
  gapThreshold: number;
  funders: Array<{ id: string; name: string }>;
  rows: CoverageRow[];
  /** The rates behind the amounts the reader sees. */
  ratesUsed: RateUsed[];
  /** The reader's flows left out because no rate links their currency to the chosen one. */
  missingRates: MissingRate[];
  /** Funders left out of the columns because the reader may not see their amounts. */
  hiddenFunderCount: number;
}

interface Counted {
  flow: CoverageFlow;
  value: number;
}

const COUNTED_KINDS = new Set(['commitment', 'disbursement']);

/**
 * Every counted flow in the chosen currency. The rates used and the flows left out are reported for the
 * funders the reader may see (their amounts are the only ones shown); the others are converted apart.
 */
function convertFlows(input: CoverageInput) {
  const counted: Counted[] = [];
  const shown = new Converter(input.rates, input.currency);
  const hidden = new Converter(input.rates, input.currency);
  for (const flow of input.flows) {
    if (!COUNTED_KINDS.has(flow.kind) || flow.toFunderId) continue;
    const converter = !input.visibleFunderIds || input.visibleFunderIds.has(flow.funderId) ? shown : hidden;
    const value = converter.convert(flow.amount, flow.currency, flow.flowDate);
    if (value !== null) counted.push({ flow, value });
  }
  return { counted, ratesUsed: shown.ratesUsed(), missingRates: shown.missingRates() };
}

class ItemTree {
  private readonly byId: Map<string, CoverageItem>;
  private readonly children = new Map<string, string[]>();

  constructor(items: readonly CoverageItem[]) {
    this.byId = new Map(items.map((item) => [item.id, item]));
    for (const item of items) {
      if (!item.parentId) continue;
      const list = this.children.get(item.parentId) ?? [];
      list.push(item.id);
      this.children.set(item.parentId, list);
    }
  }

  /** The item and everything under it. */
  subtree(id: string): Set<string> {
    const found = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (found.has(next)) continue;
      found.add(next);
      stack.push(...(this.children.get(next) ?? []));
    }
    return found;
  }

  /** The item and its parents up to its programme. */
  lineage(id: string): string[] {
    const line: string[] = [];
    let current = this.byId.get(id);
    while (current && !line.includes(current.id)) {
      line.push(current.id);
      current = current.parentId ? this.byId.get(current.parentId) : undefined;
    }
    return line;
  }

  roots(planId: string): CoverageItem[] {
    return [...this.byId.values()]
      .filter((item) => item.planId === planId && !item.parentId)
      .sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
  }
}

function sumCells(funderIds: readonly string[], flows: readonly Counted[]) {
  const cells = new Map(funderIds.map((id) => [id, { funderId: id, committed: 0, disbursed: 0 }]));
  for (const { flow, value } of flows) {
    const cell = cells.get(flow.funderId);
    if (!cell) continue;
    if (flow.kind === 'commitment') cell.committed += value;
    else cell.disbursed += value;
  }
  const list = [...cells.values()];
  const funded = list.filter((cell) => cell.committed > 0 || cell.disbursed > 0);
  return {
    cells: list,
    committed: list.reduce((sum, cell) => sum + cell.committed, 0),
    disbursed: list.reduce((sum, cell) => sum + cell.disbursed, 0),
    funded: funded.map((cell) => cell.funderId),
  };
}

/**
 * Several funders in one place are a possible duplication unless one mechanism that covers the place
 * (one of its items, or one of its flows' purpose codes) has at least two of them as members.
 */
export function duplicationReason(
  fundedBy: readonly string[],
  placeItems: ReadonlySet<string>,
  purposeCodes: ReadonlySet<string>,
  mechanisms: readonly CoverageMechanism[],
): Reason | null {
  if (fundedBy.length < 2) return null;
  const covering = mechanisms.filter(
    (m) =>
      m.planItemIds.some((id) => placeItems.has(id)) || m.purposeCodes.some((code) => purposeCodes.has(code)),
  );
  const shared = (m: CoverageMechanism) => fundedBy.filter((id) => m.memberFunderIds.includes(id)).length;
  if (covering.some((m) => shared(m) >= 2)) return null;
  if (covering.length === 0)
    return { key: 'coverage.duplication.noMechanism', params: { funders: fundedBy.length } };
  const best = [...covering].sort((a, b) => shared(b) - shared(a))[0];
  return {
    key: 'coverage.duplication.tooFewMembers',
    params: { funders: fundedBy.length, mechanism: best.name, members: shared(best) },
  };
}

const codesOf = (flows: readonly Counted[]) =>
  new Set(flows.map(({ flow }) => flow.purposeCode).filter((code): code is string => !!code));

export function coverageMatrix(input: CoverageInput): CoverageMatrix {
  const gapThreshold = input.gapThreshold ?? DEFAULT_GAP_THRESHOLD;
  const funderIds = input.funders.map((funder) => funder.id);
  const tree = new ItemTree(input.items);
  const { counted, ratesUsed, missingRates } = convertFlows(input);
  const rows: CoverageRow[] = [];

  const needItems = new Map<string, Set<string>>();
  for (const link of input.itemNeeds) {
    const set = needItems.get(link.needId) ?? new Set<string>();
    set.add(link.itemId);
    needItems.set(link.needId, set);
  }
  const needsOfFlow = (flow: CoverageFlow) => {
    if (!flow.planItemId) return new Set<string>();
    const line = new Set(tree.lineage(flow.planItemId));
    return new Set(input.itemNeeds.filter((link) => line.has(link.itemId)).map((link) => link.needId));
  };
  const flowNeeds = new Map(counted.map(({ flow }) => [flow.id, needsOfFlow(flow)]));
  const priorityOf = (need: CoverageNeed) => need.severity * need.importance;
  const needs = [...input.needs].sort(
    (a, b) => priorityOf(b) - priorityOf(a) || a.title.localeCompare(b.title),
  );
  for (const need of needs) {
    const flows = counted.filter(({ flow }) => flowNeeds.get(flow.id)?.has(need.id));
    const sums = sumCells(funderIds, flows);
    const place = new Set<string>();
    for (const itemId of needItems.get(need.id) ?? []) {
      for (const id of tree.subtree(itemId)) place.add(id);
      for (const id of tree.lineage(itemId)) place.add(id);
    }
    const priority = priorityOf(need);
    rows.push({
      kind: 'need',
      id: need.id,
      label: need.title,
      priority,
      cells: sums.cells,
      committed: sums.committed,
      disbursed: sums.disbursed,
      funderCount: sums.funded.length,
      gap:
        priority >= gapThreshold && sums.funded.length === 0
          ? { key: 'coverage.gap.unfunded', params: { priority, threshold: gapThreshold } }
          : null,
      duplication: duplicationReason(sums.funded, place, codesOf(flows), input.mechanisms),
    });
  }

  const inAreas = new Set<string>();
  for (const root of input.planId ? tree.roots(input.planId) : []) {
    const place = tree.subtree(root.id);
    const flows = counted.filter(({ flow }) => flow.planItemId && place.has(flow.planItemId));
    for (const { flow } of flows) inAreas.add(flow.id);
    const sums = sumCells(funderIds, flows);
    rows.push({
      kind: 'area',
      id: root.id,
      label: `${root.code} ${root.name}`,
      priority: null,
      cells: sums.cells,
      committed: sums.committed,
      disbursed: sums.disbursed,
      funderCount: sums.funded.length,
      gap: null,
      duplication: duplicationReason(sums.funded, place, codesOf(flows), input.mechanisms),
    });
  }

  // Flows outside the plan's areas (no item, or an item of another plan) stay visible by purpose code.
  const byCode = new Map<string, Counted[]>();
  for (const entry of counted) {
    if (inAreas.has(entry.flow.id)) continue;
    const code = entry.flow.purposeCode ?? '';
    byCode.set(code, [...(byCode.get(code) ?? []), entry]);
  }
  for (const [code, flows] of [...byCode.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const sums = sumCells(funderIds, flows);
    rows.push({
      kind: 'unlinked',
      id: code,
      label: code,
      priority: null,
      cells: sums.cells,
      committed: sums.committed,
      disbursed: sums.disbursed,
      funderCount: sums.funded.length,
      gap: null,
      duplication: code ? duplicationReason(sums.funded, new Set(), new Set([code]), input.mechanisms) : null,
    });
  }

  const visible = (funderId: string) => !input.visibleFunderIds || input.visibleFunderIds.has(funderId);
  const shownFunders = input.funders.filter((funder) => visible(funder.id));
  return {
    currency: input.currency,
    gapThreshold,
    funders: shownFunders.map(({ id, name }) => ({ id, name })),
    rows: input.visibleFunderIds ? rows.map((row) => withVisibleCells(row, visible)) : rows,
    ratesUsed,
    missingRates,
    hiddenFunderCount: input.funders.length - shownFunders.length,
  };
}

/** A row with only the cells the reader may see, its totals summed from those. */
function withVisibleCells(row: CoverageRow, visible: (funderId: string) => boolean): CoverageRow {
  const cells = row.cells.filter((cell) => visible(cell.funderId));
  return {
    ...row,
    cells,
    committed: cells.reduce((sum, cell) => sum + cell.committed, 0),
    disbursed: cells.reduce((sum, cell) => sum + cell.disbursed, 0),
  };
}
