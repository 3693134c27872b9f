// Moving through the graph without a mouse: Up/Down within a stage column, Left/Right to the
// nearest visible node in the previous/next column, Home to the first node.
import type { Dataset } from '../../data/schema.ts';
import type { Decor } from './decor.ts';
import type { Positions } from './useLayoutPositions.ts';

export function nextNodeByKey(
  key: string,
  current: string | null,
  dataset: Dataset,
  positions: Positions,
  decor: Decor,
): string | undefined {
  const keys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home'];
  if (!keys.includes(key)) return undefined;
  const visible = dataset.nodes.filter(
    (n) => !(decor.nodes.get(n.id)?.classes ?? '').includes('filtered'),
  );
  const pos = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
  const sorted = [...visible].sort(
    (a, b) => pos(a.id).x - pos(b.id).x || pos(a.id).y - pos(b.id).y,
  );
  const first = sorted[0]?.id;
  if (current === null || key === 'Home') return first;
  const here = pos(current);
  const candidates = visible.filter((n) => n.id !== current);
  const better = (dx: number, dy: number) => {
    switch (key) {
      case 'ArrowUp':
        return Math.abs(dx) < 1 && dy < 0;
      case 'ArrowDown':
        return Math.abs(dx) < 1 && dy > 0;
      case 'ArrowLeft':
        return dx < -1;
      default:
        return dx > 1;
    }
  };
  let best: string | undefined;
  let bestScore = Infinity;
  for (const n of candidates) {
    const p = pos(n.id);
    const dx = p.x - here.x;
    const dy = p.y - here.y;
    if (!better(dx, dy)) continue;
    const score =
      key === 'ArrowUp' || key === 'ArrowDown' ? Math.abs(dy) : Math.abs(dx) * 1000 + Math.abs(dy);
    if (score < bestScore) {
      bestScore = score;
      best = n.id;
    }
  }
  return best ?? current;
}
