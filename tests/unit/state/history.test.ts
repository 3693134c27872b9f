import { describe, expect, it } from 'vitest';
import {
  createAppStore,
  selectCanRedo,
  selectCanUndo,
  selectDocument,
} from '../../../src/state/store.ts';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { activeScenario } from '../../../src/state/document.ts';

describe('scenario editing with undo and redo', () => {
  it('undoes and redoes interventions and view changes in order', () => {
    const store = createAppStore(loadBundledDataset());
    const s = () => store.getState();
    const id = s().dataset.nodes[0]!.id;
    s().setView({ selection: { type: 'node', id } });
    s().addIntervention({ type: 'remove-node', node: id });
    s().setView({ colourBy: 'country' });
    expect(activeScenario(selectDocument(s()).scenario).interventions).toHaveLength(1);

    s().undo();
    expect(selectDocument(s()).view.colourBy).toBe('stage');
    s().undo();
    expect(selectDocument(s()).scenario).toEqual([]);
    expect(selectDocument(s()).view.selection).toEqual({ type: 'node', id });
    expect(selectCanRedo(s())).toBe(true);
    s().redo();
    expect(selectDocument(s()).scenario).toHaveLength(1);
    // a new edit drops the redo branch
    s().toggleIntervention(0);
    expect(selectCanRedo(s())).toBe(false);
    expect(activeScenario(selectDocument(s()).scenario).interventions).toEqual([]);
  });

  it('does not record an edit that changes nothing, nor repeat an intervention', () => {
    const store = createAppStore(loadBundledDataset());
    const s = () => store.getState();
    s().setView({ colourBy: 'stage' });
    expect(selectCanUndo(s())).toBe(false);
    const id = s().dataset.nodes[1]!.id;
    s().addIntervention({ type: 'remove-node', node: id });
    s().toggleIntervention(0);
    s().addIntervention({ type: 'remove-node', node: id });
    expect(selectDocument(s()).scenario).toEqual([
      { intervention: { type: 'remove-node', node: id }, enabled: true },
    ]);
  });
});
