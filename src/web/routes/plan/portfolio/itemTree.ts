// Pure helpers for the portfolio tree and its forms (no React, unit-tested).
import { type ItemKind, MONTHS_PER, monthLabel, PARENT_KIND } from '../../../../core/planning/portfolio';

interface TreeItem {
  id: string;
  parentId: string | null;
  kind: ItemKind;
  code: string;
}

interface ScheduledItem extends TreeItem {
  duration: number | null;
  startMonth: number | null;
}

/** Codes such as "P2.10" sort after "P2.9". */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
}

/**
 * Depth-first order of the portfolio: each programme, then its projects, each followed by its activities,
 * siblings by code. Items whose parent is missing are shown at the top level rather than lost.
 */
export function itemTree<T extends TreeItem>(items: readonly T[]): { item: T; depth: number }[] {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(item);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => compareCodes(a.code, b.code));
  const rows: { item: T; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const item of children.get(parent) ?? []) {
      if (seen.has(item.id)) continue; // a cycle in bad data must not hang the page
      seen.add(item.id);
      rows.push({ item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  // anything only reachable through a cycle
  for (const item of items) if (!seen.has(item.id)) rows.push({ item, depth: 0 });
  return rows;
}

/** Every item below `id` (children, grandchildren…). */
export function descendantIds(items: readonly TreeItem[], id: string): string[] {
  const result: string[] = [];
  const queue = [id];
  const seen = new Set<string>([id]);
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const item of items) {
      if (item.parentId === current && !seen.has(item.id)) {
        seen.add(item.id);
        result.push(item.id);
        queue.push(item.id);
      }
    }
  }
  return result;
}

/** The items an item of `kind` may sit under (programmes for a project, projects for an activity). */
export function parentCandidates<T extends TreeItem>(
  items: readonly T[],
  kind: ItemKind,
  selfId?: string,
): T[] {
  const parentKind = PARENT_KIND[kind];
  if (parentKind === null) return [];
  const excluded = new Set(selfId ? [selfId, ...descendantIds(items, selfId)] : []);
  return items
    .filter((item) => item.kind === parentKind && !excluded.has(item.id))
    .sort((a, b) => compareCodes(a.code, b.code));
}

/**
 * Scheduled span of every item as month offsets [start, finish): an activity's own start and duration,
 * a project's or programme's from the earliest start to the latest finish of the activities below it.
 */
export function itemSpans(items: readonly ScheduledItem[]): Map<string, { start: number; finish: number }> {
  const spans = new Map<string, { start: number; finish: number }>();
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const item of items) {
    if (item.kind !== 'activity' || item.startMonth === null) continue;
    const span = { start: item.startMonth, finish: item.startMonth + (item.duration ?? 0) };
    let current: ScheduledItem | undefined = item;
    const seen = new Set<string>();
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      const known = spans.get(current.id);
      spans.set(
        current.id,
        known
          ? { start: Math.min(known.start, span.start), finish: Math.max(known.finish, span.finish) }
          : { ...span },
      );
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  return spans;
}

/**
 * The months a span covers, as 'YYYY-MM' labels: first month and last month it runs in.
 * A milestone (start === finish) is one month; `null` when nothing is scheduled.
 */
export function spanMonths(
  startMonth: string,
  span: { start: number; finish: number } | undefined,
): { first: string; last: string } | null {
  if (!span) return null;
  const last = Math.max(span.start, span.finish - 1);
  return { first: monthLabel(startMonth, span.start), last: monthLabel(startMonth, last) };
}

/** "4, 4; 6" → [4, 4, 6]; null when any entry is not a non-negative number or the list is empty. */
export function parseNumberList(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return null;
  const values = parts.map(Number);
  return values.every((value) => Number.isFinite(value) && value >= 0) ? values : null;
}

/** The 'YYYY-MM' month each capacity period starts in, from the plan start. */
export function periodStartMonths(
  startMonth: string,
  period: keyof typeof MONTHS_PER,
  count: number,
): string[] {
  return Array.from({ length: count }, (_, index) => monthLabel(startMonth, index * MONTHS_PER[period]));
}

/** A plan year (12 months from the start): "2027" when the plan starts in January, else "2027/28". */
export function planYearLabel(startMonth: string, index: number): string {
  const first = monthLabel(startMonth, index * 12);
  const year = Number(first.slice(0, 4));
  return first.endsWith('-01') ? String(year) : `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** 'YYYY-MM' of today in the browser's time zone. */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
