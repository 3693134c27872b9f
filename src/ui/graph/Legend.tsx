// The legend is drawn from the same decor as the graph, so it always matches it. `children`
// (the explorer's renderer choice) sit at the end of the legend's line.
import type { ReactNode } from 'react';
import type { Decor } from './decor.ts';

export function Legend({
  decor,
  sizeLabel,
  layered = true,
  children,
}: {
  decor: Decor;
  sizeLabel: string | null;
  layered?: boolean;
  children?: ReactNode;
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
        </>
      )}
      <p className="legend-note">
        {decor.shortfall !== null &&
          'Colour: share lost at once. Faint band: flow at baseline. Dashed border: cut or removed; green: raised. '}
        {layered && 'Mines → end users. '}Width: flow (t/yr, √ scale).
        {sizeLabel !== null && ` Size: ${sizeLabel}.`}
      </p>
      {children}
    </section>
  );
}
