// Values from outside (files, links, IndexedDB, localStorage, attributes of XML and graph files)
// are parsed by a schema, never cast. This reads every source file for a cast right where such a
// value comes in, and drives each rule on a sample that breaks it, so a rule that matches
// nothing is noticed.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The offset just past the `)` that closes the `(` at `open`, skipping strings; -1 if none. */
function closing(text: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * A type assertion to anything but `unknown` (and `as unknown as X` is an assertion to X), after
 * the call, its index or the parenthesis around it (`(await db.get(…)) as T`).
 */
const CAST_AFTER = /^(?:\s*\)|\s*\[[^\]]*\])*\s*as(?!\s+unknown\b(?!\s+as\b))\s+[\w{[(<'"]/;
/** A declared type other than `unknown`, right before `= <call>` (what returns `any` assigns). */
const TYPED_BEFORE = /:(?!\s*unknown\s*=)\s*[^=;:(){}]+=\s*(?:await\s+)?[\w.?]*$/;
/** `const v = ` (or `let v: T = `) right before the call: the name the value is kept under. */
const NAMED_BEFORE = /(?:const|let)\s+(\w+)(?:\s*:[^=;]+)?\s*=\s*(?:await\s+)?[\w.?]*$/;

interface Rule {
  readonly name: string;
  /** Where a value from outside comes in: the call's name up to its `(`. */
  readonly call: RegExp;
  /** Also refuse `const x: T = <call>` (the call returns `any`, which converts silently). */
  readonly typedToo?: boolean;
  /** Only in files that match (e.g. the ones that use `idb`). */
  readonly inFiles?: RegExp;
}

const RULES: readonly Rule[] = [
  { name: 'JSON.parse', call: /\bJSON\.parse\s*\(/g, typedToo: true },
  { name: 'web storage', call: /\b(?:localStorage|sessionStorage)\.getItem\s*\(/g },
  {
    name: 'IndexedDB',
    call: /\.(?:get|getAll|getKey|getFromIndex|getAllFromIndex)\s*\(/g,
    inFiles: /from 'idb'/,
  },
  {
    name: 'URL parameters',
    call: /\b(?:searchParams|params|URLSearchParams\([^)]*\))\.(?:get|getAll)\s*\(/g,
  },
  {
    name: 'XML and graph attributes',
    call: /\.(?:getAttribute|getAttributeNS|getAttributes|getNodeAttributes|getEdgeAttributes)\s*\(/g,
    typedToo: true,
  },
];

/** Whole-line comments blanked (kept as empty lines, so line numbers stay right). */
const code = (text: string) =>
  text
    .split('\n')
    .map((line) => (/^\s*(?:\/\/|\/?\*)/.test(line) ? '' : line))
    .join('\n');

/** Each cast of a value from outside in `text`, as `line N: rule: the code`. */
export function castsIn(source: string): string[] {
  const text = code(source);
  const found: string[] = [];
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  const say = (rule: Rule, at: number, end: number) =>
    found.push(`line ${lineOf(at)}: ${rule.name}: ${text.slice(at, end).replace(/\s+/g, ' ')}`);
  for (const rule of RULES) {
    if (rule.inFiles !== undefined && !rule.inFiles.test(text)) continue;
    for (const m of text.matchAll(rule.call)) {
      const start = m.index;
      const end = closing(text, start + m[0].length - 1);
      if (end < 0) continue;
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const named = NAMED_BEFORE.exec(text.slice(lineStart, start))?.[1];
      if (named !== undefined) {
        // The value kept in a variable and cast further on (`const v = …; return v as T`).
        const later = new RegExp(
          `\\b${named}\\)?\\s*as(?!\\s+unknown\\b(?!\\s+as\\b))\\s+[\\w{[(<'"]`,
          'g',
        );
        later.lastIndex = end;
        const cast = later.exec(text);
        if (cast !== null) say(rule, cast.index, cast.index + cast[0].length);
      }
      const after = text.slice(end, end + 200);
      const cast = CAST_AFTER.exec(after);
      if (cast !== null) say(rule, start, end + cast[0].length);
      else if (rule.typedToo === true) {
        if (TYPED_BEFORE.test(text.slice(lineStart, start))) say(rule, lineStart, end);
      }
    }
  }
  // The stores of an IndexedDB schema hold `unknown`: what is read back is checked, not trusted.
  for (const m of text.matchAll(/extends DBSchema\s*{([^}]*(?:}[^}]*)*?)\n}/g)) {
    for (const v of m[1]?.matchAll(/\bvalue:(?!\s*unknown\b)\s*([^;}]+)/g) ?? []) {
      found.push(`line ${lineOf(m.index + (v.index ?? 0))}: IndexedDB store value: ${v[1]}`);
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|mts)$/.test(e.name) ? [path] : [];
  });
}

describe('no cast of a value from outside', () => {
  it('src parses what comes in with a schema: no cast where it comes in', () => {
    const found = sourceFiles(join(ROOT, 'src')).flatMap((path) =>
      castsIn(readFileSync(path, 'utf8')).map((f) => `${relative(ROOT, path)} ${f}`),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['JSON.parse(text) as Dataset', 'JSON.parse'],
    ['const x = JSON.parse(\n  text,\n) as Partial<Meta>;', 'JSON.parse'],
    ['JSON.parse(text) as unknown as Dataset', 'JSON.parse'],
    ['JSON.parse(f("(a)")) as { a: number }', 'JSON.parse'],
    ['const parts: Partial<Meta> = JSON.parse(packed);', 'JSON.parse'],
    ["JSON.parse(localStorage.getItem('k') ?? '{}') as ColumnMapping", 'JSON.parse'],
    ["const v = window.localStorage.getItem('k') as Choice;", 'web storage'],
    ["sessionStorage.getItem('k') as 'a' | 'b'", 'web storage'],
    [
      "import { openDB } from 'idb';\nconst d = (await db.get('documents', id)) as Saved;",
      'IndexedDB',
    ],
    [
      "import { openDB } from 'idb';\nconst all = (await db.getAll('documents')) as Saved[];",
      'IndexedDB',
    ],
    [
      "import type { DBSchema } from 'idb';\ninterface S extends DBSchema {\n  docs: { key: string; value: SavedDocument };\n}",
      'IndexedDB store value',
    ],
    ["const layout = params.get('layout') as LayoutName;", 'URL parameters'],
    ["url.searchParams.getAll('do') as Encoded[]", 'URL parameters'],
    ["new URLSearchParams(search).get('embed') as '1'", 'URL parameters'],
    ["const kind = el.getAttribute('type') as Kind;", 'XML and graph attributes'],
    ["const meta = g.getAttributes()['chokepoint'] as string;", 'XML and graph attributes'],
    ['const attrs: Meta = g.getAttributes();', 'XML and graph attributes'],
    [
      'const value: unknown = JSON.parse(text);\nreturn isObject(value) ? (value as ColumnMapping) : {};',
      'JSON.parse',
    ],
    ["const v = params.get('color');\nif (ok(v)) return v as ColourBy;", 'URL parameters'],
  ])('finds the cast in `%s`', (sample, rule) => {
    const found = castsIn(sample);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`: ${rule}:`);
  });

  it.each([
    'const value: unknown = JSON.parse(text);',
    'return { ok: true, value: JSON.parse(text) as unknown };',
    'let json: unknown;\njson = JSON.parse(text);',
    "const v = localStorage.getItem('k');\nreturn v === 'webgl' ? v : 'auto';",
    "import { openDB } from 'idb';\nconst raw: unknown = await d.get('documents', id);",
    "import type { DBSchema } from 'idb';\ninterface S extends DBSchema {\n  docs: { key: string; value: unknown };\n}",
    "const step = p.get('step') ?? '1';",
    'const v: unknown = graphAttrs[key];\nconst g = graph.getAttributes();',
    '// JSON.parse(text) as Dataset, in a comment',
    'const i = groupOf.get(id) as number; // a Map of our own, not input',
  ])('lets `%s` be', (sample) => {
    expect(castsIn(sample)).toEqual([]);
  });
});
