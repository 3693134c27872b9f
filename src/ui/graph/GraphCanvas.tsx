// The graph as every view shows it (explorer, embed, present mode): the drawing, its zoom
// controls, its hover tooltip and its legend, from one graph model. Networks above
// DETAIL_THRESHOLD_NODES are drawn by group (DetailGraphView); the renderer (WebGL or 2D canvas)
// follows renderer.ts's rule, which the reader can override here.
import { useEffect, useRef, useState } from 'react';
import { DETAIL_THRESHOLD_NODES } from '../../core/layout/levelOfDetail.ts';
import { DetailGraphView } from './DetailGraphView.tsx';
import { GraphView, fitView, type Hover } from './GraphView.tsx';
import { MapView, fitMap } from './MapView.tsx';
import { LARGE_GRAPH_ELEMENTS } from './style.ts';
import { ZoomControls } from './ZoomControls.tsx';
import { wheelFactor, zoomBy } from './zoom.ts';
import type { DrawnViewProps } from './cytoscapeView.ts';
import { Legend } from './Legend.tsx';
import { Tooltip } from './Tooltip.tsx';
import { decideRenderer, isHardwareGpu, storeChoice, type RendererChoice } from './renderer.ts';
import type { useGraphModel } from './useGraphModel.ts';

type Model = ReturnType<typeof useGraphModel>;

export function GraphCanvas({
  model,
  sizeLabel,
  rendererChoice = true,
}: {
  model: Model;
  sizeLabel: string | null;
  /** The "Drawing" menu: the explorer's; embeds and slides leave it out. */
  rendererChoice?: boolean;
}) {
  const { dataset, view, positions, decor, select, setCy, cy, drawn } = model;
  const [hover, setHover] = useState<Hover | null>(null);
  const area = useRef<HTMLDivElement>(null);
  const [renderer, setRenderer] = useState(() => decideRenderer());
  const grouped = dataset.nodes.length > DETAIL_THRESHOLD_NODES;
  const choose = (choice: RendererChoice) => {
    storeChoice(choice);
    setRenderer(decideRenderer(choice));
  };

  // The wheel zooms by steps of our own: caught on the way down, before cytoscape's handler.
  useEffect(() => {
    const el = area.current;
    if (el === null || cy === null) return undefined;
    const onWheel = (e: WheelEvent) => {
      if (!(e.target instanceof HTMLCanvasElement)) return;
      e.preventDefault();
      e.stopPropagation();
      const box = el.getBoundingClientRect();
      zoomBy(cy, wheelFactor(e.deltaY, e.deltaMode), {
        x: e.clientX - box.left,
        y: e.clientY - box.top,
      });
    };
    el.addEventListener('wheel', onWheel, { capture: true, passive: false });
    return () => el.removeEventListener('wheel', onWheel, { capture: true });
  }, [cy]);

  const fit = () => {
    if (cy === null) return;
    if (view.layout === 'map' && !grouped) fitMap(cy);
    else if (grouped) cy.fit(undefined, 30);
    else fitView(cy, positions, dataset.nodes.length + dataset.edges.length > LARGE_GRAPH_ELEMENTS);
  };
  const drawnView: DrawnViewProps = {
    dataset,
    decor,
    selection: view.selection,
    onSelect: select,
    onHover: setHover,
    onReady: setCy,
    webgl: renderer.webgl,
  };
  return (
    <>
      <div className="graph-area" ref={area} data-renderer={renderer.webgl ? 'webgl' : 'canvas'}>
        {view.layout === 'map' && !grouped ? (
          <MapView {...drawnView} scenario={drawn.scenario} />
        ) : grouped ? (
          <DetailGraphView {...drawnView} />
        ) : (
          <GraphView {...drawnView} positions={positions} declutter={view.layout === 'organic'} />
        )}
        <ZoomControls cy={cy} onFit={fit} />
        {hover !== null && <Tooltip dataset={dataset} hover={hover} scenario={drawn.scenario} />}
      </div>
      <Legend decor={decor} sizeLabel={sizeLabel} layered={view.layout === 'layered'}>
        {rendererChoice && (
          <label
            className="renderer-choice small muted"
            title={renderer.gpu === null ? 'No GPU reported' : `GPU: ${renderer.gpu}`}
          >
            Drawing{' '}
            <select
              value={renderer.choice}
              onChange={(e) => choose(e.target.value as RendererChoice)}
            >
              <option value="auto">
                Automatic ({isHardwareGpu(renderer.gpu) ? 'WebGL' : '2D canvas'})
              </option>
              <option value="webgl">WebGL</option>
              <option value="canvas">2D canvas</option>
            </select>
          </label>
        )}
      </Legend>
    </>
  );
}
