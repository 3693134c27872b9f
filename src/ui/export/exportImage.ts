// PNG and SVG of the graph with its frame drawn in. Sizes are exact multiples of the 1x
// image, so a 2x export has exactly twice the pixels in each direction.
import type { Core } from 'cytoscape';
import cytoscape from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { xmlEscape, xmlSafeText } from '../../core/xmlText.ts';
import {
  FRAME,
  footerHeight,
  headerHeight,
  legendBand,
  shortfallTop,
  type Frame,
} from './frame.ts';

cytoscape.use(cytoscapeSvg);

export interface ImageOptions {
  /** The whole graph, or just what the view shows now. */
  readonly full: boolean;
  readonly scale: 1 | 2 | 4;
  readonly transparent: boolean;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Size of the framed image at 1x. */
export function baseSize(cy: Core, full: boolean, frame: Frame) {
  const bb = cy.elements().boundingBox({});
  const graphW = full ? Math.ceil(bb.w) + 2 * FRAME.margin : Math.round(cy.width());
  const graphH = full ? Math.ceil(bb.h) + 2 * FRAME.margin : Math.round(cy.height());
  const width = Math.max(graphW, 640);
  const header = headerHeight(frame);
  return { width, graphW, graphH, header, height: header + graphH + footerHeight(frame, width) };
}

export async function exportPng(cy: Core, frame: Frame, opts: ImageOptions): Promise<Blob> {
  const k = opts.scale;
  const size = baseSize(cy, opts.full, frame);
  const graph = cy.png({ output: 'base64uri', full: opts.full, scale: k, bg: 'rgba(0,0,0,0)' });
  const img = new Image();
  img.src = graph;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = size.width * k;
  canvas.height = size.height * k;
  const ctx = canvas.getContext('2d');
  if (ctx === null) throw new Error('exportPng: no 2D canvas');
  ctx.scale(k, k);
  if (!opts.transparent) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
  }
  const pad = opts.full ? FRAME.margin : 0;
  const gx = (size.width - size.graphW) / 2 + pad;
  ctx.drawImage(img, gx, size.header + pad, size.graphW - 2 * pad, size.graphH - 2 * pad);
  drawFrame(ctx, frame, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b === null ? reject(new Error('exportPng: encoding failed')) : resolve(b)),
      'image/png',
    ),
  );
}

function drawFrame(ctx: CanvasRenderingContext2D, frame: Frame, width: number, height: number) {
  const m = FRAME.margin;
  ctx.fillStyle = '#1a1a1a';
  ctx.textBaseline = 'top';
  ctx.font = `600 20px ${FONT}`;
  ctx.fillText(frame.title, m, m);
  ctx.font = `600 13px ${FONT}`;
  ctx.fillStyle = '#333';
  frame.subtitle.forEach((line, i) =>
    ctx.fillText(line, m, m + FRAME.titleLine + i * FRAME.subtitleLine),
  );
  if (frame.shortfall !== null) {
    const top = shortfallTop(frame);
    ctx.font = `600 12px ${FONT}`;
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText('Supply lost:', m, top + 1);
    ctx.font = `12px ${FONT}`;
    frame.shortfall.forEach((entry, i) => {
      const x = m + 80 + i * FRAME.shortfallStep;
      ctx.fillStyle = '#999';
      ctx.fillRect(x, top, FRAME.shortfallSwatch + 2, 14);
      ctx.fillStyle = entry.colour;
      ctx.fillRect(x + 1, top + 1, FRAME.shortfallSwatch, 12);
      ctx.fillStyle = '#1a1a1a';
      ctx.fillText(entry.label, x + FRAME.shortfallSwatch + 5, top + 1);
    });
  }
  // Legend band under the graph, then the footnote.
  const band = legendBand(frame, width);
  const top = height - footerHeight(frame, width);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `600 12px ${FONT}`;
  ctx.fillText(frame.legendTitle, band.title.x, top + band.title.y);
  ctx.font = `12px ${FONT}`;
  for (const { entry, x, y } of band.items) {
    ctx.beginPath();
    ctx.arc(x + 6, top + y + 7, 5, 0, Math.PI * 2);
    ctx.fillStyle = entry.colour;
    ctx.fill();
    ctx.strokeStyle = '#333';
    ctx.stroke();
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(entry.label, x + 16, top + y);
  }
  ctx.font = `11px ${FONT}`;
  ctx.fillStyle = '#555';
  let fy = top + band.height + FRAME.footerPad;
  for (const line of frame.footnote) {
    ctx.fillText(line, m, fy);
    fy += FRAME.footerLine;
  }
}

const xml = xmlEscape;

export function exportSvg(cy: Core, frame: Frame, opts: Omit<ImageOptions, 'scale'>): string {
  const size = baseSize(cy, opts.full, frame);
  const pad = opts.full ? FRAME.margin : 0;
  const inner = cy
    .svg({ full: opts.full, scale: 1, bg: 'rgba(0,0,0,0)' })
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '');
  const gx = (size.width - size.graphW) / 2 + pad;
  const m = FRAME.margin;
  const sTop = shortfallTop(frame);
  const scale =
    frame.shortfall === null
      ? ''
      : `<g class="shortfall"><text x="${m}" y="${sTop + 11}" font-size="12" font-weight="600">Supply lost:</text>${frame.shortfall
          .map((entry, i) => {
            const x = m + 80 + i * FRAME.shortfallStep;
            return `<rect x="${x + 1}" y="${sTop + 1}" width="${FRAME.shortfallSwatch}" height="12" fill="${xml(entry.colour)}" stroke="#999"/><text x="${x + FRAME.shortfallSwatch + 5}" y="${sTop + 11}" font-size="12">${xml(entry.label)}</text>`;
          })
          .join('')}</g>`;
  const band = legendBand(frame, size.width);
  const top = size.height - footerHeight(frame, size.width);
  const legend = band.items
    .map(
      ({ entry, x, y }) =>
        `<circle cx="${x + 6}" cy="${top + y + 7}" r="5" fill="${xml(entry.colour)}" stroke="#333"/><text x="${x + 16}" y="${top + y + 11}" font-size="12">${xml(entry.label)}</text>`,
    )
    .join('');
  const fy0 = top + band.height + FRAME.footerPad + 10;
  const foot = frame.footnote
    .map(
      (line, i) =>
        `<text x="${m}" y="${fy0 + i * FRAME.footerLine}" font-size="11" fill="#555">${xml(line)}</text>`,
    )
    .join('');
  // The graph's own labels come from cytoscape-svg: characters XML forbids are dropped from the
  // whole document, so one control character in a label cannot make the file fail to open.
  return xmlSafeText(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family='${FONT}'>`,
      opts.transparent ? '' : `<rect width="100%" height="100%" fill="#ffffff"/>`,
      `<text x="${m}" y="${m + 18}" font-size="20" font-weight="600" fill="#1a1a1a">${xml(frame.title)}</text>`,
      ...frame.subtitle.map(
        (line, i) =>
          `<text x="${m}" y="${m + FRAME.titleLine + 11 + i * FRAME.subtitleLine}" font-size="13" font-weight="600" fill="#333">${xml(line)}</text>`,
      ),
      scale,
      `<g transform="translate(${gx},${size.header + pad})">${inner}</g>`,
      `<g class="legend"><text x="${band.title.x}" y="${top + 11}" font-size="12" font-weight="600">${xml(frame.legendTitle)}</text>${legend}</g>`,
      `<g class="footnote">${foot}</g>`,
      '</svg>',
    ].join(''),
  );
}

/** Saves data as a file the browser downloads (one way for every download of the page). */
export { saveFile as download } from '../data-io/download.ts';
