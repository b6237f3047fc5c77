// "Line of sight": what an item (or a link) is meant to lead to and what leads to it, through
// every branch. Walks are iterative with a visited set, so a cycle in the links (a feedback
// arrow) ends the walk instead of recursing forever, and a long chain cannot overflow the stack.
import type { ChangeModel } from '@sammen/sdk';
import { indexModel } from './model-index.js';

/** An item's or link's whole chain: what is highlighted when it is selected; the rest is dimmed. */
export interface Chain {
  /** Items the selection is reached from (transitively), without the selection itself unless a cycle returns to it. */
  upstream: ReadonlySet<string>;
  /** Items reached from the selection (transitively), likewise. */
  downstream: ReadonlySet<string>;
  /** The selected item or link ends, with everything upstream and downstream. */
  items: ReadonlySet<string>;
  /** Link ids on the way: from upstream into the selection, and from the selection downstream. */
  links: ReadonlySet<string>;
}

/** Items reached from `starts` by following links forward (`down`) or backward (`up`), and the links followed. */
function walk(model: ChangeModel, starts: readonly string[], direction: 'up' | 'down'): { items: Set<string>; links: Set<string> } {
  const index = indexModel(model);
  const edges = direction === 'down' ? index.outgoing : index.incoming;
  const items = new Set<string>();
  const links = new Set<string>();
  const pending = starts.filter((id) => index.places.has(id));
  const expanded = new Set<string>(pending);
  while (pending.length > 0) {
    const id = pending.pop()!;
    for (const link of edges.get(id) ?? []) {
      links.add(link.id);
      const next = direction === 'down' ? link.to : link.from;
      items.add(next);
      if (!expanded.has(next)) {
        expanded.add(next);
        pending.push(next);
      }
    }
  }
  return { items, links };
}

/** Every item `itemId` is meant to lead to, through every branch (empty for an unknown id). */
export const downstreamOf = (model: ChangeModel, itemId: string): ReadonlySet<string> => walk(model, [itemId], 'down').items;

/** Every item that is meant to lead to `itemId`, through every branch (empty for an unknown id). */
export const upstreamOf = (model: ChangeModel, itemId: string): ReadonlySet<string> => walk(model, [itemId], 'up').items;

function chainFrom(model: ChangeModel, ups: readonly string[], downs: readonly string[], own: readonly string[], ownLinks: readonly string[]): Chain {
  const up = walk(model, ups, 'up');
  const down = walk(model, downs, 'down');
  const known = own.filter((id) => indexModel(model).places.has(id));
  return {
    upstream: up.items,
    downstream: down.items,
    items: new Set([...known, ...up.items, ...down.items]),
    links: new Set([...up.links, ...ownLinks, ...down.links]),
  };
}

/** The whole chain of an item: it, everything upstream and downstream, and the links between. */
export function chainOfItem(model: ChangeModel, itemId: string): Chain {
  return chainFrom(model, [itemId], [itemId], [itemId], []);
}

/**
 * The chain of a link: the link, its two ends, what leads to its source and what its target leads
 * to — the line of sight through that one arrow.
 */
export function chainOfLink(model: ChangeModel, linkId: string): Chain {
  const link = indexModel(model).links.get(linkId);
  if (!link) return { upstream: new Set(), downstream: new Set(), items: new Set(), links: new Set() };
  return chainFrom(model, [link.from], [link.to], [link.from, link.to], [link.id]);
}

/** The union of the chains of several items (the indicator filter's context), walked once. */
export function chainOfItems(model: ChangeModel, itemIds: readonly string[]): Chain {
  return chainFrom(model, itemIds, itemIds, itemIds, []);
}

/** True when following links from `linkId`'s target comes back to its source: a feedback arrow. */
export function isInCycle(model: ChangeModel, linkId: string): boolean {
  const link = indexModel(model).links.get(linkId);
  if (!link) return false;
  return link.from === link.to || downstreamOf(model, link.to).has(link.from);
}
