// What frames an exported image so it stands alone on a slide: a title (the scenario's name
// under a what-if), the headline, the legend with the what-if key, and a source footnote with
// the scenario's sources first. Pure text layout; the renderers draw it.
import { xmlSafeText } from '../../core/xmlText.ts';
import type { Dataset } from '../../data/schema.ts';
import type { LegendEntry } from '../graph/decor.ts';
import { INK, PAPER, RULE } from '../kit/colours.ts';
import { frameLegend, markWidth, type FrameLegendEntry } from './frameLegend.ts';
import { fileStem, type FrameScenario } from './frameScenario.ts';
import { textWidth, wrapToWidth } from './textWidth.ts';

export interface Frame {
  /** The title, wrapped: the scenario's name under a what-if, else the dataset's title. */
  readonly title: readonly string[];
  /** The headline sentence (or the scenario in words), wrapped to the image's width. */
  readonly subtitle: readonly string[];
  /** The numbered shortfall scale, drawn under the subtitle whenever a scenario is shown. */
  readonly shortfall: readonly LegendEntry[] | null;
  readonly legendTitle: string;
  readonly legend: readonly FrameLegendEntry[];
  readonly footnote: readonly string[];
  /** What to call the file, without its extension: what it shows and the day it was made. */
  readonly fileName: string;
}

export const FRAME = {
  /** Each title line, then each subtitle line, then the shortfall row. */
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

/** Text sizes (frame units) and weights, shared by the layout and the drawing. */
const TEXT = {
  title: { size: 20, bold: true },
  subtitle: { size: 13, bold: true },
  legend: { size: 12, bold: false },
  footnote: { size: 11, bold: false },
} as const;

export const FOOTNOTE_SOURCES = 6;

const sourceName = (s: Dataset['sources'][number]) =>
  `${(s.publisher ?? s.title).split(', relayed by')[0]} ${s.year}`;

/**
 * "Data: USGS 2026; IEA 2025; … and 40 more sources": the sources in `first` (the scenario's)
 * first, in their order, then those cited by the most nodes and flows, each as its publisher
 * (or title) and year, so a slide stays readable.
 */
export function sourcesFootnote(dataset: Dataset, first: readonly string[] = []): string {
  const cited = new Map<string, number>();
  const cite = (ids: readonly string[] | undefined) =>
    ids?.forEach((id) => cited.set(id, (cited.get(id) ?? 0) + 1));
  dataset.nodes.forEach((n) => cite(n.sources));
  dataset.edges.forEach((e) => cite(e.sources));
  const rank = (id: string) => {
    const i = first.indexOf(id);
    return i >= 0 ? i - Number.MAX_SAFE_INTEGER : -(cited.get(id) ?? 0);
  };
  const ranked = [...dataset.sources].sort((a, b) => rank(a.id) - rank(b.id));
  const names = [...new Set(ranked.map(sourceName))];
  if (names.length === 0) return 'Data: no sources given.';
  const given = new Set(dataset.sources.filter((s) => first.includes(s.id)).map(sourceName));
  const shown = names.slice(0, Math.max(FOOTNOTE_SOURCES, given.size));
  const more = names.length - shown.length;
  return `Data: ${shown.join('; ')}${more > 0 ? `; and ${more} more sources listed in the dataset` : ''}.`;
}

export interface LegendItemPlace {
  readonly entry: FrameLegendEntry;
  readonly x: number;
  readonly y: number;
}

const legendLabelX = (entry: FrameLegendEntry) => markWidth(entry) + 4;

/**
 * The legend as a band under the graph, items left to right, wrapping, so it never covers a
 * node. Positions are relative to the band's top-left corner.
 */
export function legendBand(
  frame: Frame,
  width: number,
): { height: number; title: { x: number; y: number }; items: LegendItemPlace[] } {
  const items: LegendItemPlace[] = [];
  const { size, bold } = TEXT.legend;
  const titleWidth = textWidth(frame.legendTitle, size, true) + 16;
  let x = FRAME.margin + titleWidth;
  let y = 0;
  for (const entry of frame.legend) {
    const w = legendLabelX(entry) + textWidth(entry.label, size, bold) + 16;
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
  const text = frame.title.length * FRAME.titleLine + frame.subtitle.length * FRAME.subtitleLine;
  return FRAME.margin + text + (text > 0 ? 4 : 0);
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
      /** A dashed ring of this width, as a removed or cut node is drawn. */
      readonly dashed?: number;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly width: number;
      readonly stroke: string;
      readonly opacity: number;
    };

type Text = Extract<FrameShape, { kind: 'text' }>;
const text = (
  x: number,
  y: number,
  t: string,
  style: { size: number; bold: boolean },
  fill: string = INK.text,
): Text => ({ kind: 'text', x, y, text: t, size: style.size, bold: style.bold, fill });

/** An entry's swatch, its middle at (x + its width / 2, y). */
function markShapes(entry: FrameLegendEntry, x: number, y: number): FrameShape[] {
  switch (entry.mark) {
    case 'dot':
      return [{ kind: 'circle', x: x + 6, y, r: 5, fill: entry.colour, stroke: INK.edge }];
    case 'dashed':
      return [{ kind: 'circle', x: x + 7, y, r: 6, fill: PAPER, stroke: entry.colour, dashed: 2 }];
    case 'band': {
      const line = { kind: 'line', x1: x, y1: y, x2: x + 22, y2: y } as const;
      return [
        { ...line, width: 9, stroke: entry.colour, opacity: 0.22 },
        { ...line, width: 2, stroke: entry.colour, opacity: 0.9 },
      ];
    }
    case 'ramp':
      return (entry.colours ?? [entry.colour]).map((colour, i) => ({
        kind: 'circle',
        x: x + 5 + i * 6,
        y,
        r: 4,
        fill: colour,
        stroke: INK.edge,
      }));
  }
}

/**
 * The frame as shapes, for a frame `width` × `height` (in frame units): title, subtitle and
 * shortfall scale above the graph, the legend band and the footnote below it. The PNG and the
 * SVG both draw exactly this list.
 */
export function frameShapes(frame: Frame, width: number, height: number): FrameShape[] {
  const m = FRAME.margin;
  const shapes: FrameShape[] = [];
  frame.title.forEach((line, i) => shapes.push(text(m, m + i * FRAME.titleLine, line, TEXT.title)));
  const below = m + frame.title.length * FRAME.titleLine;
  frame.subtitle.forEach((line, i) =>
    shapes.push(text(m, below + i * FRAME.subtitleLine, line, TEXT.subtitle, INK.edge)),
  );
  if (frame.shortfall !== null) {
    const top = shortfallTop(frame);
    shapes.push(text(m, top + 1, 'Supply lost:', { size: 12, bold: true }));
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
        text(x + FRAME.shortfallSwatch + 5, top + 1, entry.label, TEXT.legend),
      );
    });
  }
  const band = legendBand(frame, width);
  const top = height - footerHeight(frame, width);
  shapes.push(text(band.title.x, top + band.title.y, frame.legendTitle, { size: 12, bold: true }));
  for (const { entry, x, y } of band.items) {
    shapes.push(
      ...markShapes(entry, x, top + y + 7),
      text(x + legendLabelX(entry), top + y, entry.label, TEXT.legend),
    );
  }
  frame.footnote.forEach((line, i) =>
    shapes.push(
      text(
        m,
        top + band.height + FRAME.footerPad + i * FRAME.footerLine,
        line,
        TEXT.footnote,
        INK.soft,
      ),
    ),
  );
  return shapes;
}

export interface FrameArgs {
  readonly dataset: Dataset;
  /** The headline sentence (or the scenario in words). */
  readonly scenarioText: string;
  /** The what-if shown (frameScenario.ts); null or absent at baseline. */
  readonly scenario?: FrameScenario | null | undefined;
  readonly legendTitle: string;
  readonly legend: readonly LegendEntry[];
  readonly shortfall?: readonly LegendEntry[] | null | undefined;
  /** Whose work the picture's background is (the map's borders and places), when it has one. */
  readonly credit?: string | undefined;
  /** The image's width at 1x (px). */
  readonly width: number;
  /** The day the picture is made, for its file name (today when absent). */
  readonly date?: Date | undefined;
  /**
   * Legend and key only: a slide says the title, headline and sources in its own text, so the
   * picture does not say them again.
   */
  readonly bare?: boolean | undefined;
}

export function buildFrame(args: FrameArgs): Frame {
  const width = Math.max(args.width, 640);
  // Lines are wrapped to the frame's width in its own units (a wide image draws a larger frame).
  const line = width / frameUnit(width) - 2 * FRAME.margin;
  // Text from the dataset, drawn into PNG and SVG alike: no characters XML forbids.
  const safe = xmlSafeText;
  const wrapped = (t: string, style: { size: number; bold: boolean }) =>
    wrapToWidth(safe(t), line, style.size, style.bold);
  const scenario = args.scenario ?? null;
  const title = scenario === null ? args.dataset.title : scenario.name;
  const footnote = [
    ...(scenario === null ? [] : wrapped(`What-if on: ${args.dataset.title}.`, TEXT.footnote)),
    ...wrapped(sourcesFootnote(args.dataset, scenario?.sources ?? []), TEXT.footnote),
  ];
  const credit = args.credit === undefined ? [] : wrapped(args.credit, TEXT.footnote);
  const shortfall = args.shortfall ?? null;
  return {
    title: args.bare === true ? [] : wrapped(title, TEXT.title),
    subtitle: args.bare === true ? [] : wrapped(args.scenarioText, TEXT.subtitle),
    shortfall,
    legendTitle: safe(args.legendTitle),
    legend: frameLegend(args.legend, shortfall).map((e) => ({ ...e, label: safe(e.label) })),
    footnote: args.bare === true ? credit : [...footnote, ...credit, 'Made with Chokepoint.'],
    fileName: fileStem(title, args.date ?? new Date()),
  };
}
