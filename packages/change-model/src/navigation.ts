// Where an arrow key goes in the board of columns, which are ragged (a column of two activities
// beside one of six results): ↑/↓ within the column, ←/→ to the item of the neighbouring column
// (skipping empty ones) nearest in height. Pure, so Node tests check it without a browser.

/** The vertical centre of each item on screen; without it, the place in the column stands in. */
export type Heights = Readonly<Record<string, number>>;

export function boardMove(columns: readonly (readonly string[])[], from: string, key: string, heights: Heights = {}): string | undefined {
  const col = columns.findIndex((ids) => ids.includes(from));
  if (col < 0) return undefined;
  const at = columns[col]!.indexOf(from);
  if (key === 'ArrowUp') return columns[col]![at - 1];
  if (key === 'ArrowDown') return columns[col]![at + 1];
  if (key === 'Home') return columns.find((ids) => ids.length)?.[0];
  if (key === 'End') return [...columns].reverse().find((ids) => ids.length)?.at(-1);
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (!step) return undefined;
  let next = col + step;
  while (next >= 0 && next < columns.length && columns[next]!.length === 0) next += step;
  const target = columns[next];
  if (!target) return undefined;
  // Relative place when there are no measured heights: the 2nd of 2 goes to the 6th of 6, not the 2nd.
  const height = (id: string, index: number, length: number) => heights[id] ?? (index + 0.5) / length;
  const own = height(from, at, columns[col]!.length);
  let best = target[0]!;
  let bestDistance = Infinity;
  target.forEach((id, index) => {
    const distance = Math.abs(height(id, index, target.length) - own);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = id;
    }
  });
  return best;
}
