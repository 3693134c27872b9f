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
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `is missing (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describeValue(value)}`;
    case 'invalid_value':
      if (issue.values.length === 1) {
        return `${describeValue(value)} must be ${describeValue(issue.values[0])}`;
      }
      return `${describeValue(value)} is not one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'number') {
        return `must be ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}, got ${describeValue(value)}`;
      }
      if (issue.origin === 'array') {
        const n = Number(issue.minimum);
        return `must have at least ${n} item${n === 1 ? '' : 's'}`;
      }
      return issue.origin === 'string' ? 'must not be empty' : issue.message;
    case 'too_big':
      if (issue.origin === 'number')
        return `must be ≤ ${String(issue.maximum)}, got ${describeValue(value)}`;
      return issue.message;
    case 'custom':
      // A value is worth quoting; a whole object is not.
      return value === undefined || (typeof value === 'object' && value !== null)
        ? issue.message
        : `${describeValue(value)}: ${issue.message}`;
    case 'invalid_format':
      return `${describeValue(value)} is not a valid ${issue.format}`;
    case 'invalid_union':
      // A tagged union (e.g. an intervention's `type`) whose tag matches none of its variants.
      if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        const options = issue.options.map(String).join(', ');
        if (value === undefined) return `is missing (expected one of ${options})`;
        return `${describeValue(value)} is not one of ${options}`;
      }
      return issue.message;
    case 'invalid_key':
      // A record's key (e.g. a period series' month): the key's own check says what is wrong.
      return `the key ${describeValue(issue.path.at(-1))} is ${issue.issues[0]?.message ?? 'not allowed'}`;
    default:
      return issue.message;
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
