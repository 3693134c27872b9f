import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, loadDatasetText } from '../../../src/data/loadDataset.ts';

const ORACLE = join(__dirname, '../../../../shared/oracle');
const oracleFiles = readdirSync(ORACLE).filter((f) => f.endsWith('.json'));

const small = () => ({
  title: 'tiny',
  sources: [{ id: 's1', title: 'A source', year: 2025 }],
  nodes: [
    { id: 'm', stage: 'mine', country: 'AU', production: 10, capacity: 12 },
    { id: 'p', stage: 'processor', country: 'CN', capacity: 20 },
    { id: 'e', stage: 'end-user', country: 'DE', sources: ['s1'] },
  ],
  edges: [
    { source: 'm', target: 'p', flow: 10 },
    { source: 'p', target: 'e', flow: 10, sources: ['s1'] },
  ],
});

function errorsOf(raw: unknown): string[] {
  const result = typeof raw === 'string' ? loadDatasetText(raw) : loadDataset(raw);
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result.errors;
}

describe('loadDataset', () => {
  it.each(oracleFiles)('loads the oracle fixture %s', (file) => {
    const text = readFileSync(join(ORACLE, file), 'utf8');
    const raw = JSON.parse(text) as { nodes: unknown[]; edges: unknown[] };
    const result = loadDatasetText(text, { fallbackTitle: file });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.nodes).toHaveLength(raw.nodes.length);
    expect(result.dataset.edges).toHaveLength(raw.edges.length);
    expect(result.dataset.title).toBe(file);
    // missing labels default to ids; the extra `expected` key is dropped
    expect(result.dataset.nodes.every((n) => n.label === n.id)).toBe(true);
    expect(result.dataset).not.toHaveProperty('expected');
  });

  it('accepts a small valid dataset and keeps its figures', () => {
    const result = loadDataset(small());
    expect(result.ok && result.dataset.edges[1]).toMatchObject({ flow: 10, sources: ['s1'] });
  });

  it('names an unknown edge endpoint', () => {
    const raw = small();
    raw.edges[1]!.target = 'pro9';
    expect(errorsOf(raw)).toEqual(['edges[1].target: unknown node "pro9"']);
  });

  it('refuses a negative flow', () => {
    const raw = small() as { edges: { flow: unknown }[] };
    raw.edges[0]!.flow = -5;
    expect(errorsOf(raw)).toEqual(['edges[0].flow: must be ≥ 0, got -5']);
  });

  it('refuses a non-numeric flow', () => {
    const raw = small() as { edges: { flow: unknown }[] };
    raw.edges[1]!.flow = 'lots';
    expect(errorsOf(raw)).toEqual(['edges[1].flow: expected number, got "lots"']);
  });

  it('refuses a duplicate node id', () => {
    const raw = small();
    raw.nodes[2]!.id = 'p';
    const errors = errorsOf(raw);
    expect(errors[0]).toBe('nodes[2].id: duplicate node id "p"');
  });

  it('refuses an unknown stage and lists the stages', () => {
    const raw = small();
    raw.nodes[1]!.stage = 'smelter';
    expect(errorsOf(raw)).toEqual([
      'nodes[1].stage: "smelter" is not one of mine, processor, intermediary, magnet-maker, end-user',
    ]);
  });

  it('refuses a country that is not ISO 3166 alpha-2', () => {
    const raw = small();
    raw.nodes[0]!.country = 'Australia';
    expect(errorsOf(raw)[0]).toMatch(/^nodes\[0\]\.country: "Australia": not an ISO 3166/);
  });

  it('refuses an unknown source reference', () => {
    const raw = small();
    raw.edges[1]!.sources = ['usgs'];
    expect(errorsOf(raw)).toEqual(['edges[1].sources[0]: unknown source "usgs"']);
  });

  it('says where text is not JSON', () => {
    const text = '{\n  "nodes": [],\n  "edges": [\n }\n';
    expect(errorsOf(text)).toEqual(['not JSON: expected a value at line 4 column 2']);
  });

  it('says so when a file is empty', () => {
    expect(errorsOf('')).toEqual(['empty file: there is no data in it']);
    expect(errorsOf('  \n ')).toEqual(['empty file: there is no data in it']);
  });

  it('refuses valid JSON that is not a dataset', () => {
    expect(errorsOf('[1, 2, 3]')).toEqual([
      '(top level): expected an object with "nodes" and "edges"',
    ]);
    expect(errorsOf('{"nodes": []}')).toEqual(['edges: is missing (expected array)']);
  });

  it('refuses 50 MB of junk quickly, with one line', () => {
    const chunk = 'x9$#\u00e9 \t{[<junk>]}';
    const junk = chunk.repeat(Math.ceil((50 * 1024 * 1024) / chunk.length));
    const started = performance.now();
    const errors = errorsOf(junk);
    const elapsed = performance.now() - started;
    expect(errors).toEqual(['not JSON: unexpected token at line 1 column 1']);
    expect(elapsed).toBeLessThan(5_000); // generous: a hang or a full scan would take far longer
  });

  it('caps a flood of errors with a count of the rest', () => {
    const raw = small();
    raw.edges = Array.from({ length: 100 }, (_, i) => ({ source: 'm', target: `x${i}`, flow: 1 }));
    const errors = errorsOf(raw);
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('…and 80 more problems');
  });
});
