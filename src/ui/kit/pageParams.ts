// Parameters of the page rather than of the document: ?embed=1, and ?story=ID&step=N for
// present mode. Changes go through history.pushState and are announced with one event, so
// the URL sync and the views follow them like the browser's back/forward.
import { useSyncExternalStore } from 'react';

export const NAVIGATE_EVENT = 'chokepoint:navigate';

export interface PageParams {
  readonly embed: boolean;
  readonly story: string | null;
  /** 0-based step index. */
  readonly step: number;
  /** The step as the link wrote it, when it is not a whole number from 1 (reported, not used). */
  readonly badStep: string | null;
}

/** A story step in a link: 1, 2, 3… written plainly (not -1, 1e308, 0x2 or 2.0). */
const STEP = /^[1-9]\d{0,5}$/;

let cached: { search: string; value: PageParams } | null = null;

export function readPageParams(search = window.location.search): PageParams {
  if (cached?.search === search) return cached.value;
  const p = new URLSearchParams(search);
  const stepText = p.get('step') ?? '1';
  const valid = STEP.test(stepText);
  const value = {
    embed: p.get('embed') === '1',
    story: p.get('story'),
    step: valid ? Number(stepText) - 1 : 0,
    badStep: valid ? null : stepText.slice(0, 40),
  };
  cached = { search, value };
  return value;
}

/** The explorer's view present mode was entered from ('' when it was opened by a link). */
let left = '';

/** A new URL for the page; `replace` rewrites the current history entry instead of adding one. */
export function navigate(search: string, replace = false): void {
  // Entering present mode from the explorer: remember the view left, for Exit.
  if (readPageParams().story === null && readPageParams(search).story !== null)
    left = window.location.search;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Leaves present mode for the view it was entered from, what-if and all. */
export function exitPresent(): void {
  navigate(left);
}

export function storyStepSearch(storyId: string, step: number, embed: boolean): string {
  const p = new URLSearchParams({ story: storyId, step: String(step + 1) });
  if (embed) p.set('embed', '1');
  return `?${p.toString()}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function usePageParams(): PageParams {
  return useSyncExternalStore(subscribe, () => readPageParams());
}
