// The bundled dataset: it loads, every figure is sourced and dated, flows balance, and it
// reproduces the headline shares its sources state. Shares are computed here from the data.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDatasetText } from '../../../src/data/loadDataset.ts';
import type { Dataset, DatasetEdge, DatasetNode } from '../../../src/data/schema.ts';
import { STAGES, type Stage } from '../../../src/core/model.ts';
import { renderRareEarths } from '../../../data/build/write.ts';

const FILE = join(__dirname, '../../../data/rare-earths.json');
const text = readFileSync(FILE, 'utf8');

function load(): Dataset {
  const result = loadDatasetText(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.dataset;
}
const data = load();
const byId = new Map(data.nodes.map((n) => [n.id, n]));
const nodeOf = (id: string): DatasetNode => {
  const n = byId.get(id);
  if (n === undefined) throw new Error(`no node "${id}"`);
  return n;
};
const sum = (edges: readonly DatasetEdge[]) => edges.reduce((s, e) => s + e.flow, 0);
const inflow = (id: string) => sum(data.edges.filter((e) => e.target === id));
const outflow = (id: string) => sum(data.edges.filter((e) => e.source === id));
/** What a node takes in: its inflow plus what it brings in from outside (a mine's output). */
const throughput = (n: DatasetNode) => inflow(n.id) + (n.production ?? 0);

/** A stage's throughput by country, as a share of the stage's total. */
function stageShare(stage: Stage, country: string): number {
  const nodes = data.nodes.filter((n) => n.stage === stage);
  const total = nodes.reduce((s, n) => s + throughput(n), 0);
  const part = nodes.filter((n) => n.country === country).reduce((s, n) => s + throughput(n), 0);
  return part / total;
}

/** Flow over nodes with no balance note may differ by rounding only: 1 t or 0.1%. */
const BALANCE_TOLERANCE = { absolute: 1, relative: 0.001 };

describe('data/rare-earths.json', () => {
  it('validates through loadDatasetText (a v2 file, lifted to v3) with flows in t REO', () => {
    expect(data.schemaVersion).toBe(3);
    expect(data.basis).toBe('t REO');
  });

  it('is exactly what data/build produces (edit the build, not the JSON)', () => {
    expect(text).toBe(renderRareEarths());
  });

  it('has at least 60 nodes and at least 4 in every stage', () => {
    expect(data.nodes.length).toBeGreaterThanOrEqual(60);
    for (const stage of STAGES) {
      expect(data.nodes.filter((n) => n.stage === stage).length, stage).toBeGreaterThanOrEqual(4);
    }
  });

  it('gives every node and flow at least one source and the year of its figure', () => {
    const unsourced = [
      ...data.nodes.filter((n) => (n.sources?.length ?? 0) === 0).map((n) => n.id),
      ...data.edges
        .filter((e) => (e.sources?.length ?? 0) === 0)
        .map((e) => `${e.source}->${e.target}`),
    ];
    expect(unsourced).toEqual([]);
    const undated = [
      ...data.nodes.filter((n) => n.year === undefined).map((n) => n.id),
      ...data.edges.filter((e) => e.year === undefined).map((e) => `${e.source}->${e.target}`),
    ];
    expect(undated).toEqual([]);
  });

  it('says how every estimate was derived and converts every figure not reported in t REO', () => {
    for (const e of data.edges) {
      const where = `${e.source}->${e.target} (${e.material ?? ''})`;
      if (e.estimate !== undefined) expect(e.notes?.trim(), where).toBeTruthy();
      if (e.reported !== undefined && e.reported.basis !== 't REO') {
        expect(e.conversion?.sources.length, where).toBeGreaterThan(0);
      }
    }
    for (const n of data.nodes) {
      if (n.estimate !== undefined) expect(n.notes?.trim(), n.id).toBeTruthy();
    }
  });

  it('balances flow at every mine, processor, hub and magnet maker, or says why not', () => {
    const problems: string[] = [];
    for (const n of data.nodes.filter((x) => x.stage !== 'end-user')) {
      const given = throughput(n);
      const out = outflow(n.id);
      const slack = Math.max(BALANCE_TOLERANCE.absolute, BALANCE_TOLERANCE.relative * given);
      const balanced = Math.abs(given - out) <= slack;
      const note = n.balance?.note.trim() ?? '';
      if (!balanced && note === '') problems.push(`${n.id}: in ${given}, out ${out}, no note`);
      if (balanced && note !== '') problems.push(`${n.id}: balanced, but says it is not`);
    }
    expect(problems).toEqual([]);
  });

  it('has mines in every country the sources report', () => {
    const countries = new Set(data.nodes.filter((n) => n.stage === 'mine').map((n) => n.country));
    for (const c of [
      'CN',
      'US',
      'AU',
      'MM',
      'LA',
      'MY',
      'TH',
      'IN',
      'RU',
      'BR',
      'MG',
      'NG',
      'VN',
    ]) {
      expect(countries.has(c), c).toBe(true);
    }
  });

  it('carries every material of the chain on some flow', () => {
    const used = new Set(data.edges.map((e) => e.material));
    for (const m of [
      'ore concentrate',
      'mixed compounds',
      'NdPr oxide',
      'heavy rare earths (Dy/Tb)',
      'samarium',
      'metals and alloys',
      'NdFeB magnets',
      'SmCo magnets',
    ]) {
      expect(used.has(m), m).toBe(true);
    }
  });
});

describe('headline shares the dataset reproduces', () => {
  it('China mines about 69-70% of the world’s rare earths (USGS MCS 2026: 270,000 of 390,000 t)', () => {
    const share = stageShare('mine', 'CN');
    expect(share).toBeGreaterThan(0.68);
    expect(share).toBeLessThan(0.71);
  });

  it('China does about 90% of separation and processing (CSIS 2025: ~90%; IEA: 91%)', () => {
    const share = stageShare('processor', 'CN');
    expect(share).toBeGreaterThan(0.87);
    expect(share).toBeLessThan(0.93);
  });

  it('China makes over 90% of magnets (CSIS 2025: 93%; IEA: 94% of sintered magnets)', () => {
    const share = stageShare('magnet-maker', 'CN');
    expect(share).toBeGreaterThan(0.9);
    expect(share).toBeLessThan(0.95);
  });

  it('Japan takes 58.3% of China’s rare-earth metal and alloy exports (Dutch seed article, H1 2025)', () => {
    const exports = data.edges.filter(
      (e) =>
        e.material === 'metals and alloys' &&
        nodeOf(e.source).country === 'CN' &&
        nodeOf(e.target).country !== 'CN',
    );
    const japan = sum(exports.filter((e) => nodeOf(e.target).country === 'JP'));
    expect(japan / sum(exports)).toBeCloseTo(0.583, 2);
  });

  it('the Netherlands resells 26.4% of the rare-earth compounds it imports to European automakers (Dutch seed article)', () => {
    const hub = data.nodes.filter((n) => n.country === 'NL' && n.stage === 'intermediary');
    expect(hub.length).toBeGreaterThan(0);
    const imported = sum(hub.map((n) => data.edges.filter((e) => e.target === n.id)).flat());
    const toAutomakers = sum(
      data.edges.filter(
        (e) => hub.some((n) => n.id === e.source) && /automakers/i.test(nodeOf(e.target).label),
      ),
    );
    expect(toAutomakers / imported).toBeCloseTo(0.264, 2);
  });

  it('Taiwan turns 16.6% of its rare earths into precision components for electronics makers (Dutch seed article)', () => {
    const hub = data.nodes.filter((n) => n.country === 'TW' && n.stage === 'intermediary');
    const imported = sum(hub.map((n) => data.edges.filter((e) => e.target === n.id)).flat());
    const components = data.edges.filter(
      (e) => hub.some((n) => n.id === e.source) && e.material === 'precision components',
    );
    expect(components.every((e) => /electronics/i.test(nodeOf(e.target).label))).toBe(true);
    expect(sum(components) / imported).toBeCloseTo(0.166, 2);
  });

  it('Japan gets about 60-70% of its rare earths from China (JOGMEC 2024)', () => {
    const intoJapan = data.edges.filter(
      (e) => nodeOf(e.target).country === 'JP' && nodeOf(e.source).country !== 'JP',
    );
    const fromChina = sum(intoJapan.filter((e) => nodeOf(e.source).country === 'CN'));
    const share = fromChina / sum(intoJapan);
    expect(share).toBeGreaterThanOrEqual(0.6);
    expect(share).toBeLessThanOrEqual(0.75);
  });
});

describe('China’s processing node and the presets', () => {
  it('has China’s processing as one national processor, cn-processing, removed by the first preset', () => {
    const cn = data.nodes.filter((n) => n.stage === 'processor' && n.country === 'CN');
    expect(cn.map((n) => n.id)).toEqual(['cn-processing']);
    expect(data.scenarios[0]?.interventions).toEqual([
      { type: 'remove-node', node: 'cn-processing' },
    ]);
  });

  it('has a dated, captioned, sourced preset for each event, and the 2025 story in order', () => {
    const ids = data.scenarios.map((s) => s.id);
    for (const id of [
      'china-processing-offline',
      'april-2025-controls',
      'myanmar-unrest',
      'mp-stops-china-shipments',
      'october-2025-regime',
      'netherlands-hub-disrupted',
      'taiwan-disrupted',
    ]) {
      expect(ids, id).toContain(id);
    }
    const story = [
      'baseline-2024',
      'april-2025-controls',
      'june-2025-easing',
      'october-2025-regime',
      'china-processing-offline',
    ].map((id) => data.scenarios.find((s) => s.id === id));
    expect(story.every((s) => s !== undefined)).toBe(true);
    const dates = story.map((s) => s?.date ?? '');
    expect([...dates].sort()).toEqual(dates);
    for (const s of data.scenarios) expect(s.caption?.length ?? 0, s.id).toBeGreaterThan(20);
  });

  it('cuts US magnet flows by 82% in the April 2025 preset (Dutch seed article)', () => {
    const april = data.scenarios.find((s) => s.id === 'april-2025-controls');
    expect(april?.interventions).toContainEqual({
      type: 'block-route',
      from: 'CN',
      to: 'US',
      material: 'NdFeB magnets',
      factor: 0.18,
    });
  });
});
