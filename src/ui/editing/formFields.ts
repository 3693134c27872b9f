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

export const show = (v: number | string | null | undefined | readonly string[]) =>
  v === undefined || v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v);

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
