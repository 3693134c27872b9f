// Where each text and picture goes on a 16:9 slide, and at what size its text fits: text wraps
// and shrinks between set sizes, and what still does not fit at the smallest size is cut at a
// word with "…" (the speaker notes keep the whole caption), so nothing runs off a slide. The
// PPTX and the PDF place the same boxes; the PDF also draws the lines as wrapped here.
import type { DeckPlan, Slide, SlideSource } from './plan.ts';

/** A slide in inches (PowerPoint's 16:9 "widescreen"). */
export const SLIDE = { w: 13.333, h: 7.5 } as const;
export const POINTS_PER_INCH = 72;

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Width in points of `text` set at `size` points. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface TextStyle {
  readonly max: number;
  readonly min: number;
  readonly bold: boolean;
  readonly colour: string;
}

export interface TextBlock {
  readonly role: 'title' | 'headline' | 'caption' | 'footnote' | 'dataset' | 'made' | 'description';
  readonly box: Box;
  /** The text as set (cut with "…" if it did not fit at the smallest size). */
  readonly text: string;
  readonly lines: readonly string[];
  readonly size: number;
  readonly bold: boolean;
  readonly colour: string;
}

export interface SourceLine {
  readonly lines: readonly string[];
  readonly source: SlideSource;
}

export interface SourcesBlock {
  readonly box: Box;
  readonly size: number;
  readonly items: readonly SourceLine[];
  /** Sources that did not fit even at the smallest size. */
  readonly more: number;
}

export interface SlideLayout {
  readonly slide: Slide;
  readonly texts: readonly TextBlock[];
  readonly picture: Box | null;
  readonly sources: SourcesBlock | null;
}

export const LINE_HEIGHT = 1.2;
/** Room kept free inside each box (points): the writers set the same inset. */
export const INSET = 2;
/** Text is measured this much wider than the font says, for the reader's own font. */
const SLACK = 1.04;

const INK = '1A1A1A';
const SOFT = '555555';

const STYLES = {
  title: { max: 28, min: 16, bold: true, colour: INK },
  headline: { max: 18, min: 11, bold: true, colour: '333333' },
  caption: { max: 16, min: 9, bold: false, colour: INK },
  footnote: { max: 11, min: 7, bold: false, colour: SOFT },
  deckTitle: { max: 40, min: 22, bold: true, colour: INK },
  dataset: { max: 20, min: 12, bold: false, colour: '333333' },
  description: { max: 16, min: 10, bold: false, colour: INK },
  made: { max: 12, min: 9, bold: false, colour: SOFT },
  sources: { max: 14, min: 7, bold: false, colour: INK },
} as const satisfies Record<string, TextStyle>;

/** The step slide's picture box: its pixel size follows from it (100 px an inch at 1x). */
export const PICTURE: Box = { x: 0.5, y: 1.95, w: 9.2, h: 4.8 };

const BOXES = {
  title: { x: 0.5, y: 0.3, w: 12.33, h: 0.8 },
  headline: { x: 0.5, y: 1.1, w: 12.33, h: 0.8 },
  caption: { x: 9.9, y: 1.95, w: 2.93, h: 4.8 },
  footnote: { x: 0.5, y: 6.85, w: 12.33, h: 0.5 },
  deckTitle: { x: 0.8, y: 1.7, w: 11.73, h: 2.0 },
  dataset: { x: 0.8, y: 3.8, w: 11.73, h: 0.7 },
  description: { x: 0.8, y: 4.6, w: 11.73, h: 1.5 },
  made: { x: 0.8, y: 6.4, w: 11.73, h: 0.5 },
  sourcesList: { x: 0.5, y: 1.2, w: 12.33, h: 5.9 },
} as const satisfies Record<string, Box>;

/** Greedy word wrap of each paragraph (split at "\n") to `width` points. */
export function wrapText(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && measure(next, size, bold) * SLACK > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

const inner = (box: Box) => ({
  w: box.w * POINTS_PER_INCH - 2 * INSET,
  h: box.h * POINTS_PER_INCH - 2 * INSET,
});

/** The largest size from `style.max` down to `style.min` at which `text` fits in `box`. */
export function fitText(
  role: TextBlock['role'],
  text: string,
  box: Box,
  style: TextStyle,
  measure: Measure,
): TextBlock {
  const room = inner(box);
  const block = (size: number, lines: string[], shown: string): TextBlock => ({
    role,
    box,
    text: shown,
    lines,
    size,
    bold: style.bold,
    colour: style.colour,
  });
  for (let size = style.max; size >= style.min; size--) {
    const lines = wrapText(text, room.w, size, style.bold, measure);
    if (lines.length * size * LINE_HEIGHT <= room.h) return block(size, lines, text);
  }
  // Cut at a word: as many lines as fit, the last ending in "…".
  const size = style.min;
  const fit = Math.max(1, Math.floor(room.h / (size * LINE_HEIGHT)));
  const lines = wrapText(text, room.w, size, style.bold, measure).slice(0, fit);
  let last = `${lines[fit - 1] ?? ''}…`;
  while (last.includes(' ') && measure(last, size, style.bold) * SLACK > room.w)
    last = `${last.slice(0, last.lastIndexOf(' ', last.length - 2))}…`;
  lines[fit - 1] = last;
  return block(size, lines, lines.join(' '));
}

/** The sources listed at the largest size that fits, each with its link written out. */
export function fitSources(sources: readonly SlideSource[], measure: Measure): SourcesBlock {
  const box = BOXES.sourcesList;
  const room = inner(box);
  const style = STYLES.sources;
  const entry = (s: SlideSource) => (s.url === undefined ? s.full : `${s.full} ${s.url}`);
  const place = (size: number) => {
    const items: SourceLine[] = [];
    let used = 0;
    for (const source of sources) {
      const lines = wrapText(`• ${entry(source)}`, room.w, size, false, measure);
      const h = (lines.length + 0.3) * size * LINE_HEIGHT;
      if (used + h > room.h) break;
      items.push({ lines, source });
      used += h;
    }
    return items;
  };
  for (let size = style.max; size > style.min; size--) {
    const items = place(size);
    if (items.length === sources.length) return { box, size, items, more: 0 };
  }
  // At the smallest size, a last line says how many more there are.
  const items = place(style.min);
  const kept = items.length === sources.length ? items : items.slice(0, -1);
  return { box, size: style.min, items: kept, more: sources.length - kept.length };
}

/** Every slide's boxes, with its text fitted. */
export function layoutDeck(plan: DeckPlan, measure: Measure): SlideLayout[] {
  const fit = (role: TextBlock['role'], text: string, box: Box, style: TextStyle) =>
    fitText(role, text, box, style, measure);
  return plan.slides.map((slide): SlideLayout => {
    if (slide.kind === 'title') {
      const texts = [
        fit('title', slide.title, BOXES.deckTitle, STYLES.deckTitle),
        fit('dataset', slide.dataset, BOXES.dataset, STYLES.dataset),
        ...(slide.description === null
          ? []
          : [fit('description', slide.description, BOXES.description, STYLES.description)]),
        fit('made', slide.made, BOXES.made, STYLES.made),
      ];
      return { slide, texts, picture: null, sources: null };
    }
    if (slide.kind === 'sources') {
      const texts = [fit('title', slide.title, BOXES.title, STYLES.title)];
      return { slide, texts, picture: null, sources: fitSources(slide.sources, measure) };
    }
    const texts = [
      fit('title', slide.title, BOXES.title, STYLES.title),
      fit('headline', slide.headline, BOXES.headline, STYLES.headline),
      fit('caption', slide.caption, BOXES.caption, STYLES.caption),
      fit('footnote', slide.footnote, BOXES.footnote, STYLES.footnote),
    ];
    return { slide, texts, picture: PICTURE, sources: null };
  });
}
