// Lookups by id in plain records. Ids come from files, so "constructor", "toString" or
// "__proto__" are ids like any other: a record keyed by them has no prototype, and a lookup
// sees only the record's own keys (a record that crossed a worker boundary has a prototype again).

/** An empty record with no prototype. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Pairs to a record with no prototype. */
export function recordOf<T>(pairs: Iterable<readonly [string, T]>): Record<string, T> {
  const out = emptyRecord<T>();
  for (const [key, value] of pairs) out[key] = value;
  return out;
}

/** The record's own value for `key`, never one inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string) {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
