// A figure as the one formatter writes it (three significant figures, with its unit), and the
// exact value on hover and for screen readers that ask for it.
import { formatExact, formatTonnes } from './format.ts';

export function Tonnes({
  value,
  unit = 't/yr',
}: {
  value: number | null | undefined;
  unit?: string;
}) {
  return (
    <span className="figure" title={formatExact(value, unit)}>
      {formatTonnes(value, unit)}
    </span>
  );
}
