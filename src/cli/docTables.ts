// The documents' tables that the code already knows: the command line's options (from its help
// text, USAGE), the intervention kinds (from the registry, KINDS) and the file formats read and
// written (from the format registry, FORMATS). Pure: each function
// returns a markdown table. `npm run docs` (writeDocs.ts) writes them between markers such as
// <!-- generated:flags --> … <!-- /generated:flags -->, and tests/unit/docs checks they match.
import { KINDS } from '../core/interventions/index.ts';
import { FORMATS } from '../data/formats/index.ts';
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

/**
 * Every format (from the registry, FORMATS): the extensions it is opened from, what "Export…"
 * writes, by the function in src/data/formats that writes it, and its empty template.
 */
export function formatsTable(): string {
  return markdownTable(
    ['format', 'opened from', 'written by Export…', 'empty template'],
    FORMATS.map((f) => [
      f.docsName,
      f.read === undefined ? '– (written only)' : f.extensions.map(code).join(', '),
      f.write === undefined ? '–' : `${f.write.written} (${code(f.write.writer)})`,
      f.template === undefined ? '–' : code(f.template.maker),
    ]),
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
