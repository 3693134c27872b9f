// Writes data/rare-earths.json from the build: `npx tsx data/build/write.ts`.
// The layout keeps the file readable: two-space indent, short objects and lists on one line.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRareEarths } from './rareEarths.ts';
import { withTables } from './readme.ts';

const WIDTH = 100;

/** One line: `{"a": 1, "b": [2, 3]}`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function formatJson(value: unknown, indent = ''): string {
  const flat = inline(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= WIDTH) {
    return flat;
  }
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return `{\n${entries
    .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`)
    .join(',\n')}\n${indent}}`;
}

export const renderRareEarths = (): string => formatJson(buildRareEarths()) + '\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = fileURLToPath(new URL('../rare-earths.json', import.meta.url));
  writeFileSync(out, renderRareEarths());
  console.log(`wrote ${out}`);
  const readme = fileURLToPath(new URL('../README.md', import.meta.url));
  writeFileSync(readme, withTables(readFileSync(readme, 'utf8')));
  console.log(`updated the generated tables in ${readme}`);
}
