// The column mapping a user chose, remembered in localStorage for the next import (the same
// spreadsheet tends to come back). Storage that is missing or full only means it is not kept;
// what is read back is checked, and a value that is not a mapping (another version's, or edited
// by hand) is forgotten rather than trusted.
import { z } from '../../core/zod.ts';
import type { TableRole } from '../../data/formats/fields.ts';
import type { ColumnMapping } from '../../data/formats/tables.ts';
import { parseJson } from '../../data/parseJson.ts';

const KEY = 'chokepoint.columnMapping';

const ROLES = [
  'nodes',
  'edges',
  'sources',
  'materials',
  'dataset',
] as const satisfies readonly TableRole[];

/** Per role, each normalised header's field id, or null for a column to ignore. */
export const columnMappingSchema = z.partialRecord(
  z.enum(ROLES),
  z.record(z.string(), z.string().nullable()),
);

/** The mapping kept in `text`, or nothing when it is not one. */
export function readMapping(text: string | null): ColumnMapping {
  if (text === null) return {};
  const json = parseJson(text);
  if (!json.ok) return {};
  const parsed = columnMappingSchema.safeParse(json.value);
  return parsed.success ? parsed.data : {};
}

export function rememberedMapping(): ColumnMapping {
  try {
    return readMapping(window.localStorage.getItem(KEY));
  } catch {
    return {};
  }
}

export function rememberMapping(mapping: ColumnMapping): void {
  const before = rememberedMapping();
  const merged: ColumnMapping = { ...before };
  for (const role of ROLES) {
    const columns = mapping[role];
    if (columns !== undefined) merged[role] = { ...(before[role] ?? {}), ...columns };
  }
  try {
    window.localStorage.setItem(KEY, JSON.stringify(merged));
  } catch {
    // Not kept: the mapping still applies to this import.
  }
}
