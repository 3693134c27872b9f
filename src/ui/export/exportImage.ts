// PNG and SVG of the graph with its frame drawn in. Sizes are exact multiples of the 1x
// image, so a 2x export has exactly twice the pixels in each direction.
import type { Core } from 'cytoscape';
import cytoscape from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { xmlEscape, xmlSafeText } from '../../core/xmlText.ts';
import {
  FRAME,
  footerHeight,
  frameShapes,
  frameUnit,
  headerHeight,
  type Frame,
  type FrameShape,
} from './frame.ts';
import { PAPER } from '../kit/colours.ts';

cytoscape.use(cytoscapeSvg);

export interface ImageOptions {
  /** The whole graph, or just what the view shows now. */
  readonly full: boolean;
  readonly scale: 1 | 2 | 4;
  readonly transparent: boolean;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Size of the framed image at 1x; `unit` is how much larger than its layout the frame is drawn. */
export function baseSize(cy: Core, full: boolean, frame: Frame) {
  const bb = cy.elements().boundingBox({});
  const graphW = full ? Math.ceil(bb.w) + 2 * FRAME.margin : Math.round(cy.width());
  const graphH = full ? Math.ceil(bb.h) + 2 * FRAME.margin : Math.round(cy.height());
  const width = Math.max(graphW, 640);
  const unit = frameUnit(width);
  const header = Math.ceil(headerHeight(frame) * unit);
  const footer = Math.ceil(footerHeight(frame, width / unit) * unit);
  return { width, graphW, graphH, header, unit, height: header + graphH + footer };
}

/** The frame's shapes for an image of this size, in frame units. */
function shapesFor(frame: Frame, size: ReturnType<typeof baseSize>): FrameShape[] {
  return frameShapes(frame, size.width / size.unit, size.height / size.unit);
}

const font = (shape: { size: number; bold: boolean }) =>
  `${shape.bold ? '600 ' : ''}${shape.size}px ${FONT}`;

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
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, size.width, size.height);
  }
  const pad = opts.full ? FRAME.margin : 0;
  const gx = (size.width - size.graphW) / 2 + pad;
  ctx.drawImage(img, gx, size.header + pad, size.graphW - 2 * pad, size.graphH - 2 * pad);
  ctx.scale(size.unit, size.unit);
  ctx.textBaseline = 'top';
  for (const shape of shapesFor(frame, size)) drawShape(ctx, shape);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b === null ? reject(new Error('exportPng: encoding failed')) : resolve(b)),
      'image/png',
    ),
  );
}

function drawShape(ctx: CanvasRenderingContext2D, shape: FrameShape) {
  if (shape.kind === 'text') {
    ctx.font = font(shape);
    ctx.fillStyle = shape.fill;
    ctx.fillText(shape.text, shape.x, shape.y);
  } else if (shape.kind === 'rect') {
    ctx.fillStyle = shape.stroke;
    ctx.fillRect(shape.x - 1, shape.y - 1, shape.w + 2, shape.h + 2);
    ctx.fillStyle = shape.fill;
    ctx.fillRect(shape.x, shape.y, shape.w, shape.h);
  } else {
    ctx.beginPath();
    ctx.arc(shape.x, shape.y, shape.r, 0, Math.PI * 2);
    ctx.fillStyle = shape.fill;
    ctx.fill();
    ctx.strokeStyle = shape.stroke;
    ctx.stroke();
  }
}

const xml = xmlEscape;

function svgShape(shape: FrameShape): string {
  if (shape.kind === 'text') {
    // SVG places text by its baseline; the canvas, by its top (textBaseline 'top').
    const weight = shape.bold ? ' font-weight="600"' : '';
    return `<text x="${shape.x}" y="${shape.y + shape.size * 0.85}" font-size="${shape.size}"${weight} fill="${shape.fill}">${xml(shape.text)}</text>`;
  }
  if (shape.kind === 'rect')
    return `<rect x="${shape.x}" y="${shape.y}" width="${shape.w}" height="${shape.h}" fill="${xml(shape.fill)}" stroke="${shape.stroke}"/>`;
  return `<circle cx="${shape.x}" cy="${shape.y}" r="${shape.r}" fill="${xml(shape.fill)}" stroke="${shape.stroke}"/>`;
}

export function exportSvg(cy: Core, frame: Frame, opts: Omit<ImageOptions, 'scale'>): string {
  const size = baseSize(cy, opts.full, frame);
  const pad = opts.full ? FRAME.margin : 0;
  const inner = cy
    .svg({ full: opts.full, scale: 1, bg: 'rgba(0,0,0,0)' })
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '');
  const gx = (size.width - size.graphW) / 2 + pad;
  // The graph's own labels come from cytoscape-svg: characters XML forbids are dropped from the
  // whole document, so one control character in a label cannot make the file fail to open.
  return xmlSafeText(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family='${FONT}'>`,
      opts.transparent ? '' : `<rect width="100%" height="100%" fill="${PAPER}"/>`,
      `<g class="frame" transform="scale(${size.unit})">${shapesFor(frame, size).map(svgShape).join('')}</g>`,
      `<g transform="translate(${gx},${size.header + pad})">${inner}</g>`,
      '</svg>',
    ].join(''),
  );
}

/** Saves data as a file the browser downloads (one way for every download of the page). */
export { saveFile as download } from '../data-io/download.ts';
