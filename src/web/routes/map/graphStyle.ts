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

/** How each relation type is drawn: oversight dashed, command solid and strong, funding dotted… */
export const EDGE_STYLES: Record<
  RelationType,
  { color: string; line: 'solid' | 'dashed' | 'dotted'; width: number; arrow: cytoscape.Css.ArrowShape }
> = {
  command: { color: '#343a40', line: 'solid', width: 3, arrow: 'triangle' },
  oversight: { color: '#1c7ed6', line: 'dashed', width: 2.5, arrow: 'tee' },
  funding: { color: '#2f9e44', line: 'dotted', width: 2.5, arrow: 'triangle' },
  coordination: { color: '#adb5bd', line: 'solid', width: 1.5, arrow: 'none' },
  reporting: { color: '#868e96', line: 'solid', width: 1, arrow: 'vee' },
  legal_mandate: { color: '#9c36b5', line: 'dashed', width: 1.5, arrow: 'diamond' },
};

export const LAYOUTS = ['cose', 'breadthfirst', 'concentric', 'circle'] as const;
export type GraphLayout = (typeof LAYOUTS)[number];

/** Layout settings; the drawing is spread over the canvas (`size`) so labels stay readable. */
export function layoutOptions(name: GraphLayout, size: { w: number; h: number }): cytoscape.LayoutOptions {
  const boundingBox = { x1: 0, y1: 0, w: size.w, h: size.h };
  switch (name) {
    case 'breadthfirst':
      return { name, directed: true, spacingFactor: 1.1, animate: false, boundingBox };
    case 'concentric':
      // the most connected actors in the middle
      return {
        name,
        concentric: (node) => node.degree(false),
        levelWidth: () => 3,
        animate: false,
        boundingBox,
      };
    case 'circle':
      return { name, animate: false, boundingBox };
    default:
      return {
        name: 'cose',
        animate: false,
        boundingBox,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 30000,
        idealEdgeLength: () => 80,
        gravity: 1,
        numIter: 2000,
        componentSpacing: 40,
      };
  }
}

export const GRAPH_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
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
    style: { 'overlay-color': '#fab005', 'overlay-opacity': 0.35, 'overlay-padding': 6 },
  },
  {
    selector: 'edge',
    style: { 'curve-style': 'bezier', 'arrow-scale': 0.9, 'target-distance-from-node': 2 },
  },
  ...(Object.keys(EDGE_STYLES) as RelationType[]).map((type) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': EDGE_STYLES[type].color,
      'target-arrow-color': EDGE_STYLES[type].color,
      'line-style': EDGE_STYLES[type].line,
      width: EDGE_STYLES[type].width,
      'target-arrow-shape': EDGE_STYLES[type].arrow,
    },
  })),
  { selector: 'edge[status = "weak"]', style: { opacity: 0.75 } },
  { selector: 'edge[status = "planned"], edge[status = "suspended"]', style: { opacity: 0.35 } },
  { selector: '.faded', style: { opacity: 0.12 } },
];
