// "Download slides (PPTX)" and "(PDF)" for the chosen story: the deck module (and its writers)
// loads only when asked, the pictures are drawn off screen, and the line under the buttons says
// which slide is being drawn, with Cancel.
import { useEffect, useRef, useState } from 'react';
import type { Dataset, Story } from '../../data/schema.ts';
import type { DeckKind, DeckProgress } from '../deck/deck.ts';
import { download } from '../export/exportImage.ts';

const NAMES: Record<DeckKind, string> = { pptx: 'PPTX', pdf: 'PDF' };

function progressText(p: DeckProgress | null): string {
  if (p === null) return 'Preparing the slides…';
  return p.writing ? 'Writing the file…' : `Drawing slide ${p.slide} of ${p.of}…`;
}

export function DeckDownloads({ dataset, story }: { dataset: Dataset; story: Story }) {
  const [running, setRunning] = useState<{ kind: DeckKind; progress: DeckProgress | null } | null>(
    null,
  );
  const [said, setSaid] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the panel stops the work.
  useEffect(() => () => controller.current?.abort(), []);

  const start = (kind: DeckKind) => {
    const abort = new AbortController();
    controller.current = abort;
    setSaid(null);
    setRunning({ kind, progress: null });
    import('../deck/deck.ts')
      .then((deck) =>
        deck.makeDeck(
          kind,
          dataset,
          story,
          (progress) => {
            if (!abort.signal.aborted) setRunning({ kind, progress });
          },
          abort.signal,
        ),
      )
      .then(({ fileName, blob, type }) => {
        download(fileName, blob, type);
        setSaid(`Saved ${fileName}.`);
      })
      .catch((e: unknown) => {
        const error = e instanceof Error ? e : new Error(String(e));
        setSaid(
          error.name === 'DeckCancelled'
            ? 'Cancelled: no slides saved.'
            : `The slides of "${story.title}" could not be made: ${error.message}`,
        );
      })
      .finally(() => {
        if (controller.current === abort) controller.current = null;
        setRunning(null);
      });
  };

  const none = story.steps.length === 0;
  return (
    <div className="deck">
      <div className="row wrap">
        {(['pptx', 'pdf'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={none || running !== null}
            onClick={() => start(kind)}
          >
            Download slides ({NAMES[kind]})
          </button>
        ))}
      </div>
      {running !== null && (
        <p role="status" className="row small">
          <span>
            {NAMES[running.kind]}: {progressText(running.progress)}
          </span>
          <button type="button" onClick={() => controller.current?.abort()}>
            Cancel
          </button>
        </p>
      )}
      {running === null && said !== null && (
        <p role="status" className="muted small">
          {said}
        </p>
      )}
    </div>
  );
}
