import type { Dataset } from '../../data/schema.ts';
import { labeller } from './labels.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import type { Hover } from '../graph/GraphView.tsx';
import { formatTonnes } from './format.ts';

export function Tooltip({ dataset, hover }: { dataset: Dataset; hover: Hover }) {
  const t = hover.target;
  let text: string;
  if (t.type === 'node') {
    const n = dataset.nodes.find((x) => x.id === t.id);
    text =
      n === undefined ? t.id : `${n.label} — ${STAGE_LABELS[n.stage]}, ${countryName(n.country)}`;
  } else {
    const e = dataset.edges[t.index];
    const label = labeller(dataset);
    text =
      e === undefined
        ? ''
        : `${label(e.source)} → ${label(e.target)}: ${formatTonnes(e.flow)}${e.material === undefined ? '' : ` of ${e.material}`}`;
  }
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      {text}
    </div>
  );
}
