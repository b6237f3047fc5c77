// Where each item of a change model is and which links touch it, computed once per model object.
// Models are immutable snapshots (every edit makes a new one), so a WeakMap keyed by the model is
// a cache that is never stale and never leaks: chain, links, routing and the filter share it.
import type { ChangeModel, ChangeModelColumn, ChangeModelItem, ChangeModelLink } from '@sammen/sdk';

/** Where one item is: its column and its place in it. */
export interface ItemPlace {
  item: ChangeModelItem;
  column: ChangeModelColumn;
  /** Index of the column in the model. */
  columnIndex: number;
  /** Index of the item in its column. */
  index: number;
  /** Index in reading order: column by column, item by item. */
  order: number;
}

/** The model's items by id and links by end, each list in reading order. */
export interface ModelIndex {
  places: ReadonlyMap<string, ItemPlace>;
  links: ReadonlyMap<string, ChangeModelLink>;
  /** Links leaving each item, ordered by where their target is. */
  outgoing: ReadonlyMap<string, readonly ChangeModelLink[]>;
  /** Links arriving at each item, ordered by where their source is. */
  incoming: ReadonlyMap<string, readonly ChangeModelLink[]>;
  /** Every item id in reading order. */
  order: readonly string[];
}

const cache = new WeakMap<ChangeModel, ModelIndex>();

/**
 * The index of `model`. Links whose ends name no item (impossible in a parsed model, possible in
 * one being edited) are left out of `outgoing`/`incoming`, so nothing downstream trips over them.
 */
export function indexModel(model: ChangeModel): ModelIndex {
  const cached = cache.get(model);
  if (cached) return cached;
  const places = new Map<string, ItemPlace>();
  const order: string[] = [];
  model.columns.forEach((column, columnIndex) =>
    column.items.forEach((item, index) => {
      if (places.has(item.id)) return;
      places.set(item.id, { item, column, columnIndex, index, order: order.length });
      order.push(item.id);
    }),
  );
  const outgoing = new Map<string, ChangeModelLink[]>();
  const incoming = new Map<string, ChangeModelLink[]>();
  const links = new Map<string, ChangeModelLink>();
  for (const link of model.links) {
    if (!links.has(link.id)) links.set(link.id, link);
    if (!places.has(link.from) || !places.has(link.to)) continue;
    (outgoing.get(link.from) ?? outgoing.set(link.from, []).get(link.from)!).push(link);
    (incoming.get(link.to) ?? incoming.set(link.to, []).get(link.to)!).push(link);
  }
  const rank = (id: string) => places.get(id)!.order;
  for (const list of outgoing.values()) list.sort((a, b) => rank(a.to) - rank(b.to));
  for (const list of incoming.values()) list.sort((a, b) => rank(a.from) - rank(b.from));
  const index: ModelIndex = { places, links, outgoing, incoming, order };
  cache.set(model, index);
  return index;
}

/** Where `itemId` is, or undefined when the model has no such item. */
export const placeOf = (model: ChangeModel, itemId: string): ItemPlace | undefined => indexModel(model).places.get(itemId);

/** Every item in reading order. */
export const itemsInOrder = (model: ChangeModel): ChangeModelItem[] => {
  const { order, places } = indexModel(model);
  return order.map((id) => places.get(id)!.item);
};
