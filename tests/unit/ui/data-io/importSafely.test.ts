// Opening a file in the explorer never ends in silence: a refusal carries its reasons, and an
// importer that throws is turned into a refusal with the error's message, which the page shows.
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { importSafely } from '../../../../src/ui/data-io/useImport.ts';

const file = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });

describe('importSafely', () => {
  it('refuses a GEXF whose metadata has the wrong shape, naming the field', async () => {
    const g = new MultiDirectedGraph();
    g.setAttribute('chokepoint', '{"sources":5}');
    g.addNode('a', { stage: 'mine', country: 'AU' });
    const r = await importSafely([file('bad.gexf', writeGexf(g))], {});
    expect(r).toEqual({
      ok: false,
      errors: ['bad.gexf: GEXF metadata "chokepoint": sources: must be a list, got 5'],
    });
  });

  it('turns an importer that throws into a refusal with its message', async () => {
    const throwing = () => Promise.reject(new TypeError('x.map is not a function'));
    const r = await importSafely([file('a.gexf', '')], {}, throwing);
    expect(r).toEqual({
      ok: false,
      errors: ['the file could not be read (x.map is not a function)'],
    });
  });
});
