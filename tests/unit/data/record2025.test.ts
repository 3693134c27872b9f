// The 2025 record (data/record-2025.json): well formed, about the dataset's end users, every
// entry dated and sourced; and kept apart from the model: no figure of the dataset cites one of
// its reports, whether by the dataset's source id or by the same web address.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRecord, type Record2025 } from '../../../src/data/record.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const read = (file: string): unknown =>
  JSON.parse(readFileSync(join(root, 'data', file), 'utf8')) as unknown;

interface RawDataset {
  sources: { id: string; url?: string }[];
  nodes: { id: string; stage: string }[];
  edges?: unknown[];
}
const dataset = read('rare-earths.json') as RawDataset;
const endUsers = new Set(dataset.nodes.filter((n) => n.stage === 'end-user').map((n) => n.id));
const rawRecord = read('record-2025.json');

function loaded(): Record2025 {
  const result = loadRecord(rawRecord, endUsers);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.record;
}

/** A web address compared without its scheme, "www.", query, "/amp" or trailing slash. */
const canonical = (url: string) =>
  url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/amp\/?$/, '')
    .replace(/\/$/, '');

/** The record's entries whose report a figure of the dataset cites (by id or web address). */
function citedReports(data: RawDataset, record: Record2025): string[] {
  const cited = citedIds(data);
  const citedUrls = new Set(
    data.sources.flatMap((s) => (cited.has(s.id) && s.url ? [canonical(s.url)] : [])),
  );
  return record.entries
    .filter((e) => citedUrls.has(canonical(e.source.url)) || cited.has(e.id))
    .map((e) => `${e.id}: ${e.source.url}`);
}

/** Every source id cited anywhere in the dataset but its list of sources. */
function citedIds(data: RawDataset): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) {
      for (const v of value) {
        if (key === 'sources' && typeof v === 'string') ids.add(v);
        else walk(v, key);
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  for (const [k, v] of Object.entries(data)) if (k !== 'sources') walk(v, k);
  return ids;
}

describe('the 2025 record', () => {
  it('loads, and every entry names an end user of the dataset', () => {
    const record = loaded();
    expect(record.year).toBe(2025);
    expect(record.entries.length).toBeGreaterThan(0);
  });

  it('says it is for comparison only and never feeds the model', () => {
    expect(loaded().purpose).toMatch(/comparison/i);
    expect(loaded().purpose).toMatch(/nothing here feeds the model/i);
  });

  it('dates and sources every entry, and quotes the source', () => {
    for (const e of loaded().entries) {
      expect(e.reported, e.id).toMatch(/^2025/);
      expect(e.source.url, e.id).toMatch(/^https?:\/\//);
      expect(e.source.year, e.id).toBe(2025);
      expect(e.quote.length, e.id).toBeGreaterThan(20);
    }
  });

  it('holds both outcomes: reported halts or slowdowns, and statements of no impact', () => {
    const outcomes = new Set(loaded().entries.map((e) => e.outcome));
    expect(outcomes.has('halt')).toBe(true);
    expect(outcomes.has('none')).toBe(true);
  });

  it('is never cited by a figure of the dataset, by id or by web address', () => {
    expect(citedReports(dataset, loaded())).toEqual([]);
  });

  it('the check finds a report that a figure cites, by web address or by id', () => {
    const record = loaded();
    const first = record.entries[0];
    if (first === undefined) throw new Error('empty record');
    const byUrl: RawDataset = {
      ...dataset,
      sources: [...dataset.sources, { id: 'taint', url: `${first.source.url}/?utm=x` }],
      edges: [{ sources: ['taint'] }],
    };
    expect(citedReports(byUrl, record)).toEqual([`${first.id}: ${first.source.url}`]);
    const byId: RawDataset = { ...dataset, edges: [{ sources: [first.id] }] };
    expect(citedReports(byId, record)).toEqual([`${first.id}: ${first.source.url}`]);
    // Listed but cited by no figure: allowed (the dataset's own list of outcome reports).
    const listed: RawDataset = { ...byUrl, edges: [] };
    expect(citedReports(listed, record)).toEqual([]);
  });
});

describe('loadRecord refuses bad records with where and what', () => {
  const good = rawRecord as { entries: Record<string, unknown>[] };
  const withEntry = (patch: Record<string, unknown>) => ({
    ...good,
    entries: [{ ...good.entries[0], ...patch }],
  });
  const errors = (raw: unknown) => {
    const r = loadRecord(raw, endUsers);
    return r.ok ? [] : r.errors;
  };

  it('an unknown end user', () => {
    expect(errors(withEntry({ endUser: 'mars-auto' }))).toEqual([
      'entries[0].endUser: "mars-auto" is not an end user of the dataset',
    ]);
  });

  it('a date that is not one, or outside the year', () => {
    expect(errors(withEntry({ reported: '2025-13' }))[0]).toMatch(/^entries\[0\]\.reported: /);
    expect(errors(withEntry({ reported: '2024-12-01' }))).toEqual([
      "entries[0].reported: 2024-12-01 is not in the record's year 2025",
    ]);
  });

  it('a source without a web address', () => {
    const entry = good.entries[0] as { source: Record<string, unknown> };
    expect(errors(withEntry({ source: { ...entry.source, url: undefined } }))[0]).toMatch(
      /^entries\[0\]\.source\.url: /,
    );
  });

  it('a statement of no impact with a period', () => {
    expect(errors(withEntry({ outcome: 'none', from: '2025-05' }))[0]).toMatch(
      /^entries\[0\]\.outcome: /,
    );
  });

  it('duplicate ids', () => {
    const e = good.entries[0];
    expect(errors({ ...good, entries: [e, e] })).toContain(
      `entries[1].id: duplicate entry id "${String(e?.id)}"`,
    );
  });
});
