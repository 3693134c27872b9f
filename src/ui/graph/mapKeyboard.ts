// Moving over the map without a mouse: an arrow key goes to the nearest node that lies that
// way (within 60° of the key's direction), Home to the node furthest west. A node in a closed
// group stands at the group's place; selecting it opens the group.
import type { MapDrawing } from '../../core/layout/mapLayout.ts';

const DIRECTION: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function nextOnMap(
  key: string,
  current: string | null,
  map: MapDrawing,
): string | undefined {
  if (key !== 'Home' && DIRECTION[key] === undefined) return undefined;
  const points = map.nodes.flatMap((n) =>
    (n.members ?? [n.id]).map((id) => ({ id, x: n.position.x, y: n.position.y })),
  );
  const westmost = [...points].sort((a, b) => a.x - b.x || a.y - b.y)[0]?.id;
  const here = points.find((p) => p.id === current);
  if (key === 'Home' || here === undefined) return westmost;
  const [ux, uy] = DIRECTION[key] ?? [0, 0];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    const dx = p.x - here.x;
    const dy = p.y - here.y;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (along <= 0.5 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      best = p.id;
      bestScore = score;
    }
  }
  return best;
}
