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
import { FONT, fontOf } from './textWidth.ts';

cytoscape.use(cytoscapeSvg);

export interface ImageOptions {
  /** The whole graph, or just what the view shows now. */
  readonly full: boolean;
  readonly scale: 1 | 2 | 4;
  readonly transparent: boolean;
  /** '16:9': the picture is widened or heightened to a slide's shape, the graph centred in it. */
  readonly aspect?: 'natural' | '16:9' | undefined;
}

/**
 * Size of the framed image at 1x; `unit` is how much larger than its layout the frame is drawn.
 * The graph is drawn `graphW` × `graphH`, centred in the `width` × `areaH` between header and
 * footer (the same unless a 16:9 shape adds room around it).
 */
export function baseSize(cy: Core, full: boolean, frame: Frame, aspect: ImageOptions['aspect']) {
  const bb = cy.elements().boundingBox({});
  const graphW = full ? Math.ceil(bb.w) + 2 * FRAME.margin : Math.round(cy.width());
  const graphH = full ? Math.ceil(bb.h) + 2 * FRAME.margin : Math.round(cy.height());
  let width = Math.max(graphW, 640);
  const unit = frameUnit(width);
  const header = Math.ceil(headerHeight(frame) * unit);
  const footer = () => Math.ceil(footerHeight(frame, width / unit) * unit);
  let areaH = graphH;
  if (aspect === '16:9') {
    const wide = Math.ceil(((header + graphH + footer()) * 16) / 9);
    if (wide > width) width = wide;
    // The legend may take fewer rows in the wider image: fill what is left with room.
    areaH = Math.max(graphH, Math.round((width * 9) / 16) - header - footer());
  }
  return { width, graphW, graphH, areaH, header, unit, height: header + areaH + footer() };
}

/** The frame's shapes for an image of this size, in frame units. */
function shapesFor(frame: Frame, size: ReturnType<typeof baseSize>): FrameShape[] {
  return frameShapes(frame, size.width / size.unit, size.height / size.unit);
}

const font = (shape: { size: number; bold: boolean }) => fontOf(shape.size, shape.bold);

/** Where the graph's picture goes: centred in its area, inside the margin of a whole-graph image. */
function graphPlace(size: ReturnType<typeof baseSize>, full: boolean) {
  const pad = full ? FRAME.margin : 0;
  return {
    x: (size.width - size.graphW) / 2 + pad,
    y: size.header + (size.areaH - size.graphH) / 2 + pad,
    w: size.graphW - 2 * pad,
    h: size.graphH - 2 * pad,
  };
}

export async function exportPng(cy: Core, frame: Frame, opts: ImageOptions): Promise<Blob> {
  const k = opts.scale;
  const size = baseSize(cy, opts.full, frame, opts.aspect);
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
  const at = graphPlace(size, opts.full);
  ctx.drawImage(img, at.x, at.y, at.w, at.h);
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
  } else if (shape.kind === 'line') {
    ctx.save();
    ctx.globalAlpha = shape.opacity;
    ctx.strokeStyle = shape.stroke;
    ctx.lineWidth = shape.width;
    ctx.beginPath();
    ctx.moveTo(shape.x1, shape.y1);
    ctx.lineTo(shape.x2, shape.y2);
    ctx.stroke();
    ctx.restore();
  } else {
    ctx.save();
    ctx.beginPath();
    ctx.arc(shape.x, shape.y, shape.r, 0, Math.PI * 2);
    ctx.fillStyle = shape.fill;
    ctx.fill();
    ctx.strokeStyle = shape.stroke;
    if (shape.dashed !== undefined) {
      ctx.lineWidth = shape.dashed;
      ctx.setLineDash([3, 2]);
    }
    ctx.stroke();
    ctx.restore();
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
  if (shape.kind === 'line')
    return `<line x1="${shape.x1}" y1="${shape.y1}" x2="${shape.x2}" y2="${shape.y2}" stroke="${xml(shape.stroke)}" stroke-width="${shape.width}" stroke-opacity="${shape.opacity}"/>`;
  const dash =
    shape.dashed === undefined ? '' : ` stroke-width="${shape.dashed}" stroke-dasharray="3 2"`;
  return `<circle cx="${shape.x}" cy="${shape.y}" r="${shape.r}" fill="${xml(shape.fill)}" stroke="${xml(shape.stroke)}"${dash}/>`;
}

export function exportSvg(cy: Core, frame: Frame, opts: Omit<ImageOptions, 'scale'>): string {
  const size = baseSize(cy, opts.full, frame, opts.aspect);
  const at = graphPlace(size, opts.full);
  const inner = cy
    .svg({ full: opts.full, scale: 1, bg: 'rgba(0,0,0,0)' })
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '');
  // The graph's own labels come from cytoscape-svg: characters XML forbids are dropped from the
  // whole document, so one control character in a label cannot make the file fail to open.
  return xmlSafeText(
    [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family='${FONT}'>`,
      opts.transparent ? '' : `<rect width="100%" height="100%" fill="${PAPER}"/>`,
      `<g class="frame" transform="scale(${size.unit})">${shapesFor(frame, size).map(svgShape).join('')}</g>`,
      `<g transform="translate(${at.x},${at.y})">${inner}</g>`,
      '</svg>',
    ].join(''),
  );
}

/** Saves data as a file the browser downloads (one way for every download of the page). */
export { saveFile as download } from '../data-io/download.ts';
