// One end user's loss at once, material by material (no substitution): where its shortfall
// comes from. A converter end user loses the same share of every input; a pass-through one only
// what is cut.
import type { EndUserOutcome } from '../../core/analysis/index.ts';
import { formatTonnes } from '../kit/format.ts';

export function MaterialLoss({ outcome }: { outcome: EndUserOutcome }) {
  const parts = Object.entries(outcome.lostNoSubstitutionByMaterial);
  if (!(outcome.lostNoSubstitution > 0) || parts.length === 0) return null;
  return (
    <div className="material-loss small">
      Lost at once, by material:
      <ul aria-label="Lost at once by material">
        {parts.map(([material, tonnes]) => (
          <li key={material} data-material={material} data-tonnes={tonnes}>
            {material}: {formatTonnes(tonnes)}
          </li>
        ))}
      </ul>
    </div>
  );
}
