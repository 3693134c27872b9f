// Every kind the form offers gives back, from its own form values, the intervention they came
// from: so editing in place changes only what the user changes.
import { describe, expect, it } from 'vitest';
import { FORM_KINDS } from '../../../../src/core/interventions/index.ts';
import type { Intervention } from '../../../../src/core/scenario.ts';

const EXAMPLES: readonly Intervention[] = [
  { type: 'remove-node', node: 'a' },
  { type: 'scale-capacity', node: 'a', factor: 0.3 },
  { type: 'block-country', country: 'CN' },
  { type: 'block-route', from: 'CN', to: 'US' },
  { type: 'block-route', from: 'CN', to: 'US', material: 'NdFeB magnets', factor: 0.18 },
  { type: 'block-edge', source: 'a', target: 'b' },
  { type: 'block-edge', source: 'a', target: 'b', material: 'oxide' },
];

describe('intervention forms', () => {
  it('offer every kind, a route with its material and partial cut', () => {
    expect(FORM_KINDS.map((k) => k.type).sort()).toEqual(
      ['block-country', 'block-edge', 'block-route', 'remove-node', 'scale-capacity'].sort(),
    );
    const route = FORM_KINDS.find((k) => k.type === 'block-route')!;
    expect(route.form.fields.map((f) => f.input)).toEqual([
      'country',
      'country',
      'material',
      'percent',
    ]);
  });

  it('build back what their values were read from', () => {
    for (const i of EXAMPLES) {
      const kind = FORM_KINDS.find((k) => k.type === i.type)!;
      expect(kind.form.build(kind.form.values(i))).toEqual(i);
    }
  });
});
