import { describe, expect, it } from 'vitest';
import { describeIntervention } from '../../../src/core/scenario.ts';

describe('describeIntervention', () => {
  it('says cuts and raises as people would', () => {
    expect(describeIntervention({ type: 'scale-capacity', node: 'p', factor: 0.3 })).toBe(
      'Cut p by 70%',
    );
    expect(describeIntervention({ type: 'scale-capacity', node: 'p', factor: 1.5 })).toBe(
      'Raise p to 150%',
    );
    expect(
      describeIntervention({
        type: 'block-route',
        from: 'CN',
        to: 'US',
        factor: 0.18,
        material: 'NdFeB magnets',
      }),
    ).toBe('Cut by 82%: CN → US (NdFeB magnets)');
    expect(describeIntervention({ type: 'block-route', from: 'CN', to: 'US' })).toBe(
      'Block CN → US',
    );
  });

  it('uses the names it is given', () => {
    const names = { node: (id: string) => id.toUpperCase(), country: (cc: string) => `<${cc}>` };
    expect(describeIntervention({ type: 'remove-node', node: 'cn-processing' }, names)).toBe(
      'Remove CN-PROCESSING',
    );
    expect(describeIntervention({ type: 'block-country', country: 'MM' }, names)).toBe(
      'Block <MM>',
    );
  });
});
