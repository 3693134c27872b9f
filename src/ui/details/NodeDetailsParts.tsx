// The pieces of a node's details: its facts, the what-if and focus buttons, its measures and
// the end users that depend on it.
import type { Dataset } from '../../data/schema.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import type { Intervention } from '../../core/scenario.ts';
import type { FocusDirection, Selection, ViewDoc } from '../../state/document.ts';
import { formatNumber, formatPercent, formatTonnes } from '../kit/format.ts';
import { Tonnes } from '../kit/Figure.tsx';
import { LinkButton } from '../kit/LinkButton.tsx';
import { HeadRow } from '../kit/HeadRow.tsx';
import type { MeasureRow } from '../results/drawn.ts';
import type { Dependents } from '../results/useDependents.ts';
import { placeText } from './facts.ts';

export function NodeFacts({
  node,
  throughput,
  underScenario,
}: {
  readonly node: Dataset['nodes'][number];
  readonly throughput: number;
  readonly underScenario: number | undefined;
}) {
  return (
    <>
      <dl className="facts">
        <dt>Stage</dt>
        <dd>{STAGE_LABELS[node.stage]}</dd>
        <dt>Country</dt>
        <dd>
          {countryName(node.country)} ({node.country})
        </dd>
        <dt>On the map</dt>
        <dd data-testid="node-place">{placeText(node.geo)}</dd>
        <dt>Capacity</dt>
        <dd>{node.stage === 'end-user' ? 'n/a' : formatTonnes(node.capacity)}</dd>
        {node.production !== undefined && node.production !== null && (
          <>
            <dt>Production</dt>
            <dd>{formatTonnes(node.production)}</dd>
          </>
        )}
        <dt>Throughput (baseline)</dt>
        <dd>
          <Tonnes value={throughput} />
        </dd>
        {underScenario !== undefined && (
          <>
            <dt>Under the scenario</dt>
            <dd data-testid="node-under-scenario">
              <Tonnes value={underScenario} /> at once
              {throughput > 0 && underScenario !== throughput && (
                <> ({formatPercent(underScenario / throughput - 1)})</>
              )}
            </dd>
          </>
        )}
        {node.year !== undefined && (
          <>
            <dt>Year</dt>
            <dd>{node.year}</dd>
          </>
        )}
      </dl>
      {node.estimate !== undefined && (
        <p className="notes">
          Estimate: {formatTonnes(node.estimate.low)} – {formatTonnes(node.estimate.high)}
        </p>
      )}
    </>
  );
}

export function NodeActions({
  id,
  focus,
  canIntervene,
  onIntervene,
  onFocus,
}: {
  readonly id: string;
  readonly focus: ViewDoc['focus'];
  readonly canIntervene: boolean;
  readonly onIntervene: (i: Intervention) => void;
  readonly onFocus: (focus: ViewDoc['focus']) => void;
}) {
  const toggleFocus = (direction: FocusDirection) =>
    onFocus(focus?.node === id && focus.direction === direction ? null : { node: id, direction });
  return (
    <div className="actions">
      {canIntervene && (
        <>
          <button type="button" onClick={() => onIntervene({ type: 'remove-node', node: id })}>
            Remove node
          </button>
          <button
            type="button"
            onClick={() => onIntervene({ type: 'scale-capacity', node: id, factor: 0.5 })}
          >
            Cut capacity 50%
          </button>
        </>
      )}
      {(['upstream', 'downstream'] as const).map((direction) => (
        <button
          key={direction}
          type="button"
          aria-pressed={focus?.node === id && focus.direction === direction}
          onClick={() => toggleFocus(direction)}
        >
          {`Show ${direction}`}
        </button>
      ))}
    </div>
  );
}

/** A measure as read: a share in percent, tonnes with their unit, a count as a whole number. */
function measureText(m: MeasureRow): string {
  if (m.percent === true || m.unit === 'share') return formatPercent(m.value);
  if (m.unit === 'tonnes') return formatTonnes(m.value);
  if (m.unit === 'count') return Math.round(m.value).toLocaleString('en');
  return formatNumber(m.value);
}

export function MeasuresTable({
  measures,
}: {
  readonly measures: readonly MeasureRow[] | undefined;
}) {
  if (measures === undefined || measures.length === 0) return null;
  return (
    <table className="compact" aria-label="Measures">
      <thead>
        <HeadRow columns={['Measure', 'Value', 'Rank']} />
      </thead>
      <tbody>
        {measures.map((m) => (
          <tr key={m.label}>
            <th scope="row">{m.label}</th>
            <td>{measureText(m)}</td>
            <td>
              {m.rank} of {m.of}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DependentsList({
  id,
  dependents,
  label,
  onSelect,
}: {
  readonly id: string;
  readonly dependents: Dependents | undefined;
  readonly label: (id: string) => string;
  readonly onSelect: (s: Selection) => void;
}) {
  const others =
    dependents?.status === 'error' ? [] : (dependents?.value ?? []).filter((d) => d.id !== id);
  return (
    <>
      <h4>End users that depend on it</h4>
      {dependents === undefined ? (
        <p className="muted">Working it out…</p>
      ) : dependents.status === 'error' ? (
        <p role="alert">{dependents.message}</p>
      ) : others.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain">
          {others.map((d) => (
            <li key={d.id}>
              <LinkButton onClick={() => onSelect({ type: 'node', id: d.id })}>
                {label(d.id)}
              </LinkButton>
              <> — {formatPercent(d.share)} of its supply passes through</>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The dataset's presets that act on this node, each a button that loads it: removing one node
 * of a preset gives a different answer from the preset, and the reader should know it is there.
 */
export function PresetsWith({
  dataset,
  id,
  onLoad,
}: {
  readonly dataset: Dataset;
  readonly id: string;
  readonly onLoad: (preset: string) => void;
}) {
  const presets = dataset.scenarios.filter((p) =>
    p.interventions.some((i) => 'node' in i && i.node === id),
  );
  if (presets.length === 0) return null;
  return (
    <p className="small presets-with">
      Part of {presets.length === 1 ? 'the preset' : 'the presets'}{' '}
      {presets.map((p, k) => (
        <span key={p.id}>
          {k > 0 && ', '}
          <LinkButton onClick={() => onLoad(p.id)} title="Load this preset">
            {p.label}
          </LinkButton>
        </span>
      ))}
    </p>
  );
}
