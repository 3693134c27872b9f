// Runs the loader's own rules (schema.ts and references.ts) over rows read from tables, and turns
// each problem into a refused row at its place, with the loader's message. Refusing a row can
// leave another without what it points at (a flow whose node was refused), so the check repeats
// until nothing more is refused. A problem that belongs to no row refuses the file.
import { formatZodIssues } from '../errors.ts';
import { checkReferences } from '../references.ts';
import { datasetSchema, SCHEMA_VERSION, type RawDataset } from '../schema.ts';
import { DATASET_FORMAT } from '../schemaV1.ts';
import { malformedText } from '../wellFormed.ts';
import type { RefusedRow } from './importRows.ts';

export interface RowObject {
  readonly place: string;
  readonly object: Record<string, unknown>;
}

export interface RowObjects {
  nodes: RowObject[];
  edges: RowObject[];
  sources: RowObject[];
  materials: RowObject[];
}

type Lists = RowObjects & { scenarios: RowObject[]; stories: RowObject[] };
type ListName = keyof Lists;
const LISTS: readonly ListName[] = [
  'nodes',
  'edges',
  'sources',
  'materials',
  'scenarios',
  'stories',
];
const AT = /^(nodes|edges|sources|materials|scenarios|stories)\[(\d+)\]\.?(.*)$/s;

export function checkRows(
  rows: RowObjects,
  meta: Record<string, unknown>,
  refused: RefusedRow[],
  notes: string[],
  /** Nodes refused before these checks: their id → their place. */
  lostNodes: ReadonlyMap<string, string> = new Map(),
): { ok: true; data: RawDataset } | { ok: false; errors: string[] } {
  const lost = new Map(lostNodes);
  const lists: Lists = {
    ...rows,
    scenarios: presets(meta, 'scenarios', refused),
    stories: presets(meta, 'stories', refused),
  };
  citeUnlistedSources(lists, meta, refused, notes);

  const build = () => ({
    format: DATASET_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    ...Object.fromEntries(
      Object.entries(meta).filter(([k]) => k !== 'scenarios' && k !== 'stories'),
    ),
    ...Object.fromEntries(LISTS.map((name) => [name, lists[name].map((r) => r.object)])),
  });

  for (let round = 0; round < 50; round++) {
    const raw = build();
    // Text no export can carry refuses its row, as the loader refuses it in a dataset file.
    const malformed = malformedText(raw, Infinity);
    const parsed = datasetSchema.safeParse(raw);
    const errors =
      malformed.length > 0
        ? malformed
        : parsed.success
          ? checkReferences(parsed.data)
          : formatZodIssues(parsed.error.issues, raw);
    if (parsed.success && errors.length === 0) return { ok: true, data: parsed.data };
    const drop = new Map<ListName, Map<number, string>>();
    const fileErrors: string[] = [];
    for (const error of errors) {
      const m = AT.exec(error);
      const name = LISTS.find((l) => l === m?.[1]);
      const [, , index = '', rest = ''] = m ?? [];
      if (m === null || name === undefined) {
        fileErrors.push(error);
        continue;
      }
      const reasons = drop.get(name) ?? new Map<number, string>();
      const i = Number(index);
      if (!reasons.has(i)) reasons.set(i, rest.replace(/^:\s*/, ''));
      drop.set(name, reasons);
    }
    if (fileErrors.length > 0) return { ok: false, errors: fileErrors };
    for (const [name, reasons] of drop) {
      for (const [i, reason] of reasons) {
        const row = lists[name][i];
        if (row === undefined) continue;
        if (name === 'nodes') lost.set(String(row.object.id), row.place);
        refused.push({ place: row.place, reason: lostWith(reason, lost) });
      }
      lists[name] = lists[name].filter((_, i) => !reasons.has(i));
    }
  }
  return { ok: false, errors: ['the rows could not be made consistent'] };
}

/** "source: unknown node "x"" for a node refused at its place: the flow is lost with it. */
function lostWith(reason: string, lost: ReadonlyMap<string, string>): string {
  const m = /^(source|target): unknown node "(.*)"$/s.exec(reason);
  const place = m === null ? undefined : lost.get(m[2] ?? '');
  return m === null || place === undefined
    ? reason
    : `lost with its ${m[1] ?? ''} node "${m[2] ?? ''}", refused at ${place}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The dataset's presets or stories as rows; one that is not an object is refused, saying so. */
function presets(
  meta: Record<string, unknown>,
  key: 'scenarios' | 'stories',
  refused: RefusedRow[],
): RowObject[] {
  const value = meta[key];
  if (!Array.isArray(value)) return [];
  const rows: RowObject[] = [];
  for (const [i, object] of (value as unknown[]).entries()) {
    const place = `dataset ${key}[${i}]`;
    if (isRecord(object)) rows.push({ place, object });
    else {
      const found =
        object === null ? 'null' : Array.isArray(object) ? 'a list' : `a ${typeof object}`;
      refused.push({ place, reason: `is ${found}, not an object` });
    }
  }
  return rows;
}

/**
 * A citation that names no row of a sources table becomes a source of its own, titled as written
 * and dated with the row's year (or the dataset's): the figure keeps its citation, and the report
 * says so, so a person can complete it. Without any year to give it, the citing row is refused.
 */
function citeUnlistedSources(
  lists: Lists,
  meta: Record<string, unknown>,
  refused: RefusedRow[],
  notes: string[],
): void {
  const listed = new Set(lists.sources.map((s) => String(s.object.id)));
  const made = new Map<string, number>();
  const datasetYear = typeof meta.year === 'number' ? meta.year : undefined;
  const cited = (object: Record<string, unknown>): string[] => {
    const ids: unknown[] = [
      object.sources,
      (object.balance as Record<string, unknown> | undefined)?.sources,
      (object.conversion as Record<string, unknown> | undefined)?.sources,
    ].flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : []));
    return ids.filter((id): id is string => typeof id === 'string' && !listed.has(id));
  };
  for (const name of ['nodes', 'edges'] as const) {
    lists[name] = lists[name].filter((row) => {
      const unlisted = cited(row.object).filter((id) => !made.has(id));
      if (unlisted.length === 0) return true;
      const year = typeof row.object.year === 'number' ? row.object.year : datasetYear;
      if (year === undefined) {
        refused.push({
          place: row.place,
          reason: `source "${unlisted[0] ?? ''}" is not in a sources table, and the row has no year to list it with`,
        });
        return false;
      }
      for (const id of unlisted) made.set(id, year);
      return true;
    });
  }
  if (made.size === 0) return;
  for (const [id, year] of made) {
    lists.sources.push({ place: `citation "${id}"`, object: { id, title: id, year } });
  }
  notes.push(
    `${made.size} source${made.size === 1 ? '' : 's'} listed from citations not in a sources table (titled as written): ${[...made.keys()].join(', ')}`,
  );
}
