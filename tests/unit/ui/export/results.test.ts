import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
  removalSweep,
} from '../../../../src/core/analysis/index.ts';
import { FORMULA_START } from '../../../../src/core/csv.ts';
import { loadDataset } from '../../../../src/data/loadDataset.ts';
import { chokepointCsv, impactCsv, sweepCsv } from '../../../../src/ui/export/results.ts';
import { datasetNamed, payloads } from '../../hostileInput.ts';

describe('CSV exports', () => {
  const dataset = loadBundledDataset();
  const g = buildSupplyGraph(dataset);
  const outcome = analyzeScenario(g, {
    interventions: [{ type: 'remove-node', node: 'cn-processing' }],
  });
  if (!outcome.ok) throw new Error('scenario failed');

  it('the impact CSV has one row per end user with the engine’s figures', () => {
    const rows = Papa.parse<Record<string, string>>(impactCsv(dataset, outcome.result), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(outcome.result.endUsers.length);
    const jp = rows.find((r) => r.id === 'jp-auto')!;
    const e = outcome.result.endUsers.find((x) => x.id === 'jp-auto')!;
    expect(Number(jp.noSubstitution)).toBe(e.noSubstitution);
    expect(Number(jp.withRerouting)).toBe(e.withRerouting);
    expect(jp.label).toBe('Japan: automakers and EVs');
  });

  it('the chokepoint CSV lists every node, labels with commas quoted', () => {
    const text = chokepointCsv(dataset, analyzeBaseline(g), outcome.result);
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(dataset.nodes.length);
    const cn = rows.find((r) => r.id === 'cn-processing')!;
    expect(cn.label).toBe(
      'China: separation of light concentrate (Bayan Obo, other mines, imports)',
    );
    expect(Number(cn.throughputAfterShock)).toBe(0);
  });
});

describe('CSV exports of a dataset named with formulas', () => {
  const names = payloads('formulas');
  const loaded = loadDataset(datasetNamed(names));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const dataset = loaded.dataset;
  const g = buildSupplyGraph(dataset);
  const outcome = analyzeScenario(g, { interventions: [{ type: 'remove-node', node: names[0]! }] });
  if (!outcome.ok) throw new Error('scenario failed');

  it.each([
    ['impact', () => impactCsv(dataset, outcome.result)],
    ['chokepoint', () => chokepointCsv(dataset, analyzeBaseline(g), outcome.result)],
    ['sweep', () => sweepCsv(dataset, removalSweep(g))],
  ])('the %s CSV has no cell a spreadsheet would run, and keeps every name', (_, csv) => {
    const rows = Papa.parse<string[]>(csv(), { skipEmptyLines: true }).data;
    const all = rows.flat();
    expect(all.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    const labels = new Set(all.filter((c) => c.startsWith("'")).map((c) => c.slice(1)));
    for (const name of names) expect(labels.has(name), JSON.stringify(name)).toBe(true);
  });
});
