// Which names the sector graph may draw without two of them overlapping. Cytoscape scales names with
// the drawing, so an overlap seen at one zoom is there at every zoom: it is settled once, after layout.

export interface LabelBox {
  id: string;
  /** An actor's name and its shape share an owner, and may touch each other. */
  owner?: string;
  /** Higher first: the best-connected actors keep their names. */
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: LabelBox, b: LabelBox, gap: number) =>
  (a.owner === undefined || a.owner !== b.owner) &&
  a.x1 < b.x2 + gap &&
  b.x1 < a.x2 + gap &&
  a.y1 < b.y2 + gap &&
  b.y1 < a.y2 + gap;

/**
 * The names to leave out: going from the highest priority down (ties by id, so the answer is stable),
 * a name is kept only if it stays `gap` away from every name kept before it.
 */
export function crowdedLabels(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const kept: LabelBox[] = [];
  const crowded = new Set<string>();
  for (const box of order) {
    if (kept.some((other) => overlaps(box, other, gap))) crowded.add(box.id);
    else kept.push(box);
  }
  return crowded;
}
