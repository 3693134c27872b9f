import { describe, expect, it } from 'vitest';
import { normalise, searchNodes, searchPresets } from '../../../../src/ui/graph/search.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { loadDataset } from '../../../../src/data/loadDataset.ts';
import type { Dataset } from '../../../../src/data/schema.ts';

function dataset(): Dataset {
  const r = loadDataset({
    nodes: [
      { id: 'cn-mine', stage: 'mine', country: 'CN', label: 'China: Bayan Obo mine' },
      {
        id: 'cn-processing',
        stage: 'processor',
        country: 'CN',
        label: 'China: separation, refining, metals',
      },
      { id: 'us-defence', stage: 'end-user', country: 'US', label: 'United States: defence' },
      {
        id: 'jp-auto',
        stage: 'end-user',
        country: 'JP',
        label: 'Japan: automakers',
        notes: 'Buys separated oxide from China.',
      },
    ],
    edges: [
      { source: 'cn-mine', target: 'cn-processing', flow: 100 },
      { source: 'cn-processing', target: 'us-defence', flow: 10 },
      { source: 'cn-processing', target: 'jp-auto', flow: 50 },
    ],
  });
  if (!r.ok) throw new Error(r.errors.join());
  return r.dataset;
}

describe('searchNodes', () => {
  it('needs every word, each as a word start or inside a word, in any field', () => {
    const d = dataset();
    expect(searchNodes(d, 'China processing')).toEqual(['cn-processing']);
    expect(searchNodes(d, 'China sep')[0]).toBe('cn-processing');
    expect(searchNodes(d, 'sep china')[0]).toBe('cn-processing');
    expect(searchNodes(d, 'efin')).toEqual(['cn-processing']);
    expect(searchNodes(d, 'china nothing')).toEqual([]);
  });

  it('finds British spellings from American ones', () => {
    expect(searchNodes(dataset(), 'defense')).toEqual(['us-defence']);
    expect(normalise('Organization licenses')).toEqual(['organisation', 'licences']);
  });

  it('ranks label matches above note matches, then by the flow a node carries', () => {
    const d = dataset();
    // jp-auto mentions China only in its notes
    expect(searchNodes(d, 'china')).toEqual(['cn-processing', 'cn-mine', 'jp-auto']);
    expect(searchNodes(d, '')).toEqual([]);
  });

  it('takes words that name Object properties as words (constructor, __proto__, toString)', () => {
    expect(normalise("{{constructor.constructor('x')()}} __proto__ toString")).toEqual([
      'constructor',
      'constructor',
      'x',
      'proto',
      'tostring',
    ]);
    const d = dataset();
    expect(searchNodes(d, 'constructor')).toEqual([]);
    expect(searchNodes(d, 'hasOwnProperty china')).toEqual([]);
  });
});

describe('searchPresets', () => {
  const bundled = loadBundledDataset();
  it('finds the preset whose name holds the words, in any order and spelling', () => {
    expect(searchPresets(bundled, 'China processing')).toEqual(['china-processing-offline']);
    expect(searchPresets(bundled, 'processing china')).toEqual(['china-processing-offline']);
    expect(searchPresets(bundled, 'Netherlands')).toEqual(['netherlands-reexport-halted']);
    expect(searchPresets(bundled, 'cn-processing')).toEqual([]);
    expect(searchPresets(bundled, '   ')).toEqual([]);
  });
});
