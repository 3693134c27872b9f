// Every import ends on screen: a dataset opened, a mapping asked for, or a refusal with its
// message, whatever fails on the way (the importer, its worker, the store taking the dataset).
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { inPlaceImporter, type Importer } from '../../../src/state/workerClients.ts';
import { runImport } from '../../../src/ui/data-io/useImport.ts';

const bundled = loadBundledDataset();
const file = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });
const NODES = 'id,stage,country,production\nm,mine,AU,10\nu,end-user,DE,\n';
const EDGES = 'source,target,material,flow\nm,u,ore,10\n';

const refusal = (store: ReturnType<typeof createAppStore>) => store.getState().loadErrors;

describe('runImport', () => {
  it('opens what the importer reads', async () => {
    const store = createAppStore(bundled);
    const files = [file('nodes.csv', NODES), file('edges.csv', EDGES)];
    const outcome = await runImport(store, inPlaceImporter, files, {});
    expect(outcome).toEqual({ kind: 'opened' });
    expect(store.getState().dataset.nodes.map((n) => n.id)).toEqual(['m', 'u']);
  });

  it('refuses, with the message, an importer whose worker died', async () => {
    const store = createAppStore(bundled);
    const dead: Importer = {
      importFiles: () => Promise.reject(new Error('the import stopped')),
      csvRoles: () => Promise.resolve([]),
    };
    const outcome = await runImport(store, dead, [file('big.csv', 'id\n')], {});
    expect(outcome).toEqual({ kind: 'refused' });
    expect(refusal(store)).toEqual({
      fileName: 'big.csv',
      errors: ['the file could not be read (the import stopped)'],
    });
    expect(store.getState().dataset).toBe(bundled);
  });

  it('refuses a dataset the store could not take in, rather than failing in silence', async () => {
    const store = createAppStore(bundled);
    store.setState({
      openImported: () => {
        throw new RangeError('Maximum call stack size exceeded');
      },
    });
    const files = [file('nodes.csv', NODES), file('edges.csv', EDGES)];
    const outcome = await runImport(store, inPlaceImporter, files, {});
    expect(outcome).toEqual({ kind: 'refused' });
    expect(refusal(store)?.errors).toEqual([
      'the file could not be read (Maximum call stack size exceeded)',
    ]);
  });

  it('asks for a mapping when a required column is missing', async () => {
    const store = createAppStore(bundled);
    const files = [file('nodes.csv', 'what,stage\nm,mine\n'), file('edges.csv', EDGES)];
    const outcome = await runImport(store, inPlaceImporter, files, {});
    expect(outcome.kind).toBe('mapping');
  });

  it('tells the roles of CSV files, and none for a file it cannot parse', async () => {
    expect(await inPlaceImporter.csvRoles([file('a.csv', NODES)])).toEqual(['nodes']);
    expect(await inPlaceImporter.csvRoles([file('b.csv', '"unclosed')])).toEqual([]);
  });
});
