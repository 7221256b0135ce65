import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphEdge, GraphNode } from '../../api/sectorMap';
import { GRAPH_STYLE, type GraphLayout, layoutOptions } from './graphStyle';
import { crowdedLabels, type LabelBox } from './labelPlacement';

interface SectorGraphProps {
  nodes: GraphNode[];
  edges: GraphEdge[];
  layout: GraphLayout;
  selectedId: string | null;
  labelOf: (node: GraphNode) => string;
  onSelect: (actorId: string | null) => void;
  label: string;
}

/** Marks the selected actor and fades everything outside its neighbourhood. */
function highlight(instance: cytoscape.Core, selectedId: string | null) {
  // the side panel may have just opened or closed: centre within the canvas as it is now
  instance.resize();
  instance.elements().removeClass('faded near').unselect();
  if (!selectedId) return;
  const node = instance.getElementById(selectedId);
  if (node.empty()) return;
  node.select();
  node.neighborhood('node').addClass('near');
  instance.elements().not(node.closedNeighborhood()).addClass('faded');
  instance.animate({ center: { eles: node } }, { duration: 250 });
}

/**
 * Leaves out the names that would overlap another name or an actor (the best-connected actors keep
 * theirs); a left-out name shows when its actor, or a neighbour, is selected. Returns how many.
 */
function settleLabels(instance: cytoscape.Core): number {
  const nodes = instance.nodes();
  nodes.removeClass('crowded');
  const boxes: LabelBox[] = [];
  nodes.forEach((node) => {
    const body = node.boundingBox({ includeLabels: false });
    const label = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    const owner = node.id();
    boxes.push({ id: `shape:${owner}`, owner, priority: Number.MAX_SAFE_INTEGER, ...body });
    if (label.w > 0) boxes.push({ id: owner, owner, priority: node.degree(false), ...label });
  });
  const crowded = crowdedLabels(boxes);
  nodes.filter((node) => crowded.has(node.id())).addClass('crowded');
  return nodes.filter((node) => crowded.has(node.id())).length;
}

/**
 * The Cytoscape.js canvas. Loaded on demand (the library is large and most pages never need it);
 * the page around it offers the same selection by keyboard.
 */
export default function SectorGraph({
  nodes,
  edges,
  layout,
  selectedId,
  labelOf,
  onSelect,
  label,
}: SectorGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  // read when the elements are rebuilt, without rebuilding them on every selection
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      style: GRAPH_STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    instance.on('tap', 'node', (event) => select.current(event.target.id()));
    instance.on('tap', (event) => {
      if (event.target === instance) select.current(null);
    });
    cy.current = instance;
    // the side panel opening narrows the canvas: Cytoscape must be told
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const visible = new Set(nodes.map((node) => node.id));
    instance.batch(() => {
      instance.elements().remove();
      instance.add([
        ...nodes.map((node) => ({
          group: 'nodes' as const,
          data: {
            id: node.id,
            label: labelOf(node),
            group: node.group,
            gap: node.missingOversight.length > 0,
          },
        })),
        ...edges
          .filter((edge) => visible.has(edge.source) && visible.has(edge.target))
          .map((edge) => ({
            group: 'edges' as const,
            data: {
              id: edge.id,
              source: edge.source,
              target: edge.target,
              type: edge.type,
              status: edge.status,
            },
          })),
      ]);
    });
    instance.layout(layoutOptions(layout, { w: instance.width(), h: instance.height() })).run();
    instance.fit(undefined, 20);
    if (container.current) container.current.dataset.crowdedLabels = String(settleLabels(instance));
    highlight(instance, selectedRef.current);
  }, [nodes, edges, layout, labelOf]);

  useEffect(() => {
    if (cy.current) highlight(cy.current, selectedId);
  }, [selectedId]);

  return (
    <div
      ref={container}
      data-testid="sector-graph"
      dir="ltr"
      role="img"
      aria-label={label}
      style={{
        width: '100%',
        height: 'min(70vh, 640px)',
        minHeight: 360,
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 8,
        background: '#fff',
      }}
    />
  );
}
