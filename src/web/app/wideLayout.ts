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
 * Mantine `styles` for a badge that keeps its whole label: it never shrinks below its text in a
 * narrow column (Mantine's badge clips and adds "…"), and a long label wraps instead.
 */
export const WHOLE_BADGE_STYLES = {
  root: {
    overflow: 'visible',
    height: 'auto',
    minHeight: 'var(--badge-height)',
    lineHeight: 1.3,
    paddingBlock: 2,
    whiteSpace: 'normal',
  },
  label: { overflow: 'visible', whiteSpace: 'normal', textOverflow: 'clip' },
} as const;
