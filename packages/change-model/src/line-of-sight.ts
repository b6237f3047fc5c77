// What stays lit when something is selected ("line of sight"): the whole chain of an item, or of
// a link, up- and downstream (logic/chain.ts, cycle-safe). Item ids and link ids share the set.
import type { ChangeModel } from '@sammen/sdk';
import type { ChangeModelSelection } from './events.js';
import { chainOfItem, chainOfLink } from './logic/chain.js';

export function lineOfSight(model: ChangeModel, selection: ChangeModelSelection | undefined): ReadonlySet<string> | undefined {
  if (!selection) return undefined;
  const chain = selection.kind === 'item' ? chainOfItem(model, selection.id) : chainOfLink(model, selection.id);
  if (!chain.items.size) return undefined;
  return new Set([...chain.items, ...chain.links]);
}
