// The one way into the app and the CLI for a dataset: text or parsed JSON in, a complete
// validated Dataset or a list of errors out. Never a half-loaded graph.
import { datasetSchema, type Dataset, type DatasetNode } from './schema.ts';
import { capErrors, formatZodIssues } from './errors.ts';
import { parseJson } from './parseJson.ts';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** Larger files are refused before parsing: far beyond any supply network we draw. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

export interface LoadOptions {
  /** Title used when the file has none (e.g. its file name). */
  readonly fallbackTitle?: string;
}

export function loadDatasetText(text: string, options: LoadOptions = {}): LoadResult {
  if (text.length > MAX_DATASET_BYTES) {
    const mb = (text.length / 1024 / 1024).toFixed(0);
    return { ok: false, errors: [`file too large: ${mb} MB (the limit is 64 MB)`] };
  }
  if (text.trim() === '') return { ok: false, errors: ['empty file: there is no data in it'] };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  return loadDataset(json.value, options);
}

export function loadDataset(raw: unknown, options: LoadOptions = {}): LoadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      errors: ['(top level): expected an object with "nodes" and "edges"'],
    };
  }
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: capErrors(formatZodIssues(parsed.error.issues, raw)) };
  }
  const data = parsed.data;
  const errors = checkReferences(data);
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };

  const nodes: DatasetNode[] = data.nodes.map((n) => ({ ...n, label: n.label ?? n.id }));
  return {
    ok: true,
    dataset: {
      format: data.format,
      schemaVersion: data.schemaVersion,
      title: data.title ?? options.fallbackTitle ?? 'Untitled dataset',
      description: data.description,
      year: data.year,
      sources: data.sources,
      nodes,
      edges: data.edges,
    },
  };
}

type Parsed = ReturnType<typeof datasetSchema.parse>;

function checkReferences(data: Parsed): string[] {
  const errors: string[] = [];
  const sourceIds = new Set<string>();
  data.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) errors.push(`sources[${i}].id: duplicate source id "${s.id}"`);
    sourceIds.add(s.id);
  });
  const checkSources = (where: string, ids: readonly string[] | undefined) => {
    ids?.forEach((id, j) => {
      if (!sourceIds.has(id)) errors.push(`${where}.sources[${j}]: unknown source "${id}"`);
    });
  };

  const nodeIds = new Set<string>();
  data.nodes.forEach((n, i) => {
    if (nodeIds.has(n.id)) errors.push(`nodes[${i}].id: duplicate node id "${n.id}"`);
    nodeIds.add(n.id);
    checkSources(`nodes[${i}]`, n.sources);
  });

  const edgeKeys = new Set<string>();
  data.edges.forEach((e, i) => {
    if (!nodeIds.has(e.source)) errors.push(`edges[${i}].source: unknown node "${e.source}"`);
    if (!nodeIds.has(e.target)) errors.push(`edges[${i}].target: unknown node "${e.target}"`);
    if (e.source === e.target) errors.push(`edges[${i}]: "${e.source}" cannot supply itself`);
    const key = `${e.source}\u0000${e.target}\u0000${e.material ?? ''}`;
    if (edgeKeys.has(key)) {
      const what = e.material === undefined ? '' : ` of ${e.material}`;
      errors.push(`edges[${i}]: duplicate flow${what} from "${e.source}" to "${e.target}"`);
    }
    edgeKeys.add(key);
    if (e.estimate !== undefined && (e.flow < e.estimate.low || e.flow > e.estimate.high)) {
      errors.push(
        `edges[${i}].flow: ${e.flow} lies outside its estimate range ${e.estimate.low}–${e.estimate.high}`,
      );
    }
    checkSources(`edges[${i}]`, e.sources);
  });
  return errors;
}
