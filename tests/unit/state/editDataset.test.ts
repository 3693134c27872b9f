// Editing the dataset in the app: an edit the loader's rules accept is applied and undoable; one
// they refuse changes nothing and names the field; navigation keeps the edits.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { unsourcedFigures } from '../../../src/data/edits.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { EMPTY_DOCUMENT } from '../../../src/state/document.ts';

const bundled = loadBundledDataset();
const first = bundled.edges[0];
if (first === undefined) throw new Error('the bundled dataset has no flows');

describe('editing the dataset', () => {
  it('changes a flow, and undo and redo bring each state back', () => {
    const store = createAppStore(bundled);
    const plain = {
      source: first.source,
      target: first.target,
      flow: first.flow,
      material: first.material,
    };
    const check = store.getState().editDataset({
      type: 'put-edge',
      index: 0,
      edge: { ...plain, flow: first.flow * 2 },
    });
    expect(check.ok).toBe(true);
    expect(store.getState().dataset.edges[0]?.flow).toBe(first.flow * 2);
    expect(store.getState().base).toBe(bundled);
    store.getState().undo();
    expect(store.getState().dataset.edges[0]?.flow).toBe(first.flow);
    store.getState().redo();
    expect(store.getState().dataset.edges[0]?.flow).toBe(first.flow * 2);
  });

  it('refuses what the loader refuses, naming the field, and keeps the dataset', () => {
    const store = createAppStore(bundled);
    const before = store.getState().dataset;
    const check = store.getState().editDataset({
      type: 'put-edge',
      index: 0,
      edge: { ...first, flow: -5 },
    });
    expect(check).toEqual({ ok: false, fields: { flow: 'must be ≥ 0, got -5' }, others: [] });
    expect(store.getState().dataset).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
    const node = bundled.nodes[0];
    if (node === undefined) throw new Error('no node');
    const country = store.getState().editDataset({
      type: 'put-node',
      id: node.id,
      node: { ...node, country: 'XX' },
    });
    expect(country.ok).toBe(false);
    if (!country.ok) expect(country.fields.country).toMatch(/not an ISO 3166 alpha-2 country code/);
  });

  it('adds and deletes nodes and flows, renames in flows, and counts unsourced figures', () => {
    const store = createAppStore(bundled);
    const s = () => store.getState();
    expect(
      s().editDataset({
        type: 'put-node',
        id: null,
        node: { id: 'new-mine', label: 'New mine', stage: 'mine', country: 'CA', production: 50 },
      }).ok,
    ).toBe(true);
    const user = bundled.nodes.find((n) => n.stage === 'end-user');
    if (user === undefined) throw new Error('no end user');
    expect(
      s().editDataset({
        type: 'put-edge',
        index: null,
        edge: { source: 'new-mine', target: user.id, flow: 50, material: first.material },
      }).ok,
    ).toBe(true);
    expect(unsourcedFigures(s().dataset)).toEqual({
      nodes: ['new-mine'],
      edges: [bundled.edges.length],
    });
    expect(
      s().editDataset({
        type: 'put-node',
        id: 'new-mine',
        node: { id: 'renamed', label: 'New mine', stage: 'mine', country: 'CA', production: 50 },
      }).ok,
    ).toBe(true);
    expect(s().dataset.edges.at(-1)?.source).toBe('renamed');
    expect(s().editDataset({ type: 'delete-node', id: 'renamed' }).ok).toBe(true);
    expect(s().dataset.nodes).toHaveLength(bundled.nodes.length);
    expect(s().dataset.edges).toHaveLength(bundled.edges.length);
  });

  it('keeps the edits when the browser navigates', () => {
    const store = createAppStore(bundled);
    store.getState().editDataset({ type: 'delete-edge', index: 0 });
    store.getState().navigateTo(EMPTY_DOCUMENT, []);
    expect(store.getState().dataset.edges).toHaveLength(bundled.edges.length - 1);
  });
});

describe('restoring saved work', () => {
  it('makes each saved edit a step that undo takes back', () => {
    const store = createAppStore(bundled);
    store.getState().editDataset({ type: 'delete-edge', index: 0 });
    store.getState().editDataset({ type: 'delete-edge', index: 0 });
    const doc = store.getState().history.present;
    const fresh = createAppStore(bundled);
    fresh.getState().restoreDocument(bundled, doc, bundled.stories);
    expect(fresh.getState().dataset.edges).toHaveLength(bundled.edges.length - 2);
    fresh.getState().undo();
    expect(fresh.getState().dataset.edges).toHaveLength(bundled.edges.length - 1);
    fresh.getState().undo();
    expect(fresh.getState().dataset.edges).toEqual(bundled.edges);
  });
});
