// The intervention form offers only what exists: a flow's two nodes, a route's two countries
// and the materials on them; a value the choices lack falls back to the first.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { FORM_KINDS } from '../../../../src/core/interventions/index.ts';
import { resolveChoices } from '../../../../src/ui/scenario/choices.ts';
import { refusalInWords } from '../../../../src/ui/results/headline.ts';

const dataset = loadBundledDataset();
const fieldsOf = (type: string) => FORM_KINDS.find((k) => k.type === type)!.form.fields;
const none = () => '';

describe('resolveChoices', () => {
  it('offers a flow that exists, and for the chosen sender only its receivers', () => {
    const { values } = resolveChoices(dataset, fieldsOf('block-edge'), {}, none);
    expect(values.node).not.toBe(values.target);
    expect(dataset.edges.some((e) => e.source === values.node && e.target === values.target)).toBe(
      true,
    );
    const picked = resolveChoices(dataset, fieldsOf('block-edge'), { node: 'ch-arnold' }, none);
    const targets = dataset.edges.filter((e) => e.source === 'ch-arnold').map((e) => e.target);
    expect(picked.choices.target!.map((c) => c.value).sort()).toEqual([...new Set(targets)].sort());
    // a receiver the new sender does not send to falls back to one it does
    const moved = resolveChoices(
      dataset,
      fieldsOf('block-edge'),
      { node: 'ch-arnold', target: 'cn-auto' },
      none,
    );
    expect(targets).toContain(moved.values.target);
  });

  it('offers a route that exists, countries sorted by name', () => {
    const { values, choices } = resolveChoices(dataset, fieldsOf('block-route'), {}, none);
    const country = new Map(dataset.nodes.map((n) => [n.id, n.country]));
    expect(
      dataset.edges.some(
        (e) => country.get(e.source) === values.from && country.get(e.target) === values.to,
      ),
    ).toBe(true);
    expect(values.from).not.toBe(values.to);
    const names = choices.from!.map((c) => c.label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('refusalInWords', () => {
  it('names the intervention by its place and the nodes by their labels', () => {
    const said = refusalInWords(dataset, [
      'interventions[0] (block-edge): no flow from "ch-arnold" to "cn-auto"',
    ]);
    expect(said).toMatch(/^Intervention 1: no flow from Arnold Magnetic/);
    expect(said).not.toContain('"ch-arnold"');
  });
});
