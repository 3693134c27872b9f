// Turns what went wrong into lines a person can act on: `edges[12].target: unknown node "pro9"`.
import type { z } from 'zod';

export const MAX_REPORTED_ERRORS = 20;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(top level)' : out;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** What a schema type is, in words (never the validator's own names). */
const KIND_WORDS: Partial<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const kind = (name: string) => KIND_WORDS[name] ?? 'something else';

const SIZE_WORDS: Partial<Record<string, [string, string]>> = {
  array: ['item', 'items'],
  set: ['item', 'items'],
  string: ['character', 'characters'],
};

function sizeLimit(origin: string, n: number, side: 'least' | 'most'): string {
  const words = SIZE_WORDS[origin];
  if (words === undefined) return `must have at ${side} ${n}`;
  const verb = origin === 'string' ? 'be' : 'have';
  return `must ${verb} at ${side} ${n} ${n === 1 ? words[0] : words[1]}`;
}

const oneOf = (values: readonly unknown[]) => values.map(String).join(', ');

/**
 * One rule broken, in the project's words: every zod issue code has a sentence here, so no
 * message ever shows the validator's wording ("Too big", "Invalid input", "expected string").
 */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const value = valueAt(root, issue.path);
  const got = describeValue(value);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `is missing: it must be ${kind(issue.expected)}`;
      return `must be ${kind(issue.expected)}, got ${got}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `${got} must be ${describeValue(issue.values[0])}`;
      if (value === undefined) return `is missing: it must be one of ${oneOf(issue.values)}`;
      return `${got} is not one of ${oneOf(issue.values)}`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return issue.inclusive === false
          ? `must be above ${n}, got ${got}`
          : `must be ≥ ${n}, got ${got}`;
      }
      if (issue.origin === 'string' && n === 1) return 'must not be empty';
      return sizeLimit(issue.origin, n, 'least');
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return issue.inclusive === false
          ? `must be below ${n}, got ${got}`
          : `must be ≤ ${n}, got ${got}`;
      }
      return sizeLimit(issue.origin, n, 'most');
    }
    case 'custom':
      // A value is worth quoting; a whole object is not.
      return value === undefined || (typeof value === 'object' && value !== null)
        ? issue.message
        : `${got}: ${issue.message}`;
    case 'invalid_format':
      // Formats with a rule of our own carry our message (e.g. a source's web address).
      if (issue.format === 'url') return `${got}: ${issue.message}`;
      return `${got} is not a valid ${issue.format}`;
    case 'invalid_union':
      // A tagged union (e.g. an intervention's `type`) whose tag matches none of its variants.
      if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        const options = issue.options.map(String).join(', ');
        if (value === undefined) return `is missing: it must be one of ${options}`;
        return `${got} is not one of ${options}`;
      }
      return `${got} matches none of the forms allowed here`;
    case 'unrecognized_keys':
      return `has fields that are not allowed here: ${issue.keys.join(', ')}`;
    case 'invalid_key':
      // A record's key (e.g. a period series' month): the key's own check says what is wrong.
      return `the key ${describeValue(issue.path.at(-1))} is ${issue.issues[0]?.message ?? 'not allowed'}`;
    case 'invalid_element':
      return 'has an item that is not allowed here';
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}, got ${got}`;
  }
}

export function formatZodIssues(issues: readonly z.core.$ZodIssue[], root: unknown): string[] {
  return issues.map((issue) => `${formatPath(issue.path)}: ${describeIssue(issue, root)}`);
}

/** Keeps a long list readable: the first errors, then a count of the rest. */
export function capErrors(errors: readonly string[]): string[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return [...errors];
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    `…and ${errors.length - MAX_REPORTED_ERRORS} more problems`,
  ];
}
