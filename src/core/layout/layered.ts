// Layered left-to-right layout: the stages fix the columns, so only the order inside each
// column is chosen, by barycentre sweeps (each node moves towards the mean position of its
// neighbours in the column before/after). O(sweeps * (V log V + E)): cheap at 5,000 nodes,
// unlike a general layered layout (ELK, dagre) that also has to find the layers.
import { STAGES, stageIndex, type SupplyNetwork } from '../model.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Columns shorter than this are never wrapped (the bundled dataset's tallest has 23). */
const MIN_ROWS = 60;
/** Horizontal gap between the sub-columns of a wrapped stage. */
const SUB_GAP = 60;

export interface LayeredOptions {
  readonly columnGap?: number;
  readonly rowGap?: number;
  readonly sweeps?: number;
  /** Spread shorter columns over the tallest one's height (more room for wrapped labels). */
  readonly fill?: boolean;
}

export function layeredLayout(
  network: SupplyNetwork,
  options: LayeredOptions = {},
): Map<string, Point> {
  const { columnGap = 300, rowGap = 40, sweeps = 8, fill = false } = options;
  const columns: string[][] = STAGES.map(() => []);
  const column = new Map<string, number>();
  for (const node of network.nodes) {
    const c = stageIndex(node.stage);
    columns[c]?.push(node.id);
    column.set(node.id, c);
  }
  // Neighbours in the column before (up) and after (down); edges within a column or
  // skipping columns still pull, weighted by flow so that big flows run straighter.
  const prev = new Map<string, { id: string; w: number }[]>();
  const next = new Map<string, { id: string; w: number }[]>();
  for (const e of network.edges) {
    const w = Math.max(e.flow, 1e-9);
    if (!next.has(e.source)) next.set(e.source, []);
    if (!prev.has(e.target)) prev.set(e.target, []);
    next.get(e.source)?.push({ id: e.target, w });
    prev.get(e.target)?.push({ id: e.source, w });
  }
  const rank = new Map<string, number>();
  for (const col of columns) {
    col.sort();
    col.forEach((id, i) => rank.set(id, i / Math.max(1, col.length - 1)));
  }
  const reorder = (col: string[], neighbours: Map<string, { id: string; w: number }[]>) => {
    const key = new Map<string, number>();
    for (const id of col) {
      const list = neighbours.get(id);
      let sum = 0;
      let weight = 0;
      for (const n of list ?? []) {
        sum += (rank.get(n.id) ?? 0) * n.w;
        weight += n.w;
      }
      key.set(id, weight > 0 ? sum / weight : (rank.get(id) ?? 0));
    }
    col.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    col.forEach((id, i) => rank.set(id, i / Math.max(1, col.length - 1)));
  };
  for (let s = 0; s < sweeps; s++) {
    if (s % 2 === 0) for (let c = 1; c < columns.length; c++) reorder(columns[c] ?? [], prev);
    else for (let c = columns.length - 2; c >= 0; c--) reorder(columns[c] ?? [], next);
  }
  // A stage with thousands of nodes would make a column far taller than the graph is wide:
  // wrap it into sub-columns (in order), so the drawing stays about as tall as it is wide.
  const total = network.nodes.length;
  const maxRows = Math.max(MIN_ROWS, Math.ceil(Math.sqrt((total * SUB_GAP) / rowGap)));
  const rows = Math.min(maxRows, Math.max(1, ...columns.map((c) => c.length)));
  const positions = new Map<string, Point>();
  let x = 0;
  columns.forEach((col) => {
    const subColumns = Math.max(1, Math.ceil(col.length / rows));
    const height = Math.min(col.length, rows);
    const gap = fill && height > 1 ? ((rows - 1) * rowGap) / (height - 1) : rowGap;
    const offset = fill && height > 1 ? 0 : ((rows - height) * rowGap) / 2;
    col.forEach((id, i) => {
      const sub = Math.floor(i / rows);
      positions.set(id, { x: x + sub * SUB_GAP, y: offset + (i % rows) * gap });
    });
    x += (subColumns - 1) * SUB_GAP + columnGap;
  });
  return positions;
}
