// The deck as a PDF (pdf-lib): one 16:9 page a slide, the same boxes and lines as the PPTX, in
// Helvetica (the metrics of the PPTX's Arial), the sources' links clickable.
import type { PDFDocument } from 'pdf-lib';
import { PDFString, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import {
  INSET,
  LINE_HEIGHT,
  POINTS_PER_INCH,
  SLIDE,
  type Box,
  type Measure,
  type SlideLayout,
} from './layout.ts';
import type { DeckPlan } from './plan.ts';

export interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
}

/** Characters the standard fonts lack, in words they have. */
const STAND_INS: Readonly<Record<string, string>> = {
  '−': '-',
  '→': '->',
  '←': '<-',
  '≥': '>=',
  '≤': '<=',
  '≈': '~',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/** `text` with every character the font cannot draw replaced (a stand-in, else "?"). */
export function drawable(text: string, font: PDFFont): string {
  const has = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text) {
    if (has.has(ch.codePointAt(0) ?? 0)) out += ch;
    else out += STAND_INS[ch] ?? (ch.normalize('NFKD').replace(/[^\x20-\x7e]/g, '') || '?');
  }
  return out;
}

export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  return {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
}

export function measureWith(fonts: Fonts): Measure {
  return (text, size, bold) => {
    const font = bold ? fonts.bold : fonts.regular;
    return font.widthOfTextAtSize(drawable(text, font), size);
  };
}

const H = SLIDE.h * POINTS_PER_INCH;
const colour = (hex: string) =>
  rgb(
    parseInt(hex.slice(0, 2), 16) / 255,
    parseInt(hex.slice(2, 4), 16) / 255,
    parseInt(hex.slice(4, 6), 16) / 255,
  );

/** Lines from the top of `box`, returning where the next line would go (points from the top). */
function drawLines(
  page: PDFPage,
  lines: readonly string[],
  at: { box: Box; top?: number; size: number; font: PDFFont; colour: string },
): number {
  const x = at.box.x * POINTS_PER_INCH + INSET;
  let top = at.top ?? at.box.y * POINTS_PER_INCH + INSET;
  for (const line of lines) {
    page.drawText(drawable(line, at.font), {
      x,
      y: H - top - at.size * 0.95,
      size: at.size,
      font: at.font,
      color: colour(at.colour),
    });
    top += at.size * LINE_HEIGHT;
  }
  return top;
}

function addLink(
  doc: PDFDocument,
  page: PDFPage,
  url: string,
  rect: [number, number, number, number],
) {
  const link = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
    }),
  );
  page.node.addAnnot(link);
}

/** The .pdf's bytes; `pictures[i]` is step i's PNG. */
export async function writePdf(
  plan: DeckPlan,
  layouts: readonly SlideLayout[],
  pictures: readonly Blob[],
  doc: PDFDocument,
  fonts: Fonts,
): Promise<Uint8Array> {
  doc.setTitle(plan.title);
  doc.setCreator('Chokepoint');
  for (const layout of layouts) {
    const page = doc.addPage([SLIDE.w * POINTS_PER_INCH, H]);
    for (const b of layout.texts)
      drawLines(page, b.lines, {
        box: b.box,
        size: b.size,
        font: b.bold ? fonts.bold : fonts.regular,
        colour: b.colour,
      });
    const s = layout.slide;
    const picture = s.kind === 'step' ? pictures[s.index] : undefined;
    if (picture !== undefined && layout.picture !== null) {
      const image = await doc.embedPng(new Uint8Array(await picture.arrayBuffer()));
      const p = layout.picture;
      page.drawImage(image, {
        x: p.x * POINTS_PER_INCH,
        y: H - (p.y + p.h) * POINTS_PER_INCH,
        width: p.w * POINTS_PER_INCH,
        height: p.h * POINTS_PER_INCH,
      });
    }
    if (layout.sources !== null) {
      const { box, size, items, more } = layout.sources;
      let top: number | undefined;
      for (const { lines, source } of items) {
        const start = top ?? box.y * POINTS_PER_INCH + INSET;
        const end = drawLines(page, lines, {
          box,
          top: start,
          size,
          font: fonts.regular,
          colour: '1A1A1A',
        });
        if (source.url !== undefined) {
          const x = box.x * POINTS_PER_INCH;
          addLink(doc, page, source.url, [x, H - end, x + box.w * POINTS_PER_INCH, H - start]);
        }
        top = end + size * LINE_HEIGHT * 0.3;
      }
      if (more > 0)
        drawLines(page, [`… and ${more} more, listed in the dataset.`], {
          box,
          ...(top === undefined ? {} : { top }),
          size,
          font: fonts.regular,
          colour: '1A1A1A',
        });
    }
  }
  return doc.save();
}
