// The documents' tables that the code already knows: the command line's options (from its help
// text, USAGE), the intervention kinds (from the registry, KINDS) and the file formats read and
// written (from the importer's accepted extensions and the exporters). Pure: each function
// returns a markdown table. `npm run docs` (writeDocs.ts) writes them between markers such as
// <!-- generated:flags --> … <!-- /generated:flags -->, and tests/unit/docs checks they match.
import { KINDS } from '../core/interventions/index.ts';
import { ACCEPTED_EXTENSIONS, fileKind, type FileKind } from '../data/formats/importFiles.ts';
import { USAGE } from './analyzeArgs.ts';

/** A markdown table, padded the way Prettier pads it, so Prettier leaves it as it is. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]) {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const all = [head, ...rows].map((row) => row.map(cell));
  const widths = head.map((_, c) => Math.max(3, ...all.map((row) => width(row[c] ?? ''))));
  const line = (row: readonly string[]) =>
    `| ${row.map((text, c) => text + ' '.repeat((widths[c] as number) - width(text))).join(' | ')} |`;
  const [first, ...rest] = all;
  return [
    line(first as string[]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rest.map(line),
  ].join('\n');
}

// Prettier counts a character of the wide East Asian ranges as two columns; none of ours is one.
const width = (text: string) => [...text].length;

const code = (text: string) => (text === '' ? '' : `\`${text}\``);

/** One option of the help: the flag as written there and its explanation. */
export interface HelpRow {
  readonly usage: string;
  readonly text: string;
}

/**
 * The options of the command line's help, read from the help text itself: a line indented by
 * two spaces with something in its left column starts an option; one with nothing there goes on
 * with the option above. A line that is a parenthesis of its own is a note, not an option's.
 */
export function helpRows(usage: string = USAGE): { rows: HelpRow[]; notes: string[] } {
  const rows: { usage: string; text: string }[] = [];
  const notes: string[] = [];
  for (const line of usage.split('\n')) {
    if (!line.startsWith('  ')) continue;
    const left = line.slice(2, 32).trim();
    const right = line.slice(32).trim();
    const last = rows[rows.length - 1];
    if (left !== '') rows.push({ usage: left, text: right });
    else if (/^\(.*\)$/.test(right)) notes.push(right.slice(1, -1));
    else if (last !== undefined) last.text = `${last.text} ${right}`;
  }
  return { rows, notes };
}

/** Every option of `npm run analyze`, as `--help` prints it. */
export function flagsTable(usage: string = USAGE): string {
  const { rows, notes } = helpRows(usage);
  const kindOf = new Map<string, string>(KINDS.map((k) => [k.cli.flag, k.type]));
  const table = markdownTable(
    ['option', 'what it does', 'intervention'],
    rows.map(({ usage: u, text }) => [
      code(u),
      text,
      code(kindOf.get(u.split(/[ =]/)[0] as string) ?? ''),
    ]),
  );
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [table, ...notes.map((n) => `\n${capital(n)}.`)].join('\n');
}

/** Every kind of what-if: its name in the file and the link, the explorer and the command line. */
export function interventionsTable(): string {
  return markdownTable(
    ['type', 'in the explorer', 'command line', 'in a link', 'in the add form'],
    KINDS.map((k) => [
      code(k.type),
      k.label,
      code(k.cli.usage[0]),
      code(`do=${k.url.tag}:…`),
      'form' in k && k.form !== undefined ? 'yes' : 'no (a link, a file or the command line)',
    ]),
  );
}

/** The name of each kind of file the importer tells apart. */
export const FORMAT_NAMES: Readonly<Record<FileKind, string>> = {
  json: 'Dataset JSON',
  csv: 'CSV',
  xlsx: 'XLSX',
  gexf: 'GEXF',
  graphml: 'GraphML',
};

/**
 * What "Export…" writes for each kind of file, by the function in src/data/formats that writes
 * it, and the empty template it offers (tests/unit/docs holds these names to the modules'
 * exports). Neo4j's zip is written only.
 */
export const WRITERS: readonly {
  readonly kind: FileKind | 'neo4j';
  readonly name: string;
  readonly writer: string;
  readonly written: string;
  readonly template?: string;
}[] = [
  { kind: 'json', name: 'Dataset JSON', writer: 'datasetJson', written: 'the dataset file' },
  {
    kind: 'csv',
    name: 'CSV',
    writer: 'datasetCsvFiles',
    written:
      'a zip of nodes.csv, edges.csv, and sources.csv, materials.csv, dataset.csv when they have rows',
    template: 'csvTemplates',
  },
  {
    kind: 'xlsx',
    name: 'XLSX',
    writer: 'datasetXlsx',
    written: 'a workbook of the same tables',
    template: 'xlsxTemplate',
  },
  { kind: 'gexf', name: 'GEXF', writer: 'datasetGexf', written: 'GEXF 1.3 (Gephi)' },
  { kind: 'graphml', name: 'GraphML', writer: 'datasetGraphml', written: 'GraphML' },
  {
    kind: 'neo4j',
    name: 'Neo4j',
    writer: 'neo4jZip',
    written: 'a zip for `neo4j-admin database import`, with a Cypher script',
  },
];

/** The formats read (by extension, as importFiles tells them apart) and written. */
export function formatsTable(): string {
  const kinds = Object.keys(FORMAT_NAMES) as FileKind[];
  const read = (kind: FileKind) =>
    ACCEPTED_EXTENSIONS.filter((ext) => fileKind(`file${ext}`) === kind)
      .map(code)
      .join(', ');
  const row = (name: string, opened: string, kind: FileKind | 'neo4j') => {
    const w = WRITERS.find((x) => x.kind === kind);
    return [
      name,
      opened,
      w === undefined ? '–' : `${w.written} (${code(w.writer)})`,
      code(w?.template ?? '') || '–',
    ];
  };
  return markdownTable(
    ['format', 'opened from', 'written by Export…', 'empty template'],
    [
      ...kinds.map((kind) => row(FORMAT_NAMES[kind], read(kind), kind)),
      row('Neo4j', '– (written only)', 'neo4j'),
    ],
  );
}

/** The generated blocks, by name. */
export const BLOCKS: Readonly<Record<string, () => string>> = {
  flags: flagsTable,
  interventions: interventionsTable,
  formats: formatsTable,
};

/** Which documents carry which blocks. */
export const DOCUMENT_BLOCKS: Readonly<Record<string, readonly string[]>> = {
  'src/cli/README.md': ['flags', 'interventions'],
  'data/FORMAT.md': ['formats'],
};

const open = (name: string) => `<!-- generated:${name} -->`;
const close = (name: string) => `<!-- /generated:${name} -->`;

/** The text between a block's markers, without the blank lines around it, or null. */
export function blockOf(doc: string, name: string): string | null {
  const start = doc.indexOf(open(name));
  const end = doc.indexOf(close(name));
  if (start < 0 || end < start) return null;
  return doc.slice(start + open(name).length, end).trim();
}

/** `doc` with the block `name` set to `body` (the markers must be there). */
export function withBlock(doc: string, name: string, body: string): string {
  const start = doc.indexOf(open(name));
  const end = doc.indexOf(close(name));
  if (start < 0 || end < start) throw new Error(`no ${open(name)} … ${close(name)} markers`);
  return `${doc.slice(0, start)}${open(name)}\n\n${body}\n\n${doc.slice(end)}`;
}
