// Source kinds in the bundled dataset, and the rule that keeps a prediction a prediction: a
// figure the model uses to predict the 2025 shortages (a stock, a capacity, a recipe, a ramp, a
// dated event) must not rest on reports of those shortages alone. A figure with no source at all
// must be a marked assumption (a range and a note).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_KINDS } from '../../../src/data/schemaV1.ts';
import { loadDatasetText } from '../../../src/data/loadDataset.ts';

interface Figure {
  sources?: readonly string[];
  estimate?: unknown;
  capacityEstimate?: unknown;
  notes?: string;
}
interface RawSource {
  id: string;
  kind?: string;
  url?: string;
  title: string;
}
interface RawNode extends Figure {
  id: string;
  capacity?: number | null;
  stock?: Record<string, number | Figure>;
  recipes?: (Figure & { id: string })[];
  ramps?: (Figure & { from: string })[];
}
interface RawDataset {
  sources: RawSource[];
  nodes: RawNode[];
  events?: (Figure & { id: string })[];
}

/**
 * The stocks, capacities, recipes, ramps and events of `data` that rest only on outcome reports,
 * or on nothing without being a marked assumption; each named by where it is.
 */
export function predictorsOnOutcomes(data: RawDataset): string[] {
  const kind = new Map(data.sources.map((s) => [s.id, s.kind]));
  const problems: string[] = [];
  const check = (where: string, f: Figure) => {
    const ids = f.sources ?? [];
    const marked =
      (f.estimate !== undefined || f.capacityEstimate !== undefined) &&
      (f.notes?.trim() ?? '') !== '';
    if (ids.length === 0 && !marked)
      problems.push(`${where}: no source and not a marked assumption`);
    else if (ids.length > 0 && ids.every((id) => kind.get(id) === 'outcome-report'))
      problems.push(`${where}: rests only on outcome reports (${ids.join(', ')})`);
  };
  for (const n of data.nodes) {
    if (typeof n.capacity === 'number') check(`${n.id} capacity`, n);
    for (const [m, s] of Object.entries(n.stock ?? {})) {
      check(`${n.id} stock of ${m}`, typeof s === 'number' ? {} : s);
    }
    for (const r of n.recipes ?? []) check(`${n.id} recipe ${r.id}`, r);
    for (const r of n.ramps ?? []) check(`${n.id} ramp from ${r.from}`, r);
  }
  for (const e of data.events ?? []) check(`event ${e.id}`, e);
  return problems;
}

const text = readFileSync(join(__dirname, '../../../data/rare-earths.json'), 'utf8');
const raw = JSON.parse(text) as RawDataset;

describe('source kinds', () => {
  it('loads a source with a kind and refuses a kind it does not know, saying which', () => {
    const file = (kind: string) =>
      JSON.stringify({
        schemaVersion: 3,
        sources: [{ id: 's', title: 'T', year: 2024, kind }],
        nodes: [],
        edges: [],
      });
    const ok = loadDatasetText(file('company-report'));
    expect(ok.ok && ok.dataset.sources[0]?.kind).toBe('company-report');
    const bad = loadDatasetText(file('rumour'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toMatch(/sources.*0.*kind[\s\S]*outcome-report/);
  });

  it('tags every source of the bundled dataset with a kind', () => {
    const untagged = raw.sources.filter(
      (s) => s.kind === undefined || !(SOURCE_KINDS as readonly string[]).includes(s.kind),
    );
    expect(untagged.map((s) => s.id)).toEqual([]);
  });

  it('cites no report twice (one source per article or document)', () => {
    const urls = raw.sources.flatMap((s) => (s.url === undefined ? [] : [s.url]));
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
  });

  it('marks every source without a URL as a copy (relay) or a seed article', () => {
    const bare = raw.sources.filter((s) => s.url === undefined);
    for (const s of bare) {
      expect(s.kind, s.id).toBe('relay');
      expect(s.title, s.id).toMatch(/without a URL|copy names no title|\d{1,2} \w{3} \d{4}\)/);
    }
  });
});

describe('no stock, capacity, recipe, ramp or date rests only on a report of the outcome', () => {
  it('finds such a figure when one is there', () => {
    const withOutcome: RawDataset = {
      sources: [
        { id: 'halt', title: 'Plant halted for want of magnets', kind: 'outcome-report' },
        { id: 'stats', title: 'Statistics', kind: 'official-statistics' },
      ],
      nodes: [
        { id: 'a', stock: { magnets: { sources: ['halt'], notes: '6 weeks' } } },
        { id: 'b', capacity: 10, sources: ['halt', 'stats'] },
        { id: 'c', capacity: 10, sources: [] },
        { id: 'd', ramps: [{ from: '2025-05-01', sources: ['halt'] }] },
      ],
      events: [{ id: 'e', sources: ['halt'] }],
    };
    expect(predictorsOnOutcomes(withOutcome)).toEqual([
      'a stock of magnets: rests only on outcome reports (halt)',
      'c capacity: no source and not a marked assumption',
      'd ramp from 2025-05-01: rests only on outcome reports (halt)',
      'event e: rests only on outcome reports (halt)',
    ]);
  });

  it('holds for the bundled dataset', () => {
    expect(predictorsOnOutcomes(raw)).toEqual([]);
  });
});
