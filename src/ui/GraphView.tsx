// cytoscape is a view: it is rebuilt from the dataset and never holds the model's truth.
import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { Dataset } from '../data/schema.ts';
import { layeredLayout } from '../core/layout/layered.ts';
import { STAGE_COLOURS } from './palette.ts';

declare global {
  interface Window {
    /** The live cytoscape instance, for the browser tests and the console. */
    chokepoint?: { cy: Core };
  }
}

function toElements(dataset: Dataset): ElementDefinition[] {
  const positions = layeredLayout(dataset);
  const maxFlow = Math.max(1e-9, ...dataset.edges.map((e) => e.flow));
  const nodes: ElementDefinition[] = dataset.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.label, stage: n.stage, colour: STAGE_COLOURS[n.stage] },
    position: { ...(positions.get(n.id) ?? { x: 0, y: 0 }) },
  }));
  const edges: ElementDefinition[] = dataset.edges.map((e, i) => ({
    group: 'edges',
    data: {
      id: `e${i}`,
      source: e.source,
      target: e.target,
      flow: e.flow,
      width: 1 + 9 * Math.sqrt(e.flow / maxFlow),
    },
  }));
  return [...nodes, ...edges];
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 6,
      width: 18,
      height: 18,
      'border-width': 1,
      'border-color': '#333',
      color: '#1a1a1a',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa4ae',
      'target-arrow-color': '#9aa4ae',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.7,
      'curve-style': 'bezier',
      opacity: 0.75,
    },
  },
];

export function GraphView({ dataset }: { dataset: Dataset }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (container.current === null) return undefined;
    const cy = cytoscape({
      container: container.current,
      elements: toElements(dataset),
      style: STYLE,
      layout: { name: 'preset', fit: true, padding: 40 },
      wheelSensitivity: 0.3,
    });
    window.chokepoint = { cy };
    return () => {
      cy.destroy();
      delete window.chokepoint;
    };
  }, [dataset]);
  return (
    <div
      ref={container}
      className="graph"
      data-testid="graph"
      aria-label="Supply chain graph"
      role="img"
    />
  );
}
