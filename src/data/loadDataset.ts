// The one way into the app and the CLI for a dataset: text or parsed JSON in, a complete
// validated Dataset (in the current format, whatever version the file was written in) or a list
// of errors out. Never a half-loaded graph.
import type { Dataset, DatasetNode, RawDataset } from './schema.ts';
import { capErrors } from './errors.ts';
import { parseAnyVersion } from './migrations.ts';
import { parseJson } from './parseJson.ts';
import { checkReferences } from './references.ts';

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
  const parsed = parseAnyVersion(raw);
  if (!parsed.ok) return { ok: false, errors: capErrors(parsed.errors) };
  const data = parsed.data;
  const errors = checkReferences(data);
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  return { ok: true, dataset: datasetOf(data, options) };
}

/** The Dataset of content that has passed the schema and checkReferences. */
export function datasetOf(data: RawDataset, options: LoadOptions = {}): Dataset {
  const nodes: DatasetNode[] = data.nodes.map((n) => ({ ...n, label: n.label ?? n.id }));
  return {
    format: data.format,
    schemaVersion: data.schemaVersion,
    title: data.title ?? options.fallbackTitle ?? 'Untitled dataset',
    description: data.description,
    year: data.year,
    basis: data.basis,
    licence: data.licence,
    sources: data.sources,
    materials: data.materials,
    nodes,
    edges: data.edges,
    scenarios: data.scenarios,
    stories: data.stories,
  };
}
