// The deck as a PowerPoint file (pptxgenjs): every text is text, set in the boxes and sizes the
// layout fitted, the step's picture in its box, the caption and who loses most in the notes.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { INSET, LINE_HEIGHT, type SlideLayout, type TextBlock } from './layout.ts';
import type { DeckPlan } from './plan.ts';

const FONT = 'Arial';

function textOptions(block: TextBlock) {
  return {
    ...block.box,
    fontFace: FONT,
    fontSize: block.size,
    bold: block.bold,
    color: block.colour,
    margin: INSET,
    valign: 'top' as const,
    lineSpacing: Math.round(block.size * LINE_HEIGHT * 10) / 10,
    fit: 'none' as const,
  };
}

async function dataUrl(png: Blob): Promise<string> {
  const bytes = new Uint8Array(await png.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}

/** The .pptx as a Blob; `pictures[i]` is step i's PNG. */
export async function writePptx(
  plan: DeckPlan,
  layouts: readonly SlideLayout[],
  pictures: readonly Blob[],
): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = plan.title;
  pptx.subject = 'A story from Chokepoint';
  pptx.company = 'Chokepoint';
  for (const layout of layouts) {
    const slide = pptx.addSlide();
    for (const block of layout.texts) slide.addText(block.text, textOptions(block));
    const s = layout.slide;
    if (s.kind === 'step') {
      const picture = pictures[s.index];
      if (picture !== undefined && layout.picture !== null)
        slide.addImage({
          data: await dataUrl(picture),
          ...layout.picture,
          altText: `The supply network under "${s.title}": ${s.headline}`,
        });
      slide.addNotes(s.notes);
    }
    if (layout.sources !== null) {
      const { box, size, items, more } = layout.sources;
      const runs: PptxGenJS.TextProps[] = items.flatMap(({ source }) => [
        { text: `• ${source.full}`, options: { breakLine: source.url === undefined } },
        ...(source.url === undefined
          ? []
          : [
              {
                text: ` ${source.url}`,
                options: { hyperlink: { url: source.url }, breakLine: true },
              },
            ]),
      ]);
      if (more > 0)
        runs.push({
          text: `… and ${more} more, listed in the dataset.`,
          options: { breakLine: true },
        });
      slide.addText(runs, {
        ...box,
        fontFace: FONT,
        fontSize: size,
        color: '1A1A1A',
        margin: INSET,
        valign: 'top',
        lineSpacing: Math.round(size * LINE_HEIGHT * 10) / 10,
        paraSpaceAfter: Math.round(size * LINE_HEIGHT * 0.3),
        fit: 'none',
      });
    }
  }
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('writePptx: pptxgenjs gave no bytes');
  return new Blob([notesAsParagraphs(out) as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  });
}

/**
 * pptxgenjs writes a slide's notes as one run with line breaks inside it, which PowerPoint
 * shows as one line: each line becomes a paragraph of its own.
 */
export function notesAsParagraphs(pptx: Uint8Array): Uint8Array {
  const files = unzipSync(pptx);
  const run = /<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>(<a:endParaRPr[^>]*\/>)<\/a:p>/;
  for (const name of Object.keys(files)) {
    if (!/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]!);
    const split = xml.replace(run, (_all, props: string, text: string, end: string) =>
      text
        .split(/\r?\n/)
        .map((line) =>
          line === '' ? `<a:p>${end}</a:p>` : `<a:p><a:r>${props}<a:t>${line}</a:t></a:r></a:p>`,
        )
        .join(''),
    );
    files[name] = strToU8(split);
  }
  return zipSync(files);
}
