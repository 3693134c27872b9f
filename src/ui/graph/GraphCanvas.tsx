// The graph as every view shows it (explorer, embed, present mode): the drawing, its zoom
// controls, its hover tooltip and its legend, from one graph model.
import { useEffect, useRef, useState } from 'react';
import { GraphView, fitView, type Hover } from './GraphView.tsx';
import { LARGE_GRAPH_ELEMENTS } from './style.ts';
import { ZoomControls } from './ZoomControls.tsx';
import { wheelFactor, zoomBy } from './zoom.ts';
import { Legend } from './Legend.tsx';
import { Tooltip } from '../app/Tooltip.tsx';
import type { useGraphModel } from './useGraphModel.ts';

type Model = ReturnType<typeof useGraphModel>;

export function GraphCanvas({ model, sizeLabel }: { model: Model; sizeLabel: string | null }) {
  const { dataset, view, positions, decor, select, setCy, cy, drawn } = model;
  const [hover, setHover] = useState<Hover | null>(null);
  const area = useRef<HTMLDivElement>(null);

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
    if (cy !== null)
      fitView(cy, positions, dataset.nodes.length + dataset.edges.length > LARGE_GRAPH_ELEMENTS);
  };
  return (
    <>
      <div className="graph-area" ref={area}>
        <GraphView
          dataset={dataset}
          positions={positions}
          decor={decor}
          selection={view.selection}
          onSelect={select}
          onHover={setHover}
          onReady={setCy}
        />
        <ZoomControls cy={cy} onFit={fit} />
        {hover !== null && <Tooltip dataset={dataset} hover={hover} scenario={drawn.scenario} />}
      </div>
      <Legend decor={decor} sizeLabel={sizeLabel} layered={view.layout === 'layered'} />
    </>
  );
}
