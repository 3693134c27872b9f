// Checks every string in a parsed file, field names included, before the schema sees it: text
// must be well-formed Unicode (a lone surrogate such as "\uD800" breaks ids, links and exports
// later, far from its cause), and hold no character that XML 1.0 forbids (control characters
// other than tab and line breaks, U+FFFE, U+FFFF): no GEXF or GraphML file can carry one, and a
// NUL makes a CSV file unreadable, so an export would not read back. Iterative, so a deeply
// nested file cannot exhaust the stack.
import { formatPath } from './errors.ts';

/** A surrogate half without its partner. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What XML 1.0 cannot hold (a lone surrogate aside). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Why the text cannot be kept, or undefined when it can. */
export function textProblem(text: string): string | undefined {
  if (!isWellFormedText(text)) return 'the text is not well-formed Unicode (a lone surrogate)';
  const bad = FORBIDDEN.exec(text)?.[0];
  if (bad === undefined) return undefined;
  const code = (bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `the text holds the control character U+${code}, which no export can carry (remove it)`;
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
      const problem = textProblem(value);
      if (problem !== undefined) errors.push(`${formatPath(pathOf(place))}: ${problem}`);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], place: { key: i, parent: place } });
      }
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        const problem = textProblem(key);
        if (problem !== undefined) {
          const what = isWellFormedText(key)
            ? problem.replace(/^the text /, '')
            : 'is not well-formed Unicode';
          errors.push(`${formatPath(pathOf(place))}: a field name ${what}`);
        } else stack.push({ value: child, place: { key, parent: place } });
      }
    }
  }
  return errors;
}
