// One equality rule: an intervention is the same whatever order its fields were written in, and
// every place that compares interventions or keys a cache by them follows that rule.
import { describe, expect, it } from 'vitest';
import {
  interventionKey,
  sameIntervention,
  sameInterventions,
  scenarioKey,
  type Intervention,
} from '../../../../src/core/scenario.ts';
import { loadBundledDataset } from '../../../../src/data/bundled.ts';
import { addIntervention, initialDocumentState } from '../../../../src/state/transitions.ts';
import { questionKey } from '../../../../src/state/queries.ts';
import { stepFromDocument } from '../../../../src/state/stories.ts';

const ab: Intervention = { type: 'scale-capacity', node: 'p', factor: 0.5 };
const ba = JSON.parse('{"factor":0.5,"node":"p","type":"scale-capacity"}') as Intervention;

describe('interventionKey', () => {
  it('is the same for the same fields in another order, and differs for other values', () => {
    expect(Object.keys(ab)).not.toEqual(Object.keys(ba));
    expect(interventionKey(ab)).toBe(interventionKey(ba));
    expect(sameIntervention(ab, ba)).toBe(true);
    expect(sameIntervention(ab, { ...ab, factor: 0.4 })).toBe(false);
    expect(scenarioKey([ab, ba])).toBe(scenarioKey([ba, ab]));
    expect(sameInterventions([ab], [ba])).toBe(true);
    expect(sameInterventions([ab], [ab, ba])).toBe(false);
  });

  it('leaves out undefined fields, as a link or a file would', () => {
    expect(interventionKey({ ...ab, material: undefined } as Intervention)).toBe(
      interventionKey(ab),
    );
  });

  it('is the rule of the scenario editor, the stories and the store questions alike', () => {
    const dataset = loadBundledDataset();
    // Adding it again in the other order switches the one there on rather than repeating it.
    const once = addIntervention(initialDocumentState(dataset), ab);
    const twice = addIntervention(once, ba);
    expect(twice.history.present.scenario).toHaveLength(1);
    // A story step names the preset whose interventions these are, however written.
    const step = stepFromDocument(once.history.present, 't', 'c', { id: 'x', interventions: [ba] });
    expect(step.preset).toBe('x');
    // A question asked under either spelling is the same question.
    const scenario = (i: Intervention) => ({ interventions: [i] });
    expect(questionKey({ kind: 'bestCase', id: 'u', scenario: scenario(ab) })).toBe(
      questionKey({ kind: 'bestCase', id: 'u', scenario: scenario(ba) }),
    );
    expect(questionKey({ kind: 'months', interventions: [ab] })).toBe(
      questionKey({ kind: 'months', interventions: [ba] }),
    );
  });
});
