// A story as a deck, PPTX or PDF: each step analysed by an engine of the deck's own (the
// explorer's scenario stays as it is), its picture drawn off screen, then the plan laid out and
// written. Loaded on demand (StoryPanel imports it when asked), with pptxgenjs and pdf-lib.
import { PDFDocument } from 'pdf-lib';
import type { Dataset, Story } from '../../data/schema.ts';
import type { Scenario } from '../../core/scenario.ts';
import { StoppedError } from '../../state/analysisClient.ts';
import { activeScenario } from '../../state/document.ts';
import { stepDocument } from '../../state/stories.ts';
import { createWorkerAnalysisClient } from '../../state/workerClients.ts';
import { layoutDeck, PICTURE } from './layout.ts';
import { deckPlan, type StepOutcome } from './plan.ts';
import { embedFonts, measureWith, writePdf } from './pdf.ts';
import { writePptx } from './pptx.ts';
import { layoutCache, renderStep } from './render.ts';

export type DeckKind = 'pptx' | 'pdf';

export interface DeckProgress {
  /** 1-based: the slide being drawn; `of` slides with a picture in all. */
  readonly slide: number;
  readonly of: number;
  /** True once every picture is drawn and the file is being written. */
  readonly writing: boolean;
}

export class DeckCancelled extends Error {
  constructor() {
    super('Making the slides was cancelled.');
    this.name = 'DeckCancelled';
  }
}

const TYPES: Record<DeckKind, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
};

/**
 * A step's analysis; a refusal or a failure of the engine becomes the step's message (its slide
 * says so), and the other steps are still made.
 */
async function analyse(
  client: ReturnType<typeof createWorkerAnalysisClient>,
  scenario: Scenario,
): Promise<StepOutcome> {
  try {
    const analysis = await client.scenario(scenario);
    return analysis.ok
      ? { ok: true, result: analysis.result }
      : { ok: false, message: analysis.errors.join('; ') };
  } catch (e) {
    if (e instanceof StoppedError) throw e;
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Lets the page draw (the progress line, a Cancel click) between steps. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function makeDeck(
  kind: DeckKind,
  dataset: Dataset,
  story: Story,
  onProgress: (p: DeckProgress) => void,
  signal: AbortSignal,
): Promise<{ fileName: string; blob: Blob; type: string }> {
  const client = createWorkerAnalysisClient();
  const layouts = layoutCache(dataset);
  const stop = () => {
    client.stop();
    layouts.stop();
  };
  signal.addEventListener('abort', stop);
  const check = () => {
    if (signal.aborted) throw new DeckCancelled();
  };
  try {
    const baseline = await client.load({ nodes: dataset.nodes, edges: dataset.edges });
    const outcomes: StepOutcome[] = [];
    const pictures: Blob[] = [];
    for (const [i, step] of story.steps.entries()) {
      check();
      onProgress({ slide: i + 1, of: story.steps.length, writing: false });
      await yieldToPage();
      const doc = stepDocument(dataset, step);
      const outcome = await analyse(client, activeScenario(doc.scenario));
      check();
      outcomes.push(outcome);
      pictures.push(
        await renderStep({
          dataset,
          baseline,
          result: outcome.ok ? outcome.result : null,
          doc,
          positions: await layouts.positions(doc.view.layout),
          zoomTo: step.view.zoomTo ?? [],
          box: PICTURE,
        }),
      );
    }
    check();
    onProgress({ slide: story.steps.length, of: story.steps.length, writing: true });
    await yieldToPage();
    const plan = deckPlan(dataset, story, outcomes, new Date());
    const pdf = await PDFDocument.create();
    const fonts = await embedFonts(pdf);
    const laid = layoutDeck(plan, measureWith(fonts));
    const blob =
      kind === 'pptx'
        ? await writePptx(plan, laid, pictures)
        : new Blob([(await writePdf(plan, laid, pictures, pdf, fonts)) as BlobPart], {
            type: TYPES.pdf,
          });
    check();
    return { fileName: `${plan.fileName}.${kind}`, blob, type: TYPES[kind] };
  } catch (e) {
    if (signal.aborted) throw new DeckCancelled();
    throw e;
  } finally {
    signal.removeEventListener('abort', stop);
    stop();
  }
}
