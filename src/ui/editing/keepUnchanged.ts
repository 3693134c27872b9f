// What Save writes back: only what the user changed. A field the form does not show is kept as
// it was (a stock, a converter flag, a place on the map, a range of capacity); a field whose
// text the user left as the form opened it keeps its value exactly (capacity `null` stays null);
// the record's own key order is kept, so a save with no change leaves the dataset as it was.
import type { FormValues } from './formFields.ts';

/** For each key of a record the form shows, the form fields it is read from. */
export type FormFieldsOf = Readonly<Record<string, readonly string[]>>;

export function keepUnchanged<T extends object>(
  original: T | undefined,
  built: T,
  fieldsOf: FormFieldsOf,
  opened: FormValues,
  now: FormValues,
): T {
  if (original === undefined) return built;
  const unchanged = (fields: readonly string[]) => fields.every((f) => opened[f] === now[f]);
  const from = new Map<string, unknown>(Object.entries(built));
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(original)) {
    const fields = Object.hasOwn(fieldsOf, key) ? fieldsOf[key] : undefined;
    if (fields === undefined || unchanged(fields)) out.set(key, value);
    else if (from.get(key) !== undefined) out.set(key, from.get(key));
  }
  for (const [key, value] of from)
    if (!out.has(key) && !Object.hasOwn(original, key) && value !== undefined) out.set(key, value);
  return Object.fromEntries(out) as T;
}
