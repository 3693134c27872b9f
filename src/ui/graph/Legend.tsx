// The legend is drawn from the same decor as the graph, so it always matches it.
import type { Decor } from './decor.ts';
import { shortfallColour } from './palette.ts';

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
      {decor.hasScenario && (
        <>
          <h2>End-user shortfall</h2>
          <div className="ramp" aria-hidden="true">
            {[0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => (
              <span key={f} style={{ background: shortfallColour(f) }} />
            ))}
          </div>
          <p className="legend-note">
            0% → 100% lost. Dashed border: node cut or removed. Dashed/dotted line: flow
            reduced/lost.
          </p>
        </>
      )}
      <p className="legend-note">
        {layered && 'Columns run from mines to end users. '}Line width: flow (t/yr).
        {sizeLabel !== null && ` Node size: ${sizeLabel}.`}
      </p>
    </section>
  );
}
