// The legend is drawn from the same decor as the graph, so it always matches it.
import type { Decor } from './decor.ts';

export function Legend({
  decor,
  sizeLabel,
  layered = true,
}: {
  decor: Decor;
  sizeLabel: string | null;
  layered?: boolean;
}) {
  return (
    <section className="legend" aria-label="Legend">
      <h2>{decor.legend.title}</h2>
      <ul>
        {decor.legend.entries.map((e) => (
          <li key={e.label}>
            <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
      </ul>
      {decor.shortfall !== null && (
        <>
          <h2>Supply lost</h2>
          <ol className="ramp" aria-label="Shortfall scale: share of supply lost">
            {decor.shortfall.map((e) => (
              <li key={e.label}>
                <span className="step" style={{ background: e.colour }} aria-hidden="true" />
                {e.label}
              </li>
            ))}
          </ol>
          <p className="legend-note">
            End users and flows: share lost at once. Faint band: the flow at baseline. Dashed
            border: node cut or removed; green: raised.
          </p>
        </>
      )}
      <p className="legend-note">
        {layered && 'Columns run from mines to end users. '}Line width: flow (t/yr, √ scale).
        {sizeLabel !== null && ` Node size: ${sizeLabel}.`}
      </p>
    </section>
  );
}
