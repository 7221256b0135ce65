/**
 * Shares `total` between columns in proportion to their weights, but never below each column's
 * minimum (the width of its longest header word, or of its longest number): columns that would be
 * too narrow get their minimum and the others share what is left.
 */
export function fitColumnWidths(
  weights: readonly number[],
  minimums: readonly number[],
  total: number,
): number[] {
  const widths = [...minimums];
  const pinned = new Set<number>();
  for (;;) {
    const free = weights.map((_, index) => index).filter((index) => !pinned.has(index));
    if (free.length === 0) return widths;
    const room = total - [...pinned].reduce((sum, index) => sum + minimums[index], 0);
    const weight = free.reduce((sum, index) => sum + weights[index], 0);
    const tooNarrow = free.filter((index) => (weights[index] / weight) * room < minimums[index]);
    if (tooNarrow.length === 0) {
      for (const index of free) widths[index] = (weights[index] / weight) * room;
      return widths;
    }
    for (const index of tooNarrow) pinned.add(index);
  }
}
