// The "Nodes" and "Flows" tables mirror the graph, so everything on the canvas can be reached
// with a keyboard or a screen reader.
import { useMemo } from 'react';
import type { Dataset } from '../../data/schema.ts';
import { STAGE_LABELS } from '../../core/model.ts';
import { countryName } from '../../core/countries.ts';
import type { Selection } from '../../state/document.ts';
import { formatTonnes } from '../kit/format.ts';
import { LinkButton } from '../kit/LinkButton.tsx';
import { VirtualTable } from '../kit/VirtualTable.tsx';
import { HeadRow } from '../kit/HeadRow.tsx';

interface Props {
  readonly dataset: Dataset;
  readonly selection: Selection | null;
  readonly onSelect: (s: Selection) => void;
}

export function NodesTable({ dataset, selection, onSelect }: Props) {
  return (
    <VirtualTable
      label="Nodes"
      head={<HeadRow columns={['Node', 'Stage', 'Country', 'Capacity', 'Sources']} />}
      count={dataset.nodes.length}
      row={(i) => {
        const n = dataset.nodes[i] as Dataset['nodes'][number];
        return (
          <tr key={n.id} aria-selected={selection?.type === 'node' && selection.id === n.id}>
            <th scope="row">
              <LinkButton onClick={() => onSelect({ type: 'node', id: n.id })}>
                {n.label}
              </LinkButton>
            </th>
            <td>{STAGE_LABELS[n.stage]}</td>
            <td>{countryName(n.country)}</td>
            <td className="num">{formatTonnes(n.capacity)}</td>
            <td>{(n.sources ?? []).join(', ')}</td>
          </tr>
        );
      }}
    />
  );
}

export function FlowsTable({ dataset, selection, onSelect }: Props) {
  const label = useMemo(() => new Map(dataset.nodes.map((n) => [n.id, n.label])), [dataset]);
  return (
    <VirtualTable
      label="Flows"
      head={<HeadRow columns={['From', 'To', 'Flow', 'Material', 'Year', 'Sources']} />}
      count={dataset.edges.length}
      row={(i) => {
        const e = dataset.edges[i] as Dataset['edges'][number];
        return (
          <tr key={i} aria-selected={selection?.type === 'edge' && selection.index === i}>
            <th scope="row">
              {/* The row's link reads "From"; it names the whole flow to a screen reader. */}
              <LinkButton
                onClick={() => onSelect({ type: 'edge', index: i })}
                aria-label={`${label.get(e.source) ?? e.source} → ${label.get(e.target) ?? e.target}`}
              >
                {label.get(e.source) ?? e.source}
              </LinkButton>
            </th>
            <td>{label.get(e.target) ?? e.target}</td>
            <td className="num">
              {formatTonnes(e.flow)}
              {e.estimate !== undefined && <span className="muted"> (est.)</span>}
            </td>
            <td>{e.material ?? ''}</td>
            <td>{e.year ?? ''}</td>
            <td>{(e.sources ?? []).join(', ')}</td>
          </tr>
        );
      }}
    />
  );
}
