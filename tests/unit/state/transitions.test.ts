import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/state/store.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';

describe('opening a dataset file', () => {
  it('replaces the dataset when the file is valid', () => {
    const store = createAppStore(loadBundledDataset());
    const text = JSON.stringify({
      nodes: [
        { id: 'a', stage: 'mine', country: 'AU' },
        { id: 'b', stage: 'end-user', country: 'JP' },
      ],
      edges: [{ source: 'a', target: 'b', flow: 1 }],
    });
    store.getState().openDatasetText(text, 'two.json');
    expect(store.getState().dataset.title).toBe('two.json');
    expect(store.getState().dataset.nodes).toHaveLength(2);
    expect(store.getState().loadErrors).toBeNull();
  });

  it('keeps the current graph and reports the errors when the file is broken', () => {
    const store = createAppStore(loadBundledDataset());
    const before = store.getState().dataset;
    store.getState().openDatasetText('{"nodes": [', 'broken.json');
    expect(store.getState().dataset).toBe(before);
    expect(store.getState().loadErrors).toEqual({
      fileName: 'broken.json',
      errors: ["not JSON: a ']' should come here at line 1 column 12"],
    });
  });
});
