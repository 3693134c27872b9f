import { STAGES, STAGE_LABELS } from '../core/model.ts';
import { STAGE_COLOURS } from './palette.ts';

export function Legend() {
  return (
    <section className="legend" aria-label="Legend">
      <h2>Stages</h2>
      <ul>
        {STAGES.map((stage) => (
          <li key={stage}>
            <span
              className="swatch"
              style={{ background: STAGE_COLOURS[stage] }}
              aria-hidden="true"
            />
            {STAGE_LABELS[stage]}
          </li>
        ))}
      </ul>
      <p className="legend-note">
        Columns run from mines (left) to end users (right). Line width: flow (t/yr).
      </p>
    </section>
  );
}
