// ?embed=1: a read-only view that fills its iframe. Pan, zoom and click-for-details stay; the
// editing chrome goes. The scenario and view come from the URL.
import { GraphCanvas } from '../graph/GraphCanvas.tsx';
import { DetailsPanel } from '../details/DetailsPanel.tsx';
import type { DrawnAnalysis } from '../graph/decor.ts';
import { useGraphModel } from '../graph/useGraphModel.ts';
import { useDependents } from '../results/useDependents.ts';
import { useAppStore } from '../../state/useAppStore.ts';
import { openInChokepointHref } from './embedLinks.ts';

export function EmbedView({
  drawn,
  sizeLabel,
  headline,
}: {
  drawn: DrawnAnalysis;
  sizeLabel: string | null;
  /** The headline sentence: the embed's title line says what it shows. */
  headline: string | null;
}) {
  const model = useGraphModel(drawn);
  const { dataset, view, select } = model;
  const ready = useAppStore((s) => s.analysis.baseline?.dataset === dataset);
  const selected = view.selection?.type === 'node' ? view.selection.id : null;
  const dependents = useDependents(selected, ready);
  return (
    <div className="embed">
      <header className="embed-header">
        <strong className="embed-title" data-testid="embed-title" title={dataset.title}>
          {headline ?? dataset.title}
        </strong>
        <a href={openInChokepointHref(window.location.href)} target="_blank" rel="noopener">
          Open in Chokepoint
        </a>
      </header>
      <main className="canvas">
        <GraphCanvas model={model} sizeLabel={sizeLabel} rendererChoice={false} />
        {view.selection !== null && (
          <div className="embed-details">
            <button
              type="button"
              className="icon close"
              aria-label="Close details"
              onClick={() => select(null)}
            >
              ×
            </button>
            <DetailsPanel
              dataset={dataset}
              selection={view.selection}
              focus={view.focus}
              dependents={dependents}
              readOnly
              onIntervene={() => undefined}
              onFocus={() => undefined}
              onSelect={select}
            />
          </div>
        )}
      </main>
    </div>
  );
}
