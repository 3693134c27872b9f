// What a story's deck says, slide by slide, before anything is drawn: a title slide, one slide
// per step (its title, the headline the explorer and present mode show, its caption, its
// sources in a footnote, and speaker notes with the caption and who loses most), and a last
// slide listing every source the deck cites. The PPTX and the PDF are both written from it.
import type { ScenarioResult } from '../../core/analysis/index.ts';
import { formatLoss } from '../../core/format.ts';
import { xmlSafeText } from '../../core/xmlText.ts';
import type { Dataset, Story, StoryStep } from '../../data/schema.ts';
import { fileStem } from '../export/frameScenario.ts';
import { labeller } from '../kit/labels.ts';
import { headlineText } from '../results/headline.ts';
import { byLoss, runsShortIn } from '../results/impact.ts';

/** How many "who loses most" rows the speaker notes list. */
export const NOTES_LOSERS = 5;

/** A step's analysis: its result, or why there is none. */
export type StepOutcome =
  | { readonly ok: true; readonly result: ScenarioResult }
  | { readonly ok: false; readonly message: string };

export interface SlideSource {
  readonly id: string;
  /** "Center for Strategic and International Studies 2025": the footnote's short form. */
  readonly short: string;
  /** The full citation for the sources slide. */
  readonly full: string;
  readonly url?: string | undefined;
}

export interface TitleSlide {
  readonly kind: 'title';
  readonly title: string;
  /** The dataset's title and year. */
  readonly dataset: string;
  readonly description: string | null;
  /** "Made 7 December 2026 with Chokepoint". */
  readonly made: string;
}

export interface StepSlide {
  readonly kind: 'step';
  /** 0-based, in the story's order. */
  readonly index: number;
  readonly title: string;
  readonly headline: string;
  readonly caption: string;
  readonly sources: readonly SlideSource[];
  /** "Sources: CSIS 2025; IEA 2025", or that the step names none. */
  readonly footnote: string;
  readonly notes: string;
}

export interface SourcesSlide {
  readonly kind: 'sources';
  readonly title: string;
  readonly sources: readonly SlideSource[];
}

export type Slide = TitleSlide | StepSlide | SourcesSlide;

export interface DeckPlan {
  /** The file's name without its extension. */
  readonly fileName: string;
  readonly title: string;
  readonly slides: readonly [TitleSlide, ...StepSlide[], SourcesSlide];
}

/** A step's sources: its own, else those of the preset it shows. */
export function stepSourceIds(dataset: Dataset, step: StoryStep): readonly string[] {
  if (step.sources.length > 0) return step.sources;
  const preset = dataset.scenarios.find((p) => p.id === step.preset);
  return preset?.sources ?? [];
}

function slideSource(dataset: Dataset, id: string): SlideSource {
  const s = dataset.sources.find((x) => x.id === id);
  if (s === undefined) return { id, short: id, full: `${id} (not listed in the dataset)` };
  const by = (s.publisher ?? s.title).split(', relayed by')[0] ?? s.title;
  const publisher = s.publisher === undefined ? '' : ` ${s.publisher},`;
  return { id, short: `${by} ${s.year}`, full: `${s.title}.${publisher} ${s.year}.`, url: s.url };
}

const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The speaker notes: the caption, then the end users that lose most, with their figures. */
function notesOf(dataset: Dataset, step: StoryStep, outcome: StepOutcome): string {
  if (!outcome.ok) return `${step.caption}\n\nNo figures: ${outcome.message}`;
  const label = labeller(dataset);
  const losers = byLoss(outcome.result.endUsers, true).slice(0, NOTES_LOSERS);
  if (losers.length === 0) return `${step.caption}\n\nNo end user loses supply in this step.`;
  const rows = losers.map(
    (e, i) =>
      `${i + 1}. ${label(e.id)}: ${formatLoss(e.lostNoSubstitutionShare)} at once, ` +
      `${formatLoss(e.lostWithReroutingShare)} after rerouting; runs short ${runsShortIn(e.daysToShortfall)}`,
  );
  return `${step.caption}\n\nWho loses most:\n${rows.join('\n')}`;
}

/**
 * The deck for `story`, with `outcomes[i]` the analysis of step i (as many as there are
 * steps). The headline is the one present mode shows for the same result and preset (worded for
 * an audience: no instruction to the user at baseline).
 */
export function deckPlan(
  dataset: Dataset,
  story: Story,
  outcomes: readonly StepOutcome[],
  date: Date,
): DeckPlan {
  if (outcomes.length !== story.steps.length)
    throw new Error(
      `deckPlan: ${outcomes.length} analyses for the ${story.steps.length} steps of "${story.title}"`,
    );
  const cited: string[] = [];
  const steps = story.steps.map((step, index): StepSlide => {
    const outcome = outcomes[index]!;
    const ids = stepSourceIds(dataset, step);
    for (const id of ids) if (!cited.includes(id)) cited.push(id);
    const sources = ids.map((id) => slideSource(dataset, id));
    const headline = outcome.ok
      ? (headlineText(dataset, outcome.result, step.preset, 'audience') ?? '')
      : `This step's what-if could not be analysed: ${outcome.message}`;
    return {
      kind: 'step',
      index,
      title: step.title,
      headline,
      caption: step.caption,
      sources,
      footnote:
        sources.length === 0
          ? 'Sources: none given for this step.'
          : `Sources: ${sources.map((s) => s.short).join('; ')}.`,
      notes: notesOf(dataset, step, outcome),
    };
  });
  const title: TitleSlide = {
    kind: 'title',
    title: story.title,
    dataset:
      dataset.year === undefined ? dataset.title : `${dataset.title} (data for ${dataset.year})`,
    description: story.description ?? null,
    made: `Made ${DATE.format(date)} with Chokepoint`,
  };
  const sources: SourcesSlide = {
    kind: 'sources',
    title: 'Sources',
    sources: cited.map((id) => slideSource(dataset, id)),
  };
  return safePlan({
    fileName: fileStem(story.title, date),
    title: story.title,
    slides: [title, ...steps, sources],
  });
}

/**
 * Every text without the characters XML forbids: a control character in a caption would make
 * PowerPoint ask to repair the file. (Texts from a dataset are anyone's.)
 */
function safePlan(plan: DeckPlan): DeckPlan {
  const safe = <T>(value: T): T => {
    if (typeof value === 'string') return xmlSafeText(value) as T;
    if (Array.isArray(value)) return value.map(safe) as T;
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safe(v)])) as T;
    return value;
  };
  return safe(plan);
}
