// The graph as every view shows it (explorer, embed, present mode): the drawing, its hover
// tooltip and its legend, from one graph model.
import { useState } from 'react';
import { GraphView, type Hover } from './GraphView.tsx';
import { Legend } from './Legend.tsx';
import { Tooltip } from '../app/Tooltip.tsx';
import type { useGraphModel } from './useGraphModel.ts';

type Model = ReturnType<typeof useGraphModel>;

export function GraphCanvas({ model, sizeLabel }: { model: Model; sizeLabel: string | null }) {
  const { dataset, view, positions, decor, select, setCy } = model;
  const [hover, setHover] = useState<Hover | null>(null);
  return (
    <>
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
    </>
  );
}
