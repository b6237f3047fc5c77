// The shape of one connector between two measured cards (board coordinates). Until the shared
// router (logic/connector-routing.ts) lands this draws a plain curve: right edge → left edge for
// forward links, around the side for links back or within a column.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  column: number;
}

export function routeConnector(from: Box, to: Box): string {
  const fy = from.y + from.height / 2;
  const ty = to.y + to.height / 2;
  if (to.column > from.column) {
    const x1 = from.x + from.width;
    const x2 = to.x;
    const bend = Math.max(24, (x2 - x1) / 2);
    return `M${x1},${fy} C${x1 + bend},${fy} ${x2 - bend},${ty} ${x2},${ty}`;
  }
  if (to.column < from.column) {
    const x1 = from.x;
    const x2 = to.x + to.width;
    const bend = Math.max(24, (x1 - x2) / 2);
    return `M${x1},${fy} C${x1 - bend},${fy} ${x2 + bend},${ty} ${x2},${ty}`;
  }
  // Same column: a loop out to the right side.
  const x = Math.max(from.x + from.width, to.x + to.width);
  return `M${from.x + from.width},${fy} C${x + 32},${fy} ${x + 32},${ty} ${to.x + to.width},${ty}`;
}
