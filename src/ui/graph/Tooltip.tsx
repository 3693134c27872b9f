// What the pointer is over, in words, with what the scenario does to it.
import type { Dataset } from '../../data/schema.ts';
import { labeller } from '../kit/labels.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import type { Hover } from './GraphView.tsx';
import type { ScenarioDrawing } from './drawing.ts';
import { formatLoss, formatPercent, formatTonnes } from '../kit/format.ts';

function nodeEffect(scenario: ScenarioDrawing | undefined, id: string): string {
  if (scenario?.active !== true) return '';
  const parts: string[] = [];
  const f = scenario.nodeFactor.get(id);
  if (f !== undefined)
    parts.push(
      f === 0 ? 'removed' : f < 1 ? `cut to ${formatPercent(f)}` : `raised to ${formatPercent(f)}`,
    );
  const lost = scenario.endUserLoss.get(id);
  if (lost !== undefined) {
    const after = scenario.endUserLossRerouted.get(id) ?? lost;
    parts.push(
      lost > 0 || after > 0
        ? `supply ${formatLoss(lost)} at once, ${formatLoss(after)} after rerouting`
        : 'loses no supply',
    );
  }
  return parts.length === 0 ? '' : ` · ${parts.join('; ')}`;
}

export function Tooltip({
  dataset,
  hover,
  scenario,
}: {
  dataset: Dataset;
  hover: Hover;
  scenario?: ScenarioDrawing | undefined;
}) {
  const t = hover.target;
  let text: string;
  if (t.type === 'node') {
    const n = dataset.nodes.find((x) => x.id === t.id);
    text =
      n === undefined
        ? t.id
        : `${n.label} — ${STAGE_LABELS[n.stage]}, ${countryName(n.country)}${nodeEffect(scenario, n.id)}`;
  } else {
    const e = dataset.edges[t.index];
    const label = labeller(dataset);
    const lost = scenario?.active === true ? (scenario.edgeLoss[t.index] ?? 0) : 0;
    const now = scenario?.edgeFlow[t.index];
    const amount =
      lost > 0 && now !== undefined && e !== undefined
        ? `${formatTonnes(now)} of ${formatTonnes(e.flow)} (${formatLoss(lost)})`
        : formatTonnes(e?.flow);
    text =
      e === undefined
        ? ''
        : `${label(e.source)} → ${label(e.target)}: ${amount}${e.material === undefined ? '' : ` of ${e.material}`}`;
  }
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      {text}
    </div>
  );
}
