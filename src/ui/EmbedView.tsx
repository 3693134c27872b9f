// ?embed=1: a read-only view that fills its iframe. Pan, zoom and click-for-details stay; the
// editing chrome goes. The scenario and view come from the URL.
import { useState } from 'react';
import { GraphView, type Hover } from './graph/GraphView.tsx';
import { Legend } from './Legend.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { Tooltip } from './Tooltip.tsx';
import type { DrawnAnalysis } from './graph/decor.ts';
import { useGraphModel } from './useGraphModel.ts';

export function openInChokepointHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString();
}

export function EmbedView({
  drawn,
  sizeLabel,
  caption,
}: {
  drawn: DrawnAnalysis;
  sizeLabel: string | null;
  caption?: string | undefined;
}) {
  const { dataset, view, positions, decor, select, setCy } = useGraphModel(drawn);
  const [hover, setHover] = useState<Hover | null>(null);
  return (
    <div className="embed">
      <header className="embed-header">
        <strong>{dataset.title}</strong>
        {caption !== undefined && <span className="muted"> — {caption}</span>}
        <a href={openInChokepointHref(window.location.href)} target="_blank" rel="noopener">
          Open in Chokepoint
        </a>
      </header>
      <main className="canvas">
        <div className="graph-area">
          <GraphView
            dataset={dataset}
            positions={positions}
            decor={decor}
            selection={view.selection}
            onSelect={select}
            onHover={setHover}
            onReady={setCy}
          />
          {hover !== null && <Tooltip dataset={dataset} hover={hover} />}
        </div>
        <Legend decor={decor} sizeLabel={sizeLabel} layered={view.layout === 'layered'} />
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
