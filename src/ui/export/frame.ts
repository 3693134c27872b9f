// What frames an exported image so it stands alone on a slide: a title, what scenario it
// shows, the legend, and a source footnote. Pure text layout; the renderers draw it.
import { xmlSafeText } from '../../core/xmlText.ts';
import type { Dataset } from '../../data/schema.ts';
import type { LegendEntry } from '../graph/decor.ts';
import { INK, RULE } from '../kit/colours.ts';

export interface Frame {
  readonly title: string;
  /** The headline sentence (or the scenario in words), wrapped to the image's width. */
  readonly subtitle: readonly string[];
  /** The numbered shortfall scale, drawn under the subtitle whenever a scenario is shown. */
  readonly shortfall: readonly LegendEntry[] | null;
  readonly legendTitle: string;
  readonly legend: readonly LegendEntry[];
  readonly footnote: readonly string[];
}

export const FRAME = {
  /** Title line, then each subtitle line, then the shortfall row. */
  titleLine: 26,
  subtitleLine: 17,
  shortfallRow: 24,
  /** Where the first swatch starts, after "Supply lost:". */
  shortfallLabel: 92,
  shortfallSwatch: 16,
  shortfallStep: 74,
  footerLine: 16,
  footerPad: 12,
  legendRow: 18,
  margin: 16,
  /** A graph this wide (px at 1x) gets the frame at 1 unit; wider graphs, a larger frame. */
  unitWidth: 1400,
} as const;

export const FOOTNOTE_SOURCES = 6;

/**
 * "Data: USGS 2026; IEA 2025; … and 40 more sources": the sources cited by the most nodes and
 * flows first, each as its publisher (or title) and year, so a slide stays readable.
 */
export function sourcesFootnote(dataset: Dataset): string {
  const cited = new Map<string, number>();
  const cite = (ids: readonly string[] | undefined) =>
    ids?.forEach((id) => cited.set(id, (cited.get(id) ?? 0) + 1));
  dataset.nodes.forEach((n) => cite(n.sources));
  dataset.edges.forEach((e) => cite(e.sources));
  const ranked = [...dataset.sources].sort(
    (a, b) => (cited.get(b.id) ?? 0) - (cited.get(a.id) ?? 0),
  );
  const names = [
    ...new Set(ranked.map((s) => `${(s.publisher ?? s.title).split(', relayed by')[0]} ${s.year}`)),
  ];
  if (names.length === 0) return 'Data: no sources given.';
  const shown = names.slice(0, FOOTNOTE_SOURCES);
  const more = names.length - shown.length;
  return `Data: ${shown.join('; ')}${more > 0 ? `; and ${more} more sources listed in the dataset` : ''}.`;
}

/** Greedy word wrap at an approximate character width. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface LegendItemPlace {
  readonly entry: LegendEntry;
  readonly x: number;
  readonly y: number;
}

/**
 * The legend as a band under the graph, items left to right, wrapping, so it never covers a
 * node. Positions are relative to the band's top-left corner.
 */
export function legendBand(
  frame: Frame,
  width: number,
): { height: number; title: { x: number; y: number }; items: LegendItemPlace[] } {
  const items: LegendItemPlace[] = [];
  const titleWidth = frame.legendTitle.length * 7.5 + 16;
  let x = FRAME.margin + titleWidth;
  let y = 0;
  for (const entry of frame.legend) {
    const w = 26 + entry.label.length * 6.8;
    if (x + w > width - FRAME.margin && x > FRAME.margin + titleWidth) {
      x = FRAME.margin + titleWidth;
      y += FRAME.legendRow;
    }
    items.push({ entry, x, y });
    x += w;
  }
  return { height: y + FRAME.legendRow + 8, title: { x: FRAME.margin, y: 0 }, items };
}

/** Where the shortfall row sits (its top), relative to the image. */
export function shortfallTop(frame: Frame): number {
  return FRAME.margin + FRAME.titleLine + frame.subtitle.length * FRAME.subtitleLine + 4;
}

/** The title, the subtitle and the shortfall row (when shown), with a gap under them. */
export function headerHeight(frame: Frame): number {
  return shortfallTop(frame) + (frame.shortfall === null ? 0 : FRAME.shortfallRow) + 4;
}

export function footerHeight(frame: Frame, width: number): number {
  return (
    legendBand(frame, width).height + FRAME.footerPad * 2 + frame.footnote.length * FRAME.footerLine
  );
}

/**
 * How much larger the frame is drawn than its 1x layout: an image of the whole graph is wider
 * than the screen (its labels at full size), and its title and legend grow with it, so the frame
 * reads at the same size as the labels once the image is fitted to a slide.
 */
export function frameUnit(graphWidth: number): number {
  return Math.min(4, Math.max(1, graphWidth / FRAME.unitWidth));
}

/** One thing the frame draws, in frame units, with y at the text's top. */
export type FrameShape =
  | {
      readonly kind: 'text';
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly size: number;
      readonly bold: boolean;
      readonly fill: string;
    }
  | {
      readonly kind: 'rect';
      readonly x: number;
      readonly y: number;
      readonly w: number;
      readonly h: number;
      readonly fill: string;
      readonly stroke: string;
    }
  | {
      readonly kind: 'circle';
      readonly x: number;
      readonly y: number;
      readonly r: number;
      readonly fill: string;
      readonly stroke: string;
    };

/**
 * The frame as shapes, for a frame `width` × `height` (in frame units): title, subtitle and
 * shortfall scale above the graph, the legend band and the footnote below it. The PNG and the
 * SVG both draw exactly this list.
 */
export function frameShapes(frame: Frame, width: number, height: number): FrameShape[] {
  const m = FRAME.margin;
  const text = (
    x: number,
    y: number,
    t: string,
    size: number,
    bold = false,
    fill: string = INK.text,
  ) => ({ kind: 'text', x, y, text: t, size, bold, fill }) as const;
  const shapes: FrameShape[] = [text(m, m, frame.title, 20, true)];
  frame.subtitle.forEach((line, i) =>
    shapes.push(text(m, m + FRAME.titleLine + i * FRAME.subtitleLine, line, 13, true, INK.edge)),
  );
  if (frame.shortfall !== null) {
    const top = shortfallTop(frame);
    shapes.push(text(m, top + 1, 'Supply lost:', 12, true));
    frame.shortfall.forEach((entry, i) => {
      const x = m + FRAME.shortfallLabel + i * FRAME.shortfallStep;
      shapes.push(
        {
          kind: 'rect',
          x,
          y: top + 1,
          w: FRAME.shortfallSwatch,
          h: 12,
          fill: entry.colour,
          stroke: RULE.line,
        },
        text(x + FRAME.shortfallSwatch + 5, top + 1, entry.label, 12),
      );
    });
  }
  const band = legendBand(frame, width);
  const top = height - footerHeight(frame, width);
  shapes.push(text(band.title.x, top + band.title.y, frame.legendTitle, 12, true));
  for (const { entry, x, y } of band.items) {
    shapes.push(
      { kind: 'circle', x: x + 6, y: top + y + 7, r: 5, fill: entry.colour, stroke: INK.edge },
      text(x + 16, top + y, entry.label, 12),
    );
  }
  frame.footnote.forEach((line, i) =>
    shapes.push(
      text(
        m,
        top + band.height + FRAME.footerPad + i * FRAME.footerLine,
        line,
        11,
        false,
        INK.soft,
      ),
    ),
  );
  return shapes;
}

export function buildFrame(args: {
  dataset: Dataset;
  scenarioText: string;
  legendTitle: string;
  legend: readonly LegendEntry[];
  shortfall?: readonly LegendEntry[] | null | undefined;
  /** Whose work the picture's background is (the map's borders and places), when it has one. */
  credit?: string | undefined;
  width: number;
}): Frame {
  const chars = Math.max(40, Math.floor((args.width - 2 * FRAME.margin) / 6.2));
  const width = Math.max(args.width, 640);
  // Text from the dataset, drawn into PNG and SVG alike: no characters XML forbids.
  const text = xmlSafeText;
  return {
    title: text(args.dataset.title),
    subtitle: wrap(
      text(args.scenarioText),
      Math.max(40, Math.floor((width - 2 * FRAME.margin) / 7)),
    ),
    shortfall: args.shortfall ?? null,
    legendTitle: text(args.legendTitle),
    legend: args.legend.map((e) => ({ ...e, label: text(e.label) })),
    footnote: [
      ...wrap(text(sourcesFootnote(args.dataset)), chars),
      ...(args.credit === undefined ? [] : wrap(text(args.credit), chars)),
      'Made with Chokepoint.',
    ],
  };
}
