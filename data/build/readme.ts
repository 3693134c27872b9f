// The tables of data/README.md that list every estimate, stock and capacity. They are generated
// from the dataset, between markers in the README, so that they cannot drift from the JSON:
// `npx tsx data/build/write.ts` rewrites them and a unit test checks them.
import { buildRareEarths } from './rareEarths.ts';

export const START =
  '<!-- generated:tables:start (npx tsx data/build/write.ts) -->\n<!-- prettier-ignore-start -->';
export const END = '<!-- prettier-ignore-end -->\n<!-- generated:tables:end -->';

type Built = ReturnType<typeof buildRareEarths>;

const fmt = (x: number) => Math.round(x).toLocaleString('en');
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** A note cut to its first sentences (about `max` characters), for a table cell. */
function short(note: string, max = 320): string {
  const text = note.replace(/^Estimate(, a (difference|remainder))?[.:]\s*/, '');
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '));
  return `${end > 80 ? cut.slice(0, end + 1) : cut.trimEnd()} …`;
}

function sourceNames(built: Built, ids: readonly string[]): string {
  const byId = new Map(built.sources.map((s) => [s.id, s]));
  return ids
    .map((id) => {
      const s = byId.get(id);
      return s === undefined ? id : `${s.publisher} ${s.year}`;
    })
    .filter((x, i, all) => all.indexOf(x) === i)
    .join('; ');
}

export function readmeTables(built: Built = buildRareEarths()): string {
  const label = new Map(built.nodes.map((n) => [n.id, n.label]));
  const lines: string[] = [];
  lines.push('### Every estimate', '');
  lines.push(
    'Flows and node figures that are not a source’s own number, with their range and how they were derived (the full note is on the flow or node in the JSON).',
    '',
  );
  lines.push('| estimate | t REO | range | how it was derived |', '| --- | ---: | ---: | --- |');
  for (const n of built.nodes) {
    if (n.estimate === undefined) continue;
    lines.push(
      `| \`${n.id}\` (${n.stage === 'mine' ? 'output' : 'production'}) | ${fmt(n.production ?? 0)} | ${fmt(n.estimate.low)}–${fmt(n.estimate.high)} | ${cell(short(n.notes ?? ''))} |`,
    );
  }
  for (const e of built.edges) {
    if (e.estimate === undefined) continue;
    lines.push(
      `| \`${e.source}\` → \`${e.target}\` (${e.material}) | ${fmt(e.flow)} | ${fmt(e.estimate.low)}–${fmt(e.estimate.high)} | ${cell(short(e.notes ?? ''))} |`,
    );
  }
  lines.push('', '### Every stock', '');
  lines.push(
    '| node | material | t REO | range | source | how it was set |',
    '| --- | --- | ---: | ---: | --- | --- |',
  );
  for (const n of built.nodes) {
    for (const [material, s] of Object.entries(n.stock ?? {})) {
      const range =
        s.estimate === undefined ? '' : `${fmt(s.estimate.low)}–${fmt(s.estimate.high)}`;
      lines.push(
        `| \`${n.id}\` | ${material} | ${fmt(s.tonnes)} | ${range} | ${cell(sourceNames(built, s.sources))} | ${cell(short(s.notes, 420))} |`,
      );
    }
  }
  lines.push('', '### Every capacity', '');
  lines.push(
    '| node | capacity, t REO a year | range | source | note |',
    '| --- | ---: | ---: | --- | --- |',
  );
  for (const n of built.nodes) {
    if (n.capacity === undefined) continue;
    const range =
      n.capacityEstimate === undefined
        ? ''
        : `${fmt(n.capacityEstimate.low)}–${fmt(n.capacityEstimate.high)}`;
    const why = /Capacity[^.]*\.[^.]*\./.exec(n.notes ?? '')?.[0] ?? short(n.notes ?? '', 200);
    lines.push(
      `| \`${n.id}\` (${cell(label.get(n.id) ?? n.id)}) | ${fmt(n.capacity)} | ${range} | ${cell(sourceNames(built, n.sources))} | ${cell(why)} |`,
    );
  }
  lines.push(
    '',
    'Every other node’s capacity is unknown and left out: in a what-if it can put out at most its 2024 output (an unknown capacity is never spare capacity).',
  );
  return lines.join('\n');
}

/** `readme` with its generated section replaced by the tables for `built`. */
export function withTables(readme: string, built: Built = buildRareEarths()): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`data/README.md has no "${START}" … "${END}" section`);
  return `${readme.slice(0, a + START.length)}\n\n${readmeTables(built)}\n\n${readme.slice(b)}`;
}
