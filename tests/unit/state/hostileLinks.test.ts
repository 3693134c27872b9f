// Hostile links: every part either applies exactly or is reported in a notice, and nothing that
// reaches the engine names something the dataset does not have.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../src/core/analysis/index.ts';
import { checkIntervention, datasetFacts } from '../../../src/core/interventions/index.ts';
import { loadDatasetText } from '../../../src/data/loadDataset.ts';
import { datasetFingerprint } from '../../../src/data/fingerprint.ts';
import { activeScenario } from '../../../src/state/document.ts';
import { documentToSearch, searchToDocument, type UrlContext } from '../../../src/state/url.ts';
import { payloads } from '../hostileInput.ts';

const loaded = loadDatasetText(
  readFileSync(new URL('../../fixtures/hostile/base.json', import.meta.url), 'utf8'),
);
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const dataset = loaded.dataset;
const ctx: UrlContext = {
  ...datasetFacts(dataset),
  edgeCount: dataset.edges.length,
  materials: new Set(dataset.edges.flatMap((e) => (e.material === undefined ? [] : [e.material]))),
  measures: new Set(['chokepoint', 'pagerank']),
  datasetId: datasetFingerprint(dataset),
};
const facts = datasetFacts(dataset);
const g = buildSupplyGraph(dataset);

describe('hostile links', () => {
  it.each(payloads('links'))('%s is reported, and what applies runs in the engine', (search) => {
    const parsed = searchToDocument(search, ctx);
    expect(parsed.notices.length, JSON.stringify(parsed.document)).toBeGreaterThan(0);
    for (const e of parsed.document.scenario) {
      expect(checkIntervention(e.intervention, facts)).toEqual([]);
    }
    expect(analyzeScenario(g, activeScenario(parsed.document.scenario)).ok).toBe(true);
  });

  it('a clean link applies exactly, with no notice, and writes itself back the same', () => {
    const search = `?do=remove%3Am&do=%21cut%3Ap%3A0.5&do=route%3ACN%3EDE%3A0.18%3ANdFeB+magnets&sel=edge%3A1&color=country&ds=${ctx.datasetId}`;
    const parsed = searchToDocument(search, ctx);
    expect(parsed.notices).toEqual([]);
    expect(documentToSearch(parsed.document, { ds: ctx.datasetId! })).toBe(search);
  });

  it('merges repeated interventions, switched on if either copy is', () => {
    const parsed = searchToDocument('?do=!remove:m&do=remove:m&do=remove:p', ctx);
    expect(parsed.document.scenario).toEqual([
      { intervention: { type: 'remove-node', node: 'm' }, enabled: true },
      { intervention: { type: 'remove-node', node: 'p' }, enabled: true },
    ]);
    expect(parsed.notices).toEqual(['merged a repeated intervention "remove:m"']);
  });

  it('says how many interventions past the limit were ignored', () => {
    const search = `?${Array.from({ length: 205 }, (_, i) => `do=cut:p:${(i + 1) / 1000}`).join('&')}`;
    const parsed = searchToDocument(search, ctx);
    expect(parsed.document.scenario).toHaveLength(200);
    expect(parsed.notices).toContain('ignored 5 interventions past the first 200');
  });

  it('refuses extra fields, hex numbers and overflowing factors, naming what is wrong', () => {
    const notices = (s: string) => searchToDocument(s, ctx).notices;
    expect(notices('?do=remove:m:extra:fields')).toEqual([
      'ignored intervention "remove:m:extra:fields": takes at most 1 field (remove:NODE), got 3',
    ]);
    expect(notices('?sel=edge:0x1')).toEqual(['ignored selection "edge:0x1": not in this dataset']);
    expect(notices('?do=cut:p:1e308')[0]).toMatch(/1e308 is outside 0–1000000000000/);
    expect(notices('?do=edge:m:e')).toEqual([
      'ignored intervention "edge:m:e": no flow from "m" to "e"',
    ]);
  });

  it('says when the link was made with other data', () => {
    expect(searchToDocument('?ds=abc&do=remove:m', ctx).notices).toEqual([
      `this link was made with other data (dataset abc; the open one is ${ctx.datasetId}): its figures may differ`,
    ]);
  });
});
