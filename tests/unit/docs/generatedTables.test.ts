// The documents: the tables generated from the code match it (`npm run docs` rewrites them), the
// README stays a short front door that links every other document, and every relative link in
// them leads to a file (and a heading, when it names one) inside the repository.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  BLOCKS,
  DOCUMENT_BLOCKS,
  blockOf,
  flagsTable,
  helpRows,
} from '../../../src/cli/docTables.ts';
import { USAGE } from '../../../src/cli/analyzeArgs.ts';
import { CLI_FLAGS, KINDS } from '../../../src/core/interventions/index.ts';
import { FORMATS } from '../../../src/data/formats/index.ts';
import * as exportDataset from '../../../src/data/formats/exportDataset.ts';
import * as neo4j from '../../../src/data/formats/neo4j.ts';
import * as templates from '../../../src/data/formats/templates.ts';

const ROOT = resolve(__dirname, '../../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The documents the README must link. */
const DOCUMENTS = [
  'src/README.md',
  'src/ui/README.md',
  'src/cli/README.md',
  'src/core/README.md',
  'data/README.md',
  'data/FORMAT.md',
  'tests/README.md',
  'SECURITY.md',
];

describe('generated tables', () => {
  for (const [path, names] of Object.entries(DOCUMENT_BLOCKS)) {
    for (const name of names) {
      it(`${path}: the "${name}" block is what the code gives`, () => {
        const found = blockOf(read(path), name);
        expect(found, `${path} has no "${name}" block (<!-- generated:${name} -->)`).not.toBeNull();
        const built = (BLOCKS[name] as () => string)();
        expect(found, `${path}: the "${name}" block is out of date; run npm run docs`).toBe(built);
      });
    }
  }

  it('writes blocks that Prettier leaves as they are', async () => {
    const options = { ...(await resolveConfig(join(ROOT, 'README.md'))), parser: 'markdown' };
    for (const [name, build] of Object.entries(BLOCKS)) {
      const block = build();
      expect(await format(block, options), name).toBe(`${block}\n`);
    }
  });

  it('lists every option of the help, each intervention flag once', () => {
    const { rows, notes } = helpRows(USAGE);
    const flags = rows.map((r) => r.usage.split(/[ =]/)[0]);
    for (const flag of CLI_FLAGS) expect(flags.filter((f) => f === flag)).toHaveLength(1);
    for (const flag of ['--preset', '--period', '--periods', '--sweep', '--format', '--batch']) {
      expect(flags).toContain(flag);
    }
    expect(notes.length).toBeGreaterThan(0);
    expect(flagsTable()).toContain('`-h, --help`');
    expect(rows.length).toBe(USAGE.split('\n').filter((l) => /^ {2}\S/.test(l)).length);
  });

  it('names only writers that src/data/formats exports, and every one of them', () => {
    const modules: Record<string, unknown> = { ...exportDataset, ...neo4j, ...templates };
    const named = new Set<string>();
    for (const f of FORMATS) {
      for (const name of [f.write?.writer, f.template?.maker]) {
        if (name === undefined) continue;
        expect(typeof modules[name], name).toBe('function');
        named.add(name);
      }
    }
    const writers = Object.entries(exportDataset).filter(([, v]) => typeof v === 'function');
    for (const [name] of writers) expect(named, name).toContain(name);
  });

  it('has a row for every intervention kind', () => {
    const table = (BLOCKS['interventions'] as () => string)();
    for (const k of KINDS) expect(table).toContain(`\`${k.type}\``);
  });
});

/** The relative links of a markdown text, outside code: `[text](target)`. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1] as string)
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** GitHub's anchor for each heading of a markdown text. */
function anchors(markdown: string): Set<string> {
  const prose = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set(
    [...prose.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) =>
      (m[1] as string)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );
}

/** README.md and every markdown file it links, and they link, inside the repository. */
function documents(): string[] {
  const seen = new Set<string>();
  const queue = ['README.md'];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const target of links(read(path))) {
      const file = target.split('#')[0] as string;
      if (file === '' || !file.endsWith('.md')) continue;
      const next = relative(ROOT, resolve(ROOT, dirname(path), file));
      if (!next.startsWith('..') && existsSync(join(ROOT, next))) queue.push(next);
    }
  }
  return [...seen];
}

describe('the documents', () => {
  it('README.md is at most 200 lines', () => {
    const lines = read('README.md').split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 1).toBeLessThanOrEqual(200);
  });

  it('README.md links every document', () => {
    const linked = new Set(
      links(read('README.md')).map((t) => relative(ROOT, resolve(ROOT, t.split('#')[0] as string))),
    );
    for (const doc of DOCUMENTS) expect(linked, doc).toContain(doc);
  });

  const docs = documents();
  it('reaches every document from README.md', () => {
    for (const doc of DOCUMENTS) expect(docs).toContain(doc);
  });

  for (const doc of docs) {
    it(`${doc}: every relative link leads to a file inside the repository`, () => {
      const text = read(doc);
      for (const target of links(text)) {
        const [file, anchor] = target.split('#') as [string, string | undefined];
        const path = file === '' ? doc : relative(ROOT, resolve(ROOT, dirname(doc), file));
        expect(path.startsWith('..'), `${doc}: ${target} points outside the repository`).toBe(
          false,
        );
        expect(existsSync(join(ROOT, path)), `${doc}: ${target} does not exist`).toBe(true);
        if (anchor !== undefined && path.endsWith('.md') && statSync(join(ROOT, path)).isFile()) {
          expect(anchors(read(path)), `${doc}: ${target} names no heading`).toContain(anchor);
        }
      }
    });
  }
});
