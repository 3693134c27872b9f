// How each node and edge is drawn, computed from the dataset, the view and the analysis.
// The legend is built from the same decor, so it always matches what is drawn.
import type { ElementDefinition } from 'cytoscape';
import type { Dataset } from '../../data/schema.ts';
import { STAGES, STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import { ownValue } from '../../core/lookup.ts';
import { neighbourhood, reach } from '../../core/neighbourhood.ts';
import type { ViewDoc } from '../../state/document.ts';
import { formatLoss } from '../../core/format.ts';
import {
  BASE_EDGE_COLOUR,
  COUNTRY_COLOURS,
  OTHER_COLOUR,
  SHORTFALL_STEPS,
  STAGE_COLOURS,
  shortfallColour,
} from './palette.ts';
import type { ScenarioDrawing } from './drawing.ts';
import { RULE } from '../kit/colours.ts';

/** What the analysis tells the drawing; absent parts draw as baseline. */
export interface DrawnAnalysis {
  /** Per node, the measure chosen for node size (any scale; normalised here). */
  readonly sizeValues?: Readonly<Record<string, number>> | undefined;
  /** What the scenario changes (from scenarioDrawing); absent or inactive = baseline. */
  readonly scenario?: ScenarioDrawing | undefined;
}

export interface NodeDecor {
  readonly colour: string;
  readonly size: number;
  readonly classes: string;
  /** The drawn label: the node's label, with "−82%" first for an end user that loses. */
  readonly label: string;
}
/** One node of the network as cytoscape draws it with its looks; `more`: further data. */
export function nodeElement(
  id: string,
  label: string,
  d: NodeDecor | undefined,
  position: { readonly x: number; readonly y: number },
  more: Readonly<Record<string, unknown>> = {},
): ElementDefinition {
  return {
    group: 'nodes',
    data: { id, label, ...more, colour: d?.colour ?? RULE.faint, size: d?.size ?? 20 },
    position: { ...position },
    classes: d?.classes ?? '',
  };
}

export interface EdgeDecor {
  /** Width for the scenario's tonnage (the baseline's when no scenario is drawn). */
  readonly width: number;
  /** Width of the faint baseline ghost under it (0 = none). */
  readonly ghost: number;
  readonly colour: string;
  readonly classes: string;
}
export interface LegendEntry {
  readonly colour: string;
  readonly label: string;
}
export interface Decor {
  readonly nodes: ReadonlyMap<string, NodeDecor>;
  readonly edges: readonly EdgeDecor[];
  readonly legend: { readonly title: string; readonly entries: readonly LegendEntry[] };
  /** The numbered shortfall scale, when a scenario is drawn; null at baseline. */
  readonly shortfall: readonly LegendEntry[] | null;
}

/** The shortfall scale as numbered steps: "0%", "0–20%", … "80–100%" of supply lost. */
export const SHORTFALL_LEGEND: readonly LegendEntry[] = SHORTFALL_STEPS.map((f, i, all) => ({
  colour: shortfallColour(f),
  label: i === 0 ? '0%' : `${Math.round((all[i - 1] ?? 0) * 100)}–${Math.round(f * 100)}%`,
}));

/** Edge width for a tonnage: square root, so 100 t and 100,000 t both show. */
export function edgeWidth(flow: number, maxFlow: number): number {
  return flow <= 0 ? 0 : 1 + 11 * Math.sqrt(flow / maxFlow);
}

const MIN_SIZE = 14;
const MAX_SIZE = 46;

function countryColours(dataset: Dataset): Map<string, string> {
  const countryOf = new Map(dataset.nodes.map((n) => [n.id, n.country]));
  const throughput = new Map<string, number>();
  for (const e of dataset.edges) {
    const c = countryOf.get(e.source);
    if (c !== undefined) throughput.set(c, (throughput.get(c) ?? 0) + e.flow);
  }
  const ranked = [...new Set(dataset.nodes.map((n) => n.country))].sort(
    (a, b) => (throughput.get(b) ?? 0) - (throughput.get(a) ?? 0) || a.localeCompare(b),
  );
  return new Map(ranked.map((c, i) => [c, COUNTRY_COLOURS[i] ?? OTHER_COLOUR]));
}

export function visibleNodes(dataset: Dataset, view: ViewDoc): Set<string> {
  const { stages, countries } = view.filters;
  return new Set(
    dataset.nodes
      .filter(
        (n) =>
          (stages.length === 0 || stages.includes(n.stage)) &&
          (countries.length === 0 || countries.includes(n.country)),
      )
      .map((n) => n.id),
  );
}

export function computeDecor(dataset: Dataset, view: ViewDoc, analysis: DrawnAnalysis = {}): Decor {
  const colours = view.colourBy === 'country' ? countryColours(dataset) : null;
  const visible = visibleNodes(dataset, view);
  const focus =
    view.focus === null
      ? null
      : reach(dataset, neighbourhood(dataset), view.focus.node, view.focus.direction);
  const scenario = analysis.scenario?.active === true ? analysis.scenario : null;

  const sizes = analysis.sizeValues;
  const maxSize = sizes === undefined ? 0 : Math.max(0, ...Object.values(sizes));
  const selectedNode = view.selection?.type === 'node' ? view.selection.id : null;

  const nodes = new Map<string, NodeDecor>();
  for (const n of dataset.nodes) {
    const classes: string[] = [];
    if (!visible.has(n.id)) classes.push('filtered');
    if (focus !== null) classes.push(focus.nodes.has(n.id) ? 'in-focus' : 'faded');
    if (n.id === selectedNode) classes.push('selected-node');
    const factor = scenario?.nodeFactor.get(n.id);
    if (factor !== undefined)
      classes.push(factor === 0 ? 'removed' : factor < 1 ? 'cut' : 'raised');
    let colour =
      colours === null ? STAGE_COLOURS[n.stage] : (colours.get(n.country) ?? OTHER_COLOUR);
    let label = n.label;
    const loss = scenario?.endUserLoss.get(n.id);
    if (n.stage === 'end-user' && loss !== undefined) {
      colour = shortfallColour(loss);
      classes.push('shortfall');
      if (loss > 0) {
        label = `${formatLoss(loss)}  ${n.label}`;
        classes.push('loses');
      }
    }
    const v = ownValue(sizes, n.id) ?? 0;
    const size = maxSize > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(v / maxSize) : 20;
    nodes.set(n.id, { colour, size, classes: classes.join(' '), label });
  }

  const maxFlow = Math.max(1e-9, ...dataset.edges.map((e) => e.flow));
  const materials = view.filters.materials;
  const edges = dataset.edges.map((e, i): EdgeDecor => {
    const classes: string[] = [];
    const hidden =
      !visible.has(e.source) ||
      !visible.has(e.target) ||
      (materials.length > 0 && !materials.includes(e.material ?? ''));
    if (hidden) classes.push('filtered');
    if (focus !== null) classes.push(focus.edges.has(i) ? 'in-focus' : 'faded');
    if (view.selection?.type === 'edge' && view.selection.index === i)
      classes.push('selected-edge');
    else if (selectedNode !== null && (e.source === selectedNode || e.target === selectedNode))
      classes.push('selected-flow');
    if (e.flow <= 0) classes.push('zero');
    const base = edgeWidth(e.flow, maxFlow);
    if (scenario === null)
      return { width: base, ghost: 0, colour: BASE_EDGE_COLOUR, classes: classes.join(' ') };
    const loss = scenario.edgeLoss[i] ?? 0;
    const now = scenario.edgeFlow[i] ?? e.flow;
    if (loss > 0) classes.push(loss >= 1 - 1e-9 ? 'lost' : 'reduced');
    return {
      width: edgeWidth(now, maxFlow),
      ghost: loss > 0 ? base : 0,
      colour: loss > 0 ? shortfallColour(loss) : BASE_EDGE_COLOUR,
      classes: classes.join(' '),
    };
  });

  const legend =
    colours === null
      ? {
          title: 'Stages',
          entries: STAGES.map((s) => ({ colour: STAGE_COLOURS[s], label: STAGE_LABELS[s] })),
        }
      : {
          title: 'Countries',
          entries: dedupeOther(
            [...colours].map(([c, colour]) => ({
              colour,
              label: colour === OTHER_COLOUR ? 'Other countries' : countryName(c),
            })),
          ),
        };
  return { nodes, edges, legend, shortfall: scenario === null ? null : SHORTFALL_LEGEND };
}

function dedupeOther(entries: LegendEntry[]): LegendEntry[] {
  const named = entries.filter((e) => e.colour !== OTHER_COLOUR);
  return entries.length > named.length
    ? [...named, { colour: OTHER_COLOUR, label: 'Other countries' }]
    : named;
}
