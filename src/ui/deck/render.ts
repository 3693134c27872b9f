// A step's graph as a picture, drawn off screen as the export draws it: the step's scenario and
// view on a cytoscape instance of its own (never the one the user sees), framed with the legend,
// the shortfall scale and the what-if key, sized to the slide's picture box.
import type { BaselineAnalysis, ScenarioResult } from '../../core/analysis/index.ts';
import { layeredLayout } from '../../core/layout/layered.ts';
import type { Dataset } from '../../data/schema.ts';
import type { AppDocument } from '../../state/document.ts';
import { organicLayoutInWorker } from '../../state/workerClients.ts';
import { exportPng } from '../export/exportImage.ts';
import { buildFrame, footerHeight, frameUnit, headerHeight } from '../export/frame.ts';
import { createCytoscape } from '../graph/cytoscapeView.ts';
import { declutterLabels } from '../graph/declutter.ts';
import { computeDecor } from '../graph/decor.ts';
import { graphStyle } from '../graph/style.ts';
import { elements, isLarge } from '../graph/useGraphInstance.ts';
import { LAYERED, type Positions } from '../graph/useLayoutPositions.ts';
import { drawnAnalysis } from '../results/drawn.ts';
import type { Box } from './layout.ts';

/** Pixels an inch of slide at 1x; the picture is drawn at twice that. */
export const PIXELS_PER_INCH = 100;
const FIT_PADDING = 12;

/** The layouts a deck needs, each worked out once. The map is drawn as the layered network. */
export function layoutCache(dataset: Dataset) {
  const layered = layeredLayout(dataset, LAYERED);
  let organic: Promise<Positions> | null = null;
  const stops: (() => void)[] = [];
  return {
    positions(layout: string): Promise<Positions> {
      if (layout !== 'organic') return Promise.resolve(layered);
      organic ??= organicPositions(dataset, layered, stops);
      return organic;
    },
    stop: () => stops.forEach((stop) => stop()),
  };
}

function organicPositions(
  dataset: Dataset,
  layered: Positions,
  stops: (() => void)[],
): Promise<Positions> {
  const ids = dataset.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const seed = new Float64Array(2 * ids.length);
  ids.forEach((id, i) => {
    const p = layered.get(id);
    seed[2 * i] = (p?.x ?? 0) + ((i * 7919) % 97); // as the explorer seeds it
    seed[2 * i + 1] = p?.y ?? 0;
  });
  const edges = dataset.edges.map(
    (e) => [index.get(e.source) ?? 0, index.get(e.target) ?? 0, e.flow] as const,
  );
  const run = organicLayoutInWorker({ ids, seed, edges });
  stops.push(run.cancel);
  return run.positions.then(
    (flat) => new Map(ids.map((id, i) => [id, { x: flat[2 * i] ?? 0, y: flat[2 * i + 1] ?? 0 }])),
    () => layered, // the layered positions stand in, as in the explorer
  );
}

export interface StepPicture {
  readonly dataset: Dataset;
  readonly baseline: BaselineAnalysis;
  readonly result: ScenarioResult | null;
  readonly doc: AppDocument;
  readonly positions: Positions;
  /** Nodes the step zooms to (all when empty). */
  readonly zoomTo: readonly string[];
  readonly box: Box;
}

/** The step's picture as PNG, `box` in inches at PIXELS_PER_INCH, drawn at 2x. */
export async function renderStep(step: StepPicture): Promise<Blob> {
  const { dataset, doc } = step;
  const drawn = drawnAnalysis(dataset, step.baseline, step.result, doc.view.sizeBy);
  const decor = computeDecor(dataset, doc.view, drawn);
  const width = Math.round(step.box.w * PIXELS_PER_INCH);
  const height = Math.round(step.box.h * PIXELS_PER_INCH);
  const frame = buildFrame({
    dataset,
    scenarioText: '',
    legendTitle: decor.legend.title,
    legend: decor.legend.entries,
    shortfall: decor.shortfall,
    width,
    bare: true,
  });
  const unit = frameUnit(width);
  const graphH =
    height -
    Math.ceil(headerHeight(frame) * unit) -
    Math.ceil(footerHeight(frame, width / unit) * unit);
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.className = 'deck-canvas';
  Object.assign(box.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${width}px`,
    height: `${Math.max(100, graphH)}px`,
    pointerEvents: 'none',
  });
  document.body.append(box);
  const large = isLarge(dataset);
  const cy = createCytoscape(
    box,
    {
      elements: elements(dataset, step.positions, decor),
      style: graphStyle(large),
      pixelRatio: 1,
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
    },
    false,
  );
  try {
    if (doc.view.layout === 'organic') {
      const selected = doc.view.selection?.type === 'node' ? [doc.view.selection.id] : [];
      declutterLabels(cy, new Set(selected));
    }
    const zoom = cy.nodes().filter((n) => step.zoomTo.includes(n.id()));
    cy.fit(zoom.length > 0 ? zoom : cy.elements(':visible'), FIT_PADDING);
    return await exportPng(cy, frame, { full: false, scale: 2, transparent: false });
  } finally {
    cy.destroy();
    box.remove();
  }
}
