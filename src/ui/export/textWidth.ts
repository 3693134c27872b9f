// How wide a line of the frame's text is drawn, so lines wrap between words and never run past
// the picture's edge. The browser measures with the canvas the PNG is drawn on; without one
// (tests, the command line) a width a little larger than system-ui's stands in.
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

let context: CanvasRenderingContext2D | null | undefined;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context =
        typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  return context;
}

export const fontOf = (size: number, bold: boolean) => `${bold ? '600 ' : ''}${size}px ${FONT}`;

/** Width in px of `text` at `size` px, bold (600) or regular. */
export function textWidth(text: string, size: number, bold: boolean): number {
  const ctx = canvasContext();
  if (ctx !== null) {
    ctx.font = fontOf(size, bold);
    return ctx.measureText(text).width;
  }
  return text.length * size * (bold ? 0.62 : 0.58);
}

/**
 * Greedy word wrap to `maxWidth` px. Words are never split: a word wider than the line stands
 * on a line of its own.
 */
export function wrapToWidth(text: string, maxWidth: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}
