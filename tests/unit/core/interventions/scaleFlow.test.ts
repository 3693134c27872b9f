// Cutting one flow (scale-flow): only the named flow falls, of the named material when given; a
// name the network lacks, or a factor outside 0-1, is refused with a message that says which.
import { describe, expect, it } from 'vitest';
import { analyzeScenario, buildSupplyGraph } from '../../../../src/core/analysis/index.ts';
import { kindOf, type Intervention } from '../../../../src/core/interventions/index.ts';
import { scaleFlow } from '../../../../src/core/interventions/scaleFlow.ts';
import { describeIntervention } from '../../../../src/core/scenario.ts';
import { networkFrom } from '../../../fixtures/network.ts';

// A mine feeds a hub that sells NdPr to two buyers and La/Ce to one of them.
const g = buildSupplyGraph(
  networkFrom(`
    mine  mine          AU  capacity=null production=100
    hub   intermediary  CN  capacity=null production=0
    a     end-user      CN  capacity=null production=0
    b     end-user      CN  capacity=null production=0
    mine  ->  hub  60  NdPr
    mine  ->  hub  40  La/Ce
    hub   ->  a    30  NdPr
    hub   ->  a    40  La/Ce
    hub   ->  b    30  NdPr
  `),
);

function served(interventions: Intervention[]) {
  const outcome = analyzeScenario(g, { interventions });
  if (!outcome.ok) throw new Error(outcome.errors.join('; '));
  return Object.fromEntries(outcome.result.endUsers.map((e) => [e.id, e.noSubstitution]));
}

describe('scale-flow', () => {
  it('cuts only the flow it names, to its factor', () => {
    const cut = served([{ type: 'scale-flow', source: 'hub', target: 'b', factor: 0.25 }]);
    expect(cut['b']).toBeCloseTo(7.5, 9);
    expect(cut['a']).toBeCloseTo(70, 9);
  });

  it('cuts only the material it names', () => {
    const cut = served([
      { type: 'scale-flow', source: 'hub', target: 'a', factor: 0.5, material: 'La/Ce' },
    ]);
    expect(cut['a']).toBeCloseTo(30 + 20, 9);
    expect(cut['b']).toBeCloseTo(30, 9);
  });

  it('refuses a flow the network does not have, saying which', () => {
    const outcome = analyzeScenario(g, {
      interventions: [
        { type: 'scale-flow', source: 'hub', target: 'b', factor: 0.5, material: 'La/Ce' },
      ],
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.errors.join(' ')).toMatch(/no flow of "?La\/Ce"? from "hub" to "b"/);
  });

  it('reads and writes its command-line and link forms, and refuses a factor above 1', () => {
    const i: Intervention = {
      type: 'scale-flow',
      source: 'cn-ndfeb-magnets',
      target: 'row-cn-magnets',
      factor: 0.26,
      material: 'NdFeB magnets',
    };
    expect(scaleFlow.cli.encode(i)).toBe('cn-ndfeb-magnets>row-cn-magnets=0.26@NdFeB magnets');
    expect(scaleFlow.cli.decode(scaleFlow.cli.encode(i))).toEqual(i);
    expect(scaleFlow.url.decode(scaleFlow.url.encode(i))).toEqual(i);
    expect(scaleFlow.cli.decode('a>b=1.5')).toBe(
      'the factor must be between 0 and 1 (1.5 is outside 0–1)',
    );
    expect(scaleFlow.cli.decode('a>b')).toMatch(/expected SOURCE>TARGET=F/);
    expect(kindOf(i)).toBe(scaleFlow);
  });

  it('says what it does in one sentence', () => {
    expect(
      describeIntervention({ type: 'scale-flow', source: 'hub', target: 'a', factor: 0.26 }),
    ).toBe('Cut hub → a by 74%');
  });
});
