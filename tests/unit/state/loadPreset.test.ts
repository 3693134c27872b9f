// Loading a preset: the scenario becomes its cuts, and the store remembers which preset it was,
// so a preset whose cuts repeat another's is named as itself in the headline, not as its twin.
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../src/data/bundled.ts';
import { createAppStore } from '../../../src/state/store.ts';
import { activeScenario } from '../../../src/state/document.ts';

const bundled = loadBundledDataset();
// A twin of April's controls (the bundled data no longer has a pair with the same cuts).
const april = bundled.scenarios.find((p) => p.id === 'april-2025-controls')!;
const dataset = {
  ...bundled,
  scenarios: [...bundled.scenarios, { ...april, id: 'april-twin', label: 'April again' }],
};

describe('loading a preset', () => {
  it('sets its cuts and remembers it, also when a twin preset has the same cuts', () => {
    const twins = dataset.scenarios.filter(
      (p) =>
        p.id !== 'april-2025-controls' &&
        JSON.stringify(p.interventions) ===
          JSON.stringify(
            dataset.scenarios.find((q) => q.id === 'april-2025-controls')!.interventions,
          ),
    );
    expect(twins.map((p) => p.id)).toContain('april-twin');
    const store = createAppStore(dataset);
    expect(store.getState().loadedPreset).toBeNull();
    for (const id of ['april-twin', 'april-2025-controls', 'myanmar-unrest']) {
      store.getState().loadPreset(id);
      const preset = dataset.scenarios.find((p) => p.id === id)!;
      expect(store.getState().loadedPreset).toBe(id);
      expect(activeScenario(store.getState().history.present.scenario).interventions).toEqual(
        preset.interventions,
      );
    }
    // undo goes back to April's cuts
    store.getState().undo();
    expect(activeScenario(store.getState().history.present.scenario).interventions).toEqual(
      dataset.scenarios.find((p) => p.id === 'april-2025-controls')!.interventions,
    );
  });

  it('a story step made from a loaded preset names it; one made after an edit keeps its cuts', () => {
    const store = createAppStore(dataset);
    store
      .getState()
      .editStories((stories) => [...stories, { id: 'mine', title: 'Mine', steps: [] }]);
    store.getState().loadPreset('october-2025-regime');
    store.getState().addStepFromView('mine', 'October', 'as loaded');
    store.getState().toggleIntervention(0);
    store.getState().addStepFromView('mine', 'Edited', 'one cut off');
    const [loaded, edited] = store.getState().stories.find((s) => s.id === 'mine')!.steps;
    expect(loaded).toMatchObject({ preset: 'october-2025-regime' });
    expect(loaded!.interventions).toBeUndefined();
    expect(edited!.preset).toBeUndefined();
    const october = dataset.scenarios.find((p) => p.id === 'october-2025-regime')!;
    expect(edited!.interventions).toEqual(october.interventions.slice(1));
  });

  it('an unknown preset changes nothing', () => {
    const store = createAppStore(dataset);
    const before = store.getState().history.present;
    store.getState().loadPreset('no-such-preset');
    expect(store.getState().history.present).toBe(before);
    expect(store.getState().loadedPreset).toBeNull();
  });
});
