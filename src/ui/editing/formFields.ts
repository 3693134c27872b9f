// Text fields of the edit forms and how each becomes part of a node, a flow or a source.
// Empty means absent; numbers must be numbers; lists are ids separated by ";".

export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly kind: 'text' | 'number' | 'list' | 'select' | 'textarea';
  readonly options?: readonly string[];
}

export type FormValues = Record<string, string>;

export function num(text: string | undefined): number | undefined | 'bad' {
  const t = (text ?? '').trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : 'bad';
}

export function list(text: string | undefined): string[] | undefined {
  const ids = (text ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return ids.length === 0 ? undefined : ids;
}

export function str(text: string | undefined): string | undefined {
  const t = (text ?? '').trim();
  return t === '' ? undefined : t;
}

export const show = (v: unknown): string =>
  v === undefined || v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v);

/** The form's text for some of a record's keys, each field named after its key. */
export function showFields<T extends object>(
  record: T | undefined,
  keys: readonly (keyof T & string)[],
): FormValues {
  return Object.fromEntries(keys.map((k) => [k, show(record?.[k])]));
}

/** Reads the number fields, collecting "not a number" at each field that is not one. */
export function numbers(
  values: FormValues,
  ids: readonly string[],
  errors: Record<string, string>,
): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const id of ids) {
    const n = num(values[id]);
    if (n === 'bad') errors[id] = `"${values[id] ?? ''}" is not a number`;
    else out[id] = n;
  }
  return out;
}

/** What every figure carries besides its value: an estimate range, year, sources and notes. */
interface Cited {
  readonly estimate?: { readonly low: number; readonly high: number } | undefined;
  readonly year?: number | undefined;
  readonly sources?: readonly string[] | undefined;
  readonly notes?: string | undefined;
}

/** The form fields of `Cited`, the range named after what it estimates. */
export function citedFields(estimateOf: string): FormField[] {
  return [
    { id: 'low', label: `${estimateOf}: low`, kind: 'number' },
    { id: 'high', label: `${estimateOf}: high`, kind: 'number' },
    { id: 'year', label: 'Year', kind: 'number' },
    { id: 'sources', label: 'Sources (ids, separated by ";")', kind: 'list' },
    { id: 'notes', label: 'Notes', kind: 'textarea' },
  ];
}

/** Each key of the `Cited` part and the form fields it is read from (see keepUnchanged.ts). */
export const CITED_FIELDS_OF = {
  year: ['year'],
  sources: ['sources'],
  notes: ['notes'],
  estimate: ['low', 'high'],
} as const;

/** The form's text for the `Cited` part of a node or a flow. */
export function citedValues(x: Cited | undefined): FormValues {
  return {
    low: show(x?.estimate?.low),
    high: show(x?.estimate?.high),
    year: show(x?.year),
    sources: show(x?.sources),
    notes: show(x?.notes),
  };
}

/** The `Cited` part read back from the form: only what was given (`n` from `numbers`). */
export function citedPart(values: FormValues, n: Record<string, number | undefined>) {
  return {
    ...(n.year === undefined ? {} : { year: n.year }),
    ...(list(values.sources) === undefined ? {} : { sources: list(values.sources) }),
    ...(str(values.notes) === undefined ? {} : { notes: str(values.notes) }),
    ...(n.low === undefined && n.high === undefined
      ? {}
      : { estimate: { low: n.low ?? Number.NaN, high: n.high ?? Number.NaN } }),
  };
}
