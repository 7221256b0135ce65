import type { CSSProperties } from 'react';

/**
 * The first cell of every row of a wide table: it stays in view while the other columns scroll
 * sideways inside `Table.ScrollContainer` (logical properties, so it holds on the right in Arabic).
 */
export const STICKY_FIRST_CELL: CSSProperties = {
  position: 'sticky',
  insetInlineStart: 0,
  zIndex: 1,
  backgroundColor: 'var(--mantine-color-body)',
  borderInlineEnd: '1px solid var(--mantine-color-gray-3)',
  minWidth: 120,
  maxWidth: 'min(45vw, 360px)',
  overflowWrap: 'anywhere',
};

/** Props for a wide table's `Table.ScrollContainer`: native scrolling, found by the browser tests. */
export const WIDE_TABLE_SCROLL = { type: 'native', 'data-scroll-container': 'table' } as const;

/**
 * Mantine `styles` for a badge that keeps its whole label: Mantine's badge clips its text with "…" as
 * soon as a table column or a flex row squeezes it; this one never shrinks below its text.
 */
export const WHOLE_BADGE_STYLES = {
  root: { overflow: 'visible', minWidth: 'max-content' },
  label: { overflow: 'visible', textOverflow: 'clip' },
} as const;
