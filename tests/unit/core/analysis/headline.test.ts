import { describe, expect, it } from 'vitest';
import {
  analyzeScenario,
  buildSupplyGraph,
  headlineSentence,
  type NamedScenario,
} from '../../../../src/core/analysis/index.ts';
import type { Intervention } from '../../../../src/core/scenario.ts';

const network = {
  nodes: [
    { id: 'm', stage: 'mine' as const, country: 'CN', production: 100 },
    { id: 'p', stage: 'processor' as const, country: 'CN' },
    { id: 'a', stage: 'end-user' as const, country: 'US' },
    { id: 'b', stage: 'end-user' as const, country: 'CN' },
  ],
  edges: [
    { source: 'm', target: 'p', flow: 100 },
    { source: 'p', target: 'a', flow: 25 },
    { source: 'p', target: 'b', flow: 75 },
  ],
};
const names = { node: (id: string) => id.toUpperCase(), country: (c: string) => `<${c}>` };

function sentence(interventions: Intervention[], presets: NamedScenario[] = []) {
  const r = analyzeScenario(buildSupplyGraph(network), { interventions });
  if (!r.ok) throw new Error(r.errors.join());
  return headlineSentence(r.result, names, presets);
}

describe('headlineSentence', () => {
  it('says what was done, what is lost at once and after rerouting, and who is worst hit', () => {
    expect(sentence([{ type: 'remove-node', node: 'p' }])).toBe(
      'Removing P: 100% of end-user supply lost at once, 100% after rerouting; worst hit: B (−100%), A (−100%).',
    );
    expect(sentence([{ type: 'block-route', from: 'CN', to: 'US', factor: 0.2 }])).toBe(
      'Cutting by 80%: <CN> → <US>: 20% of end-user supply lost at once, 20% after rerouting; worst hit: A (−80%).',
    );
  });

  it('names a preset by its label, and is silent at baseline', () => {
    const block: Intervention[] = [
      { type: 'block-route', from: 'CN', to: 'US' },
      { type: 'scale-capacity', node: 'm', factor: 1 },
    ];
    expect(sentence(block, [{ label: 'Export ban', interventions: block }])).toMatch(
      /^Export ban: 25% of end-user supply lost at once/,
    );
    // a link writes the fields in another order: still the preset
    const reordered = block.map((i) => Object.fromEntries(Object.entries(i).reverse()));
    expect(
      sentence(reordered as Intervention[], [{ label: 'Export ban', interventions: block }]),
    ).toMatch(/^Export ban:/);
    expect(sentence([])).toBeNull();
    expect(sentence([{ type: 'scale-capacity', node: 'p', factor: 1.5 }])).toBe(
      'Raising P to 150%: 0% of end-user supply lost at once, 0% after rerouting; no end user loses supply.',
    );
  });
});
