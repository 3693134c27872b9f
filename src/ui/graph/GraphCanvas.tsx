// The graph as every view shows it (explorer, embed, present mode): the drawing, its hover
// tooltip and its legend, from one graph model. Networks above DETAIL_THRESHOLD_NODES are drawn
// by group (DetailGraphView); the renderer (WebGL or 2D canvas) follows renderer.ts's rule,
// which the reader can override here.
import { useState } from 'react';
import { DETAIL_THRESHOLD_NODES } from '../../core/layout/levelOfDetail.ts';
import { DetailGraphView } from './DetailGraphView.tsx';
import { GraphView, type Hover } from './GraphView.tsx';
import { Legend } from './Legend.tsx';
import { Tooltip } from '../app/Tooltip.tsx';
import { decideRenderer, isHardwareGpu, storeChoice, type RendererChoice } from './renderer.ts';
import type { useGraphModel } from './useGraphModel.ts';

type Model = ReturnType<typeof useGraphModel>;

export function GraphCanvas({ model, sizeLabel }: { model: Model; sizeLabel: string | null }) {
  const { dataset, view, positions, decor, select, setCy } = model;
  const [hover, setHover] = useState<Hover | null>(null);
  const [renderer, setRenderer] = useState(() => decideRenderer());
  const grouped = dataset.nodes.length > DETAIL_THRESHOLD_NODES;
  const choose = (choice: RendererChoice) => {
    storeChoice(choice);
    setRenderer(decideRenderer(choice));
  };
  return (
    <>
      <div className="graph-area" data-renderer={renderer.webgl ? 'webgl' : 'canvas'}>
        {grouped ? (
          <DetailGraphView
            dataset={dataset}
            decor={decor}
            selection={view.selection}
            onSelect={select}
            onHover={setHover}
            onReady={setCy}
            webgl={renderer.webgl}
          />
        ) : (
          <GraphView
            dataset={dataset}
            positions={positions}
            decor={decor}
            selection={view.selection}
            onSelect={select}
            onHover={setHover}
            onReady={setCy}
            webgl={renderer.webgl}
          />
        )}
        {hover !== null && <Tooltip dataset={dataset} hover={hover} />}
      </div>
      <Legend decor={decor} sizeLabel={sizeLabel} layered={view.layout === 'layered'} />
      <label className="renderer-choice small muted">
        Drawing{' '}
        <select value={renderer.choice} onChange={(e) => choose(e.target.value as RendererChoice)}>
          <option value="auto">
            Automatic ({isHardwareGpu(renderer.gpu) ? 'WebGL' : '2D canvas'}:{' '}
            {renderer.gpu === null ? 'no GPU reported' : renderer.gpu.slice(0, 40)})
          </option>
          <option value="webgl">WebGL</option>
          <option value="canvas">2D canvas</option>
        </select>
      </label>
    </>
  );
}
