// Edits a user makes to a dataset in the app, as data: kept in the undo history and replayed
// over the dataset as opened. An edit is checked by the loader's own rules (schema and
// references) before it is kept, and a refusal names the field, so a form can show it there.
import { loadDataset } from './loadDataset.ts';
import type { Dataset, DatasetEdge, DatasetNode, Source } from './schema.ts';

export type DatasetEdit =
  /** A node added (`id` null) or replaced; a new id renames it in its flows too. */
  | { readonly type: 'put-node'; readonly id: string | null; readonly node: DatasetNode }
  | { readonly type: 'delete-node'; readonly id: string }
  /** A flow added (`index` null) or replaced. */
  | { readonly type: 'put-edge'; readonly index: number | null; readonly edge: DatasetEdge }
  | { readonly type: 'delete-edge'; readonly index: number }
  | { readonly type: 'put-source'; readonly id: string | null; readonly source: Source };

/** `list` with `item` added at the end (`at` null) or in place of the entry `isAt` picks. */
function put<T>(
  list: readonly T[],
  item: T,
  at: unknown,
  isAt: (entry: T, index: number) => boolean,
): T[] {
  return at === null ? [...list, item] : list.map((x, i) => (isAt(x, i) ? item : x));
}

export function applyEdit(d: Dataset, edit: DatasetEdit): Dataset {
  switch (edit.type) {
    case 'put-node': {
      if (edit.id === null) return { ...d, nodes: [...d.nodes, edit.node] };
      const from = edit.id;
      const to = edit.node.id;
      const rename = (id: string) => (id === from ? to : id);
      return {
        ...d,
        nodes: d.nodes.map((n) => (n.id === from ? edit.node : n)),
        edges:
          from === to
            ? d.edges
            : d.edges.map((e) => ({ ...e, source: rename(e.source), target: rename(e.target) })),
      };
    }
    case 'delete-node':
      return {
        ...d,
        nodes: d.nodes.filter((n) => n.id !== edit.id),
        edges: d.edges.filter((e) => e.source !== edit.id && e.target !== edit.id),
      };
    case 'put-edge':
      return { ...d, edges: put(d.edges, edit.edge, edit.index, (_, i) => i === edit.index) };
    case 'delete-edge':
      return { ...d, edges: d.edges.filter((_, i) => i !== edit.index) };
    case 'put-source':
      return { ...d, sources: put(d.sources, edit.source, edit.id, (s) => s.id === edit.id) };
  }
}

export function applyEdits(base: Dataset, edits: readonly DatasetEdit[]): Dataset {
  return edits.reduce(applyEdit, base);
}

export type EditCheck =
  | { ok: true; dataset: Dataset }
  | {
      ok: false;
      /** Field name → message, for the edited node, flow or source. */
      fields: Readonly<Record<string, string>>;
      /** Problems elsewhere the edit would cause (e.g. a preset naming a deleted node). */
      others: readonly string[];
    };

/** The edit applied and checked as the loader checks a file. */
export function checkEdit(d: Dataset, edit: DatasetEdit): EditCheck {
  const next = applyEdit(d, edit);
  const loaded = loadDataset(next);
  if (loaded.ok) return { ok: true, dataset: loaded.dataset };
  const prefix =
    edit.type === 'put-node'
      ? `nodes[${edit.id === null ? next.nodes.length - 1 : next.nodes.findIndex((n) => n.id === edit.node.id)}]`
      : edit.type === 'put-edge'
        ? `edges[${edit.index ?? next.edges.length - 1}]`
        : edit.type === 'put-source'
          ? `sources[${edit.id === null ? next.sources.length - 1 : next.sources.findIndex((s) => s.id === edit.source.id)}]`
          : undefined;
  const fields: Record<string, string> = {};
  const others: string[] = [];
  for (const error of loaded.errors) {
    if (prefix !== undefined && error.startsWith(prefix)) {
      const rest = error.slice(prefix.length);
      const m = /^\.?([A-Za-z]+)?[^:]*:\s*(.*)$/s.exec(rest);
      const field = m?.[1] ?? '';
      if (!(field in fields)) fields[field] = m?.[2] ?? rest;
    } else others.push(error);
  }
  return { ok: false, fields, others };
}

/** Figures with no source: allowed while drafting, flagged in Details, exports and a badge. */
export function unsourcedFigures(d: Dataset): { nodes: string[]; edges: number[] } {
  const none = (s: readonly string[] | undefined) => s === undefined || s.length === 0;
  const nodes = d.nodes
    .filter(
      (n) =>
        none(n.sources) &&
        ((n.capacity !== undefined && n.capacity !== null) ||
          (n.production !== undefined && n.production !== null)),
    )
    .map((n) => n.id);
  const edges = d.edges.flatMap((e, i) => (none(e.sources) ? [i] : []));
  return { nodes, edges };
}
