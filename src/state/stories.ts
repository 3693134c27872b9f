// Stories: what a step shows (scenario + view) and the edits made to a story in the app.
// Pure functions; the store wraps them.
import type { Dataset, Story, StoryStep } from '../data/schema.ts';
import { sameInterventions, type Intervention } from '../core/scenario.ts';
import { NODE_MEASURES } from '../core/analysis/index.ts';
import { DEFAULT_VIEW, activeScenario, type AppDocument } from './document.ts';

type StoredSize = NonNullable<StoryStep['view']['sizeBy']>;
const SIZES: readonly string[] = ['none', ...NODE_MEASURES.map((m) => m.id)];
const isStoredSize = (id: string): id is StoredSize => SIZES.includes(id);

export function stepInterventions(dataset: Dataset, step: StoryStep): readonly Intervention[] {
  if (step.preset !== undefined)
    return dataset.scenarios.find((p) => p.id === step.preset)?.interventions ?? [];
  return step.interventions ?? [];
}

/** The document a step puts on screen: its scenario and its whole view. */
export function stepDocument(dataset: Dataset, step: StoryStep): AppDocument {
  const v = step.view;
  return {
    scenario: stepInterventions(dataset, step).map((intervention) => ({
      intervention,
      enabled: true,
    })),
    view: {
      ...DEFAULT_VIEW,
      selection: v.selection === undefined ? null : { type: 'node', id: v.selection },
      focus: v.focus ?? null,
      colourBy: v.colourBy ?? DEFAULT_VIEW.colourBy,
      sizeBy: v.sizeBy ?? DEFAULT_VIEW.sizeBy,
      layout: v.layout ?? DEFAULT_VIEW.layout,
      filters: v.filters ?? DEFAULT_VIEW.filters,
    },
  };
}

/**
 * A step made from what is on screen now ("Add step"). When the scenario is exactly the preset
 * loaded last, the step names that preset, so present mode names it too (October 2025's regime
 * has April's cuts, and would otherwise be called April).
 */
export function stepFromDocument(
  doc: AppDocument,
  title: string,
  caption: string,
  loaded?: {
    readonly id: string;
    readonly interventions: readonly Intervention[];
    readonly sources?: readonly string[] | undefined;
  },
): StoryStep {
  const sel = doc.view.selection;
  const size = doc.view.sizeBy;
  const interventions = activeScenario(doc.scenario).interventions;
  const isLoaded = loaded !== undefined && sameInterventions(loaded.interventions, interventions);
  return {
    title,
    caption,
    // a step under a preset cites the preset's sources, which the caption can then add to
    sources: isLoaded ? [...(loaded.sources ?? [])] : [],
    ...(isLoaded ? { preset: loaded.id } : { interventions: [...interventions] }),
    // The whole view (colour, size, layout, filters), so the step looks as it did when made.
    view: {
      ...(sel?.type === 'node' ? { selection: sel.id } : {}),
      ...(doc.view.focus === null ? {} : { focus: doc.view.focus }),
      colourBy: doc.view.colourBy,
      sizeBy: isStoredSize(size) ? size : 'chokepoint',
      layout: doc.view.layout,
      filters: {
        stages: [...doc.view.filters.stages],
        countries: [...doc.view.filters.countries],
        materials: [...doc.view.filters.materials],
      },
    },
  };
}

/** The story renamed; an empty title is refused (the story keeps its name). */
export function renameStory(stories: readonly Story[], id: string, title: string): Story[] {
  const name = title.trim();
  return stories.map((s) => (s.id === id && name !== '' ? { ...s, title: name } : s));
}

export function newStory(stories: readonly Story[], title: string): Story[] {
  let n = stories.length + 1;
  while (stories.some((s) => s.id === `story-${n}`)) n++;
  return [...stories, { id: `story-${n}`, title, steps: [] }];
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
