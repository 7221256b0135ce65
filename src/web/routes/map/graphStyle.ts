import type cytoscape from 'cytoscape';
import type { CategoryGroup } from '../../../core/sector-map/categories';
import type { RelationType } from '../../../core/sector-map/relations';
import { GROUP_COLORS } from './useSectorLabels';

/** Shapes as well as colours, so the groups stay apart for colour-blind readers and in print. */
export const GROUP_SHAPES: Record<CategoryGroup, cytoscape.Css.NodeShape> = {
  force_bearing: 'hexagon',
  management_oversight: 'round-rectangle',
  justice: 'diamond',
  non_statutory: 'triangle',
  civil_society: 'ellipse',
  international: 'octagon',
};

/**
 * How each relation type is drawn. Colours from the Okabe–Ito palette, which stays distinct for
 * colour-blind readers, and each type has its own line pattern (and arrow) too, so it reads in grey print.
 * `dash` is the pattern of dashes and gaps in pixels; null draws a solid line.
 */
export const EDGE_STYLES: Record<
  RelationType,
  { color: string; dash: number[] | null; width: number; arrow: cytoscape.Css.ArrowShape }
> = {
  command: { color: '#000000', dash: null, width: 3, arrow: 'triangle' },
  oversight: { color: '#0072B2', dash: [9, 4], width: 2.5, arrow: 'tee' },
  funding: { color: '#009E73', dash: [2, 3], width: 2.5, arrow: 'triangle' },
  coordination: { color: '#E69F00', dash: [10, 3, 2, 3], width: 2, arrow: 'none' },
  reporting: { color: '#D55E00', dash: [4, 3], width: 1.5, arrow: 'vee' },
  legal_mandate: { color: '#CC79A7', dash: [12, 3, 2, 3, 2, 3], width: 2, arrow: 'diamond' },
};

/** Names are drawn only once they are at least this large on screen; nearer, or on a tap, they show. */
export const MIN_LABEL_SIZE = 7;

export const LAYOUTS = ['cose', 'breadthfirst', 'concentric', 'circle'] as const;
export type GraphLayout = (typeof LAYOUTS)[number];

/** The smallest area the drawing is spread over: on a phone it is larger than the canvas, and zoomed out to fit. */
export const MIN_DRAWING = { w: 720, h: 560 } as const;

/**
 * Layout settings. The drawing is spread over the canvas (`size`), or over `MIN_DRAWING` when the canvas
 * is smaller, and every layout keeps room for the names, so they do not overlap once zoomed in.
 */
export function layoutOptions(name: GraphLayout, size: { w: number; h: number }): cytoscape.LayoutOptions {
  const boundingBox = {
    x1: 0,
    y1: 0,
    w: Math.max(size.w, MIN_DRAWING.w),
    h: Math.max(size.h, MIN_DRAWING.h),
  };
  const common = { animate: false, boundingBox, nodeDimensionsIncludeLabels: true } as const;
  switch (name) {
    case 'breadthfirst':
      return { name, directed: true, spacingFactor: 1.1, avoidOverlap: true, ...common };
    case 'concentric':
      // the most connected actors in the middle
      return {
        name,
        concentric: (node) => node.degree(false),
        levelWidth: () => 3,
        avoidOverlap: true,
        ...common,
      };
    case 'circle':
      return { name, avoidOverlap: true, ...common };
    default:
      return {
        name: 'cose',
        ...common,
        // spread out: many relations otherwise pull the central actors into one knot
        nodeRepulsion: () => 200000,
        nodeOverlap: 20,
        idealEdgeLength: () => 110,
        edgeElasticity: () => 150,
        gravity: 0.6,
        numIter: 2500,
        componentSpacing: 60,
      };
  }
}

export const GRAPH_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'min-zoomed-font-size': MIN_LABEL_SIZE,
      'text-wrap': 'wrap',
      'text-max-width': '96px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#212529',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  ...(Object.keys(GROUP_COLORS) as CategoryGroup[]).map((group) => ({
    selector: `node[group = "${group}"]`,
    style: { 'background-color': GROUP_COLORS[group], shape: GROUP_SHAPES[group] },
  })),
  // armed actors that lack required oversight
  {
    selector: 'node[?gap]',
    style: { 'border-width': 4, 'border-color': '#fa5252', 'border-style': 'double' },
  },
  {
    selector: 'node:selected',
    style: {
      'overlay-color': '#fab005',
      'overlay-opacity': 0.35,
      'overlay-padding': 6,
      'font-weight': 'bold',
      'z-index': 10,
    },
  },
  // names that would overlap are left out…
  { selector: 'node.crowded', style: { 'text-opacity': 0 } },
  // …but the tapped actor and its neighbours show theirs, at any zoom
  { selector: 'node:selected, node.near', style: { 'min-zoomed-font-size': 0, 'text-opacity': 1 } },
  {
    selector: 'edge',
    style: { 'curve-style': 'bezier', 'arrow-scale': 0.9, 'target-distance-from-node': 2 },
  },
  ...(Object.keys(EDGE_STYLES) as RelationType[]).map((type) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': EDGE_STYLES[type].color,
      'target-arrow-color': EDGE_STYLES[type].color,
      'line-style': EDGE_STYLES[type].dash ? 'dashed' : 'solid',
      ...(EDGE_STYLES[type].dash ? { 'line-dash-pattern': EDGE_STYLES[type].dash } : {}),
      width: EDGE_STYLES[type].width,
      'target-arrow-shape': EDGE_STYLES[type].arrow,
    },
  })),
  { selector: 'edge[status = "weak"]', style: { opacity: 0.75 } },
  { selector: 'edge[status = "planned"], edge[status = "suspended"]', style: { opacity: 0.35 } },
  { selector: '.faded', style: { opacity: 0.12 } },
];
