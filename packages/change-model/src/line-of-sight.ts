// What stays lit when something is selected ("line of sight"): for an item, its whole chain
// upstream and downstream and the links along it; for a link, the link and its two ends. Item
// ids and link ids share the set (ids are unique within their kind; a link key is its id).
import type { ChangeModelSelection } from './events.js';
import type { ModelIndex } from './model-index.js';

/** Every item reachable from `start` following `next`; a visited set keeps cycles finite. */
function reach(start: string, next: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    for (const other of next(queue.shift()!)) {
      if (!seen.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return seen;
}

export function lineOfSight(index: ModelIndex, selection: ChangeModelSelection | undefined): ReadonlySet<string> | undefined {
  if (!selection) return undefined;
  if (selection.kind === 'link') return new Set([selection.id, selection.from, selection.to]);
  if (!index.placed.has(selection.id)) return undefined;
  const down = reach(selection.id, (id) => index.outgoing(id).map((link) => link.to));
  const up = reach(selection.id, (id) => index.incoming(id).map((link) => link.from));
  const sight = new Set<string>([...down, ...up]);
  // Links along the chain: downstream links leave a downstream item, upstream links reach an upstream one.
  for (const id of down) for (const link of index.outgoing(id)) if (down.has(link.to)) sight.add(link.id);
  for (const id of up) for (const link of index.incoming(id)) if (up.has(link.from)) sight.add(link.id);
  return sight;
}
