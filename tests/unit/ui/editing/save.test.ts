// Save in the node, flow and source editors writes back only what the user changed: opened and
// saved with no change, every bundled node and flow stays as it was, key for key, and a change
// to one field keeps what the form does not show (stocks, converter flags, places).
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { applyEdit, checkEdit } from '../../../../src/data/edits.ts';
import { numbers } from '../../../../src/ui/editing/formFields.ts';
import {
  NODE_NUMBERS,
  nodeFormValues,
  nodeFromForm,
} from '../../../../src/ui/editing/NodeEditor.tsx';
import {
  EDGE_NUMBERS,
  edgeFormValues,
  edgeFromForm,
} from '../../../../src/ui/editing/FlowEditor.tsx';
import { keepUnchanged } from '../../../../src/ui/editing/keepUnchanged.ts';

const dataset = loadBundledDataset();
const read = (values: Record<string, string>, ids: readonly string[]) => {
  const errors: Record<string, string> = {};
  const n = numbers(values, ids, errors);
  expect(errors).toEqual({});
  return n;
};

describe('the node editor’s Save', () => {
  it.each(dataset.nodes.map((node) => [node.id, node] as const))(
    'with no change leaves %s, and the dataset, byte-identical',
    (id, node) => {
      const opened = nodeFormValues(node);
      const saved = nodeFromForm(node, opened, { ...opened }, read(opened, NODE_NUMBERS));
      expect(JSON.stringify(saved)).toBe(JSON.stringify(node));
      const edit = { type: 'put-node', id, node: saved } as const;
      expect(checkEdit(dataset, edit).ok).toBe(true);
      expect(JSON.stringify(applyEdit(dataset, edit))).toBe(JSON.stringify(dataset));
    },
  );

  it('keeps the stock, the converter flag and the place when only the notes change', () => {
    const stocked = dataset.nodes.find((n) => n.stock !== undefined && n.geo !== undefined);
    const converter = dataset.nodes.find((n) => n.converter === true && n.geo !== undefined);
    for (const original of [stocked, converter]) {
      expect(original).toBeDefined();
      if (original === undefined) return;
      const opened = nodeFormValues(original);
      const values = { ...opened, notes: 'checked again' };
      const saved = nodeFromForm(original, opened, values, read(values, NODE_NUMBERS));
      expect(saved).toEqual({ ...original, notes: 'checked again' });
      expect(Object.keys(saved)).toEqual(Object.keys({ ...original, notes: '' }));
    }
  });

  it('drops a figure the user emptied, and adds one the node did not have', () => {
    const node = dataset.nodes.find((n) => typeof n.capacity === 'number' && n.notes);
    expect(node).toBeDefined();
    if (node === undefined) return;
    const opened = nodeFormValues(node);
    const values = { ...opened, capacity: '', production: '12' };
    const saved = nodeFromForm(node, opened, values, read(values, NODE_NUMBERS));
    expect(saved.capacity).toBeUndefined();
    expect(saved.production).toBe(12);
    expect(saved.notes).toBe(node.notes);
  });
});

describe('the flow editor’s Save', () => {
  it('with no change leaves every bundled flow, and the dataset, byte-identical', () => {
    dataset.edges.forEach((edge, index) => {
      const opened = edgeFormValues(edge);
      const saved = edgeFromForm(edge, opened, { ...opened }, read(opened, EDGE_NUMBERS));
      expect(JSON.stringify(saved), `flow ${index}`).toBe(JSON.stringify(edge));
      if (saved === undefined) return;
      const edit = { type: 'put-edge', index, edge: saved } as const;
      expect(JSON.stringify(applyEdit(dataset, edit))).toBe(JSON.stringify(dataset));
    });
  });

  it('recomputes the flow from a reported figure and its conversion, keeping the rest', () => {
    const edge = dataset.edges.find((e) => e.sources !== undefined && e.estimate !== undefined);
    expect(edge).toBeDefined();
    if (edge === undefined) return;
    const opened = edgeFormValues(edge);
    const values = {
      ...opened,
      reported_value: '200',
      reported_unit: 't/yr',
      reported_basis: 'gross t',
      conversion_factor: '0.5',
      conversion_note: 'half of it is rare-earth oxide',
    };
    const saved = edgeFromForm(edge, opened, values, read(values, EDGE_NUMBERS));
    expect(saved?.flow).toBe(100);
    expect(saved?.reported).toEqual({ value: 200, unit: 't/yr', basis: 'gross t' });
    expect(saved?.sources).toEqual(edge.sources);
    expect(saved?.estimate).toEqual(edge.estimate);
  });
});

describe('keepUnchanged', () => {
  it('keeps unshown keys and untouched values in the record’s order, takes changed ones', () => {
    const original: Record<string, unknown> = { a: 1, hidden: { x: 1 }, b: null, c: 'old' };
    const built: Record<string, unknown> = { c: 'new', a: 1, b: undefined, d: 4 };
    const fieldsOf = { a: ['a'], b: ['b'], c: ['c'], d: ['d'] };
    const opened = { a: '1', b: '', c: 'old', d: '' };
    expect(
      JSON.stringify(
        keepUnchanged(original, built, fieldsOf, opened, { ...opened, c: 'new', d: '4' }),
      ),
    ).toBe('{"a":1,"hidden":{"x":1},"b":null,"c":"new","d":4}');
    // the user emptied b: it goes
    expect(
      keepUnchanged(original, built, fieldsOf, { ...opened, b: '3' }, opened),
    ).not.toHaveProperty('b');
  });
});
