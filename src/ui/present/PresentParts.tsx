// The pieces of present mode: the keys that move through a story, the "who loses most" list
// and the buttons under the caption.
import { useLayoutEffect } from 'react';
import type { EndUserOutcome } from '../../core/analysis/index.ts';
import { formatLoss } from '../kit/format.ts';
import { openInChokepointHref } from '../share/embedLinks.ts';

const NEXT = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'];
const PREV = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];

/** Arrow keys, a clicker, Home, End and Escape move through the story's `count` steps. */
export function usePresentKeys(
  index: number,
  count: number,
  go: (to: number) => void,
  exit: () => void,
  embed: boolean,
): void {
  // Registered as the step is drawn, not after the paint: a key pressed as soon as the step
  // shows (a clicker, or Escape) is never lost, even while the page is still busy.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        target !== null &&
        ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'A'].includes(target.tagName) &&
        e.key !== 'Escape'
      ) {
        if (e.key === ' ' || e.key === 'Enter') return;
      }
      if (NEXT.includes(e.key)) go(index + 1);
      else if (PREV.includes(e.key)) go(index - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(count - 1);
      else if (e.key === 'Escape' && !embed && document.fullscreenElement === null) exit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
}

export function WhoLosesMost({
  losers,
  label,
}: {
  readonly losers: readonly EndUserOutcome[];
  readonly label: (id: string) => string;
}) {
  if (losers.length === 0) return null;
  return (
    <section className="who-loses" aria-label="Who loses most">
      <h3>Who loses most</h3>
      <ol>
        {losers.map((e) => (
          <li key={e.id}>
            <span className="loss">{formatLoss(e.lostNoSubstitutionShare)}</span> {label(e.id)}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function PresentControls({
  index,
  count,
  go,
  showTable,
  onToggleTable,
  embed,
  exit,
}: {
  readonly index: number;
  readonly count: number;
  readonly go: (to: number) => void;
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
  readonly embed: boolean;
  readonly exit: () => void;
}) {
  return (
    <div className="row wrap present-controls">
      <button
        type="button"
        onClick={() => go(index - 1)}
        disabled={index === 0}
        aria-label="Previous step"
      >
        ← Previous
      </button>
      <button
        type="button"
        onClick={() => go(index + 1)}
        disabled={index === count - 1}
        aria-label="Next step"
      >
        Next →
      </button>
      <button type="button" onClick={onToggleTable} aria-pressed={showTable}>
        Impact table
      </button>
      <button
        type="button"
        onClick={() =>
          document.fullscreenElement === null
            ? void document.documentElement.requestFullscreen?.()
            : void document.exitFullscreen()
        }
      >
        Full screen
      </button>
      {embed ? (
        <a href={openInChokepointHref(window.location.href)} target="_blank" rel="noopener">
          Open in Chokepoint
        </a>
      ) : (
        <button type="button" onClick={exit}>
          Exit
        </button>
      )}
    </div>
  );
}
