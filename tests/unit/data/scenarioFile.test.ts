import { describe, expect, it } from 'vitest';
import { scenarioFromFile, scenarioToFile } from '../../../src/data/scenarioFile.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';

describe('scenario files', () => {
  const dataset = loadBundledDataset();
  const [a, b] = dataset.nodes;

  it('round-trips the interventions with their on/off state', () => {
    const entries = [
      { intervention: { type: 'remove-node' as const, node: a!.id }, enabled: true },
      {
        intervention: { type: 'scale-capacity' as const, node: b!.id, factor: 0.3 },
        enabled: false,
      },
      { intervention: { type: 'block-country' as const, country: a!.country }, enabled: true },
    ];
    const back = scenarioFromFile(scenarioToFile(dataset.title, entries), dataset);
    expect(back).toEqual({ ok: true, entries });
  });

  it('names what does not fit the dataset, and refuses non-scenarios', () => {
    const text = JSON.stringify({
      format: 'chokepoint-scenario',
      schemaVersion: 1,
      interventions: [{ intervention: { type: 'remove-node', node: 'atlantis' }, enabled: true }],
    });
    expect(scenarioFromFile(text, dataset)).toEqual({
      ok: false,
      errors: ['interventions[0].intervention.node: unknown node "atlantis" in this dataset'],
    });
    expect(scenarioFromFile('{"nodes": []}', dataset).ok).toBe(false);
    expect(scenarioFromFile('{', dataset)).toEqual({
      ok: false,
      errors: ["not JSON: a '}' should come here at line 1 column 2"],
    });
  });
});
