// Checks every string in a parsed file, field names included, before the schema sees it: text
// must be well-formed Unicode (a lone surrogate such as "\uD800" breaks ids, links and exports
// later, far from its cause). Iterative, so a deeply nested file cannot exhaust the stack.
import { formatPath } from './errors.ts';

/** A surrogate half without its partner. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

interface Place {
  readonly key: PropertyKey | null;
  readonly parent: Place | null;
}

function pathOf(place: Place): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let p: Place | null = place; p !== null && p.key !== null; p = p.parent) path.push(p.key);
  return path.reverse();
}

/** Where text is not well-formed, as `path: message` lines (at most `limit` of them). */
export function malformedText(root: unknown, limit = 21): string[] {
  const errors: string[] = [];
  // Each item keeps a link to its parent, so depth costs nothing until an error is reported.
  const stack: { value: unknown; place: Place }[] = [
    { value: root, place: { key: null, parent: null } },
  ];
  while (stack.length > 0 && errors.length < limit) {
    const { value, place } = stack.pop()!;
    if (typeof value === 'string') {
      if (!isWellFormedText(value)) {
        errors.push(
          `${formatPath(pathOf(place))}: the text is not well-formed Unicode (a lone surrogate)`,
        );
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], place: { key: i, parent: place } });
      }
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (!isWellFormedText(key)) {
          errors.push(`${formatPath(pathOf(place))}: a field name is not well-formed Unicode`);
        } else stack.push({ value: child, place: { key, parent: place } });
      }
    }
  }
  return errors;
}
