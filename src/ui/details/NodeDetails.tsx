// Details of one node: its facts, the what-if buttons, its measures, flows in and out, the end
// users that depend on it and its sources.
import type { ReactNode } from 'react';
import { labeller } from '../kit/labels.ts';
import type { Dataset } from '../../data/schema.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import { neighbourhood } from '../../core/neighbourhood.ts';
import type { Intervention } from '../../core/scenario.ts';
import type { FocusDirection, Selection, ViewDoc } from '../../state/document.ts';
import { formatNumber, formatPercent, formatTonnes } from '../kit/format.ts';
import { Tonnes } from '../kit/Figure.tsx';
import type { MeasureRow } from '../results/drawn.ts';
import type { Dependents } from '../results/useDependents.ts';
import { SourceLinks } from './SourceLinks.tsx';
import { BestCase } from './BestCase.tsx';
import { LinkButton } from '../kit/LinkButton.tsx';
import { placeText } from './facts.ts';
import { HeadRow } from '../kit/HeadRow.tsx';

export interface NodeDetailsProps {
  readonly dataset: Dataset;
  readonly focus: ViewDoc['focus'];
  readonly measures?: readonly MeasureRow[] | undefined;
  /** From the engine; undefined while it works. */
  readonly dependents?: Dependents | undefined;
  readonly onIntervene: (i: Intervention) => void;
  readonly onFocus: (focus: ViewDoc['focus']) => void;
  readonly onSelect: (s: Selection) => void;
  /** The embedded view shows facts only: no scenario editing. */
  readonly readOnly?: boolean;
  /** For an end user under the scenario: its supply over time. */
  readonly supply?: ReactNode;
  /** What the node handles under the scenario, at once; undefined at baseline. */
  readonly underScenario?: number | undefined;
  /**
   * For an end user: the most it could get after rerouting if it came first, worked out on
   * request. `scenarioKey` names the scenario it is asked under.
   */
  readonly bestCase?:
    { readonly scenarioKey: string; readonly compute: (id: string) => Promise<number> } | undefined;
}

export function NodeDetails({
  dataset,
  id,
  focus,
  measures,
  dependents,
  onIntervene,
  onFocus,
  onSelect,
  readOnly,
  supply,
  underScenario,
  bestCase,
}: NodeDetailsProps & { readonly id: string }) {
  const hood = neighbourhood(dataset);
  const node = dataset.nodes.find((n) => n.id === id);
  const label = labeller(dataset);
  if (node === undefined) return <p>Unknown node.</p>;
  const ins = hood.inEdges.get(id) ?? [];
  const outs = hood.outEdges.get(id) ?? [];
  const inflow = ins.reduce((s, i) => s + (dataset.edges[i]?.flow ?? 0), 0);
  // The engine's definition (what the node takes in), so this agrees with the measures below.
  const throughput = inflow + (node.production ?? 0);
  const toggleFocus = (direction: FocusDirection) =>
    onFocus(focus?.node === id && focus.direction === direction ? null : { node: id, direction });

  return (
    <div>
      <h3>{node.label}</h3>
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
      {supply}
      {node.notes !== undefined && <p className="notes">{node.notes}</p>}
      {node.balance !== undefined && <p className="notes">Not balanced: {node.balance.note}</p>}
      <div className="actions">
        {readOnly !== true && node.stage !== 'end-user' && (
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
      {measures !== undefined && measures.length > 0 && (
        <table className="compact" aria-label="Measures">
          <thead>
            <HeadRow columns={['Measure', 'Value', 'Rank']} />
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.label}>
                <th scope="row">{m.label}</th>
                <td>{m.percent === true ? formatPercent(m.value) : formatNumber(m.value)}</td>
                <td>
                  {m.rank} of {m.of}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {[
        { title: 'Flows in', edges: ins, other: (e: Dataset['edges'][number]) => e.source },
        { title: 'Flows out', edges: outs, other: (e: Dataset['edges'][number]) => e.target },
      ].map((list) => (
        <FlowList key={list.title} {...list} dataset={dataset} label={label} onSelect={onSelect} />
      ))}
      {node.stage === 'end-user' && bestCase !== undefined && (
        <BestCase
          key={`${bestCase.scenarioKey} ${id}`}
          id={id}
          baseline={inflow}
          compute={bestCase.compute}
        />
      )}
      {node.stage !== 'end-user' && <h4>End users that depend on it</h4>}
      {node.stage === 'end-user' ? null : dependents === undefined ? (
        <p className="muted">Working it out…</p>
      ) : dependents.status === 'error' ? (
        <p role="alert">{dependents.message}</p>
      ) : dependents.value.filter((d) => d.id !== id).length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain">
          {dependents.value
            .filter((d) => d.id !== id)
            .map((d) => (
              <li key={d.id}>
                <LinkButton onClick={() => onSelect({ type: 'node', id: d.id })}>
                  {label(d.id)}
                </LinkButton>
                <> — {formatPercent(d.share)} of its supply passes through</>
              </li>
            ))}
        </ul>
      )}
      <h4>Sources</h4>
      <SourceLinks dataset={dataset} ids={node.sources} />
    </div>
  );
}

function FlowList(props: {
  title: string;
  dataset: Dataset;
  edges: readonly number[];
  other: (e: Dataset['edges'][number]) => string;
  label: (id: string) => string;
  onSelect: (s: Selection) => void;
}) {
  const { title, dataset, edges, other, label, onSelect } = props;
  return (
    <>
      <h4>{title}</h4>
      {edges.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="plain">
          {edges.map((i) => {
            const e = dataset.edges[i];
            if (e === undefined) return null;
            return (
              <li key={i}>
                <LinkButton onClick={() => onSelect({ type: 'edge', index: i })}>
                  {label(other(e))}
                </LinkButton>
                : {formatTonnes(e.flow)}
                {e.material !== undefined && <span className="muted"> ({e.material})</span>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
