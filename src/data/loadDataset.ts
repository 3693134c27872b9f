// The one way into the app and the CLI for a dataset: text or parsed JSON in, a complete
// validated Dataset (in the current format, whatever version the file was written in) or a list
// of errors out. Never a half-loaded graph.
import type { Dataset, DatasetNode, RawDataset } from './schema.ts';
import { analysable } from './analysable.ts';
import { capErrors } from './errors.ts';
import { parseAnyVersion } from './migrations.ts';
import { parseJson } from './parseJson.ts';
import { checkReferences } from './references.ts';
import { malformedText } from './wellFormed.ts';

export type LoadResult =
  | {
      ok: true;
      dataset: Dataset;
      /** Figures read otherwise than written so the engine can analyse them (analysable.ts). */
      notes: string[];
    }
  | { ok: false; errors: string[] };

/** Larger files are refused before reading: far beyond any supply network we draw. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

/** Why a file of this many bytes is refused before it is read, or null when it may be read. */
export function fileSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_DATASET_BYTES) return null;
  const mb = Math.ceil(bytes / 1024 / 1024);
  return `file too large: ${mb} MB (the limit is ${MAX_DATASET_BYTES / 1024 / 1024} MB)`;
}

/**
 * A file's bytes as text: UTF-8, with or without a byte-order mark, or UTF-16 with one (as some
 * Windows tools save). Anything else that is not valid UTF-8 is refused rather than garbled.
 */
export function decodeDatasetBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; error: string } {
  const [a, b] = bytes;
  const encoding =
    a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
  try {
    // TextDecoder drops the byte-order mark itself.
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: `not text: the file is not valid ${encoding.toUpperCase()}` };
  }
}

/** The bytes of a file, checked for size before anything else. */
export function loadDatasetBytes(bytes: Uint8Array, options: LoadOptions = {}): LoadResult {
  const tooBig = fileSizeProblem(bytes.byteLength);
  if (tooBig !== null) return { ok: false, errors: [tooBig] };
  const decoded = decodeDatasetBytes(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return loadDatasetText(decoded.text, options);
}

export interface LoadOptions {
  /** Title used when the file has none (e.g. its file name). */
  readonly fallbackTitle?: string;
}

export function loadDatasetText(input: string, options: LoadOptions = {}): LoadResult {
  // Text already in memory: a UTF-16 code unit is at least one byte, so this bound never refuses
  // a file that loadDatasetBytes would accept; callers with bytes check those first.
  const tooBig = fileSizeProblem(input.length);
  if (tooBig !== null) return { ok: false, errors: [tooBig] };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, errors: ['empty file: there is no data in it'] };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  return loadDataset(json.value, options);
}

export function loadDataset(raw: unknown, options: LoadOptions = {}): LoadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      errors: ['(top level): the file must hold an object with "nodes" and "edges"'],
    };
  }
  const malformed = malformedText(raw);
  if (malformed.length > 0) return { ok: false, errors: capErrors(malformed) };
  const parsed = parseAnyVersion(raw);
  if (!parsed.ok) return { ok: false, errors: capErrors(parsed.errors) };
  const errors = checkReferences(parsed.data);
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  const { data, notes } = analysable(parsed.data);
  return { ok: true, dataset: datasetOf(data, options), notes };
}

/** The Dataset of content that has passed the schema and checkReferences. */
export function datasetOf(data: RawDataset, options: LoadOptions = {}): Dataset {
  // An empty list of citations is no citation: left out, as every table format reads it back.
  const nodes: DatasetNode[] = data.nodes.map((n) => ({
    ...withoutEmptySources(n),
    label: n.label ?? n.id,
    ...(n.balance === undefined ? {} : { balance: withoutEmptySources(n.balance) }),
  }));
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
    edges: data.edges.map(withoutEmptySources),
    scenarios: data.scenarios,
    stories: data.stories,
    periods: data.periods,
    events: data.events,
  };
}

function withoutEmptySources<T extends { readonly sources?: readonly string[] | undefined }>(
  x: T,
): T {
  if (x.sources === undefined || x.sources.length > 0) return x;
  const rest: { sources?: readonly string[] | undefined } = { ...x };
  delete rest.sources;
  return rest as T;
}
