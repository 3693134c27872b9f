import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import {
  analyzeBaseline,
  analyzeScenario,
  buildSupplyGraph,
} from '../../../../src/core/analysis/index.ts';
import { chokepointCsv, impactCsv } from '../../../../src/ui/export/results.ts';

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
    const rows = Papa.parse<Record<string, string>>(text, { header: true }).data;
    expect(rows).toHaveLength(dataset.nodes.length);
    const cn = rows.find((r) => r.id === 'cn-processing')!;
    expect(cn.label).toBe(
      'China: separation of light concentrate (Bayan Obo, other mines, imports)',
    );
    expect(Number(cn.throughputAfterShock)).toBe(0);
  });
});
