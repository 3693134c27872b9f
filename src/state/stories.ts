// Stories: what a step shows (scenario + view) and the edits made to a story in the app.
// Pure functions; the store wraps them.
import type { Dataset, Story, StoryStep } from '../data/schema.ts';
import type { Intervention } from '../core/scenario.ts';
import { DEFAULT_VIEW, activeScenario, type AppDocument } from './document.ts';

export function stepInterventions(dataset: Dataset, step: StoryStep): readonly Intervention[] {
  if (step.preset !== undefined)
    return dataset.scenarios.find((p) => p.id === step.preset)?.interventions ?? [];
  return step.interventions ?? [];
}

/** The document a step puts on screen: its scenario, its selection and highlight. */
export function stepDocument(dataset: Dataset, step: StoryStep): AppDocument {
  return {
    scenario: stepInterventions(dataset, step).map((intervention) => ({
      intervention,
      enabled: true,
    })),
    view: {
      ...DEFAULT_VIEW,
      selection:
        step.view.selection === undefined ? null : { type: 'node', id: step.view.selection },
      focus: step.view.focus ?? null,
    },
  };
}

/** A step made from what is on screen now ("Add step"). */
export function stepFromDocument(doc: AppDocument, title: string, caption: string): StoryStep {
  const sel = doc.view.selection;
  return {
    title,
    caption,
    sources: [],
    interventions: [...activeScenario(doc.scenario).interventions],
    view: {
      ...(sel?.type === 'node' ? { selection: sel.id } : {}),
      ...(doc.view.focus === null ? {} : { focus: doc.view.focus }),
    },
  };
}

export function newStory(stories: readonly Story[], title: string): Story[] {
  let n = stories.length + 1;
  while (stories.some((s) => s.id === `story-${n}`)) n++;
  return [...stories, { id: `story-${n}`, title, steps: [] as unknown as Story['steps'] }];
}

function editSteps(
  stories: readonly Story[],
  id: string,
  edit: (steps: StoryStep[]) => StoryStep[],
): Story[] {
  return stories.map((s) =>
    s.id === id ? { ...s, steps: edit([...s.steps]) as Story['steps'] } : s,
  );
}

export const addStep = (stories: readonly Story[], id: string, step: StoryStep) =>
  editSteps(stories, id, (steps) => [...steps, step]);

export const deleteStep = (stories: readonly Story[], id: string, index: number) =>
  editSteps(stories, id, (steps) => steps.filter((_, i) => i !== index));

export const updateStep = (
  stories: readonly Story[],
  id: string,
  index: number,
  patch: Partial<StoryStep>,
) => editSteps(stories, id, (steps) => steps.map((s, i) => (i === index ? { ...s, ...patch } : s)));

/** Moves a step to another place; out-of-range moves change nothing. */
export function moveStep(stories: readonly Story[], id: string, from: number, to: number): Story[] {
  return editSteps(stories, id, (steps) => {
    if (from < 0 || from >= steps.length || to < 0 || to >= steps.length) return steps;
    const [step] = steps.splice(from, 1);
    if (step !== undefined) steps.splice(to, 0, step);
    return steps;
  });
}

/** The dataset file with the stories as edited, ready to save and open again. */
export function datasetWithStories(dataset: Dataset, stories: readonly Story[]): string {
  return JSON.stringify(
    { ...dataset, stories: stories.filter((s) => s.steps.length > 0) },
    null,
    1,
  );
}
