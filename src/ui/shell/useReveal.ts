// Brings an answer into view when it arrives: loading a preset or finishing a sweep grows the
// results panel until the first rows of its table fit (never past its maximum), and scrolls
// the panel to them. The user's own height is kept when it already shows them.
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** How many rows of the answer must show. */
export const ROWS_IN_VIEW = 5;
/** How long to wait for the rows to be drawn (a first analysis, a tab just opened). */
const WAIT_MS = 4000;

/**
 * Measures what the panel needs to show the tab's first rows: from the tab's top (or its anchor,
 * `[data-reveal-from]`, when the text above the table would push it down) to the end of the
 * fifth row.
 */
function needed(section: HTMLElement): { height: number; scroll: number } | null {
  const panel = section.querySelector<HTMLElement>('[role="tabpanel"]');
  const rows = panel?.querySelectorAll<HTMLElement>('tbody tr[data-id]');
  if (panel === null || panel === undefined || rows === undefined || rows.length === 0) return null;
  const last = rows[Math.min(ROWS_IN_VIEW, rows.length) - 1]!.getBoundingClientRect();
  const panelBox = panel.getBoundingClientRect();
  const anchor = panel.querySelector<HTMLElement>('[data-reveal-from]') ?? panel;
  const from = anchor.getBoundingClientRect().top;
  const above = panelBox.top - section.getBoundingClientRect().top;
  const padding = 12;
  return {
    height: Math.ceil(above + (last.bottom - from) + padding),
    scroll: panel.scrollTop + (from - panelBox.top),
  };
}

/**
 * `reveal()` grows the panel (through `setHeight`, clamped to `max`) and scrolls it to the
 * answer's first rows once they are drawn.
 */
export function useReveal(
  section: RefObject<HTMLElement | null>,
  setHeight: (update: (h: number) => number) => void,
  max: number,
): () => void {
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback(() => {
    window.clearTimeout(timer.current);
    const started = performance.now();
    const attempt = () => {
      const el = section.current;
      const need = el === null ? null : needed(el);
      if (need === null) {
        if (performance.now() - started < WAIT_MS) timer.current = window.setTimeout(attempt, 100);
        return;
      }
      setHeight((h) => Math.max(h, Math.min(max, need.height)));
      // after the new height is laid out, the rows' place is known
      window.requestAnimationFrame(() => {
        const panel = el?.querySelector<HTMLElement>('[role="tabpanel"]');
        if (panel !== null && panel !== undefined) panel.scrollTop = need.scroll;
      });
    };
    window.requestAnimationFrame(attempt);
  }, [section, setHeight, max]);
}
