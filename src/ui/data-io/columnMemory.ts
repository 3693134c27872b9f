// The column mapping a user chose, remembered in localStorage for the next import (the same
// spreadsheet tends to come back). Storage that is missing or full only means it is not kept.
import type { ColumnMapping } from '../../data/formats/tables.ts';

const KEY = 'chokepoint.columnMapping';

export function rememberedMapping(): ColumnMapping {
  try {
    const text = window.localStorage.getItem(KEY);
    if (text === null) return {};
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as ColumnMapping) : {};
  } catch {
    return {};
  }
}

export function rememberMapping(mapping: ColumnMapping): void {
  const before = rememberedMapping();
  const merged: ColumnMapping = { ...before };
  for (const [role, columns] of Object.entries(mapping) as [
    keyof ColumnMapping,
    Record<string, string | null>,
  ][]) {
    merged[role] = { ...(before[role] ?? {}), ...columns };
  }
  try {
    window.localStorage.setItem(KEY, JSON.stringify(merged));
  } catch {
    // Not kept: the mapping still applies to this import.
  }
}
