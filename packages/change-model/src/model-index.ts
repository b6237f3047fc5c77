// What the views look up again and again, computed once per model: where each item is, and the
// links that leave and reach it. Pure (no DOM); links to a missing item are left out (the SDK
// refuses such a document before it gets here).
import type { ChangeModel, ChangeModelColumn, ChangeModelItem, ChangeModelLink } from '@sammen/sdk';

/** An item with where it stands: its column, and its place in the column (0-based). */
export interface PlacedItem {
  item: ChangeModelItem;
  column: ChangeModelColumn;
  columnIndex: number;
  index: number;
}

export interface ModelIndex {
  /** Item ids per column, in document order. */
  readonly columns: readonly (readonly string[])[];
  /** Every item id, column by column: the reading order. */
  readonly order: readonly string[];
  readonly placed: ReadonlyMap<string, PlacedItem>;
  /** Links leaving an item, in document order. */
  outgoing(id: string): readonly ChangeModelLink[];
  /** Links reaching an item, in document order. */
  incoming(id: string): readonly ChangeModelLink[];
}

/** The key of a link in maps and the DOM: its stable id. */
export const linkKey = (link: Pick<ChangeModelLink, 'id'>): string => link.id;

export function indexModel(model: ChangeModel): ModelIndex {
  const placed = new Map<string, PlacedItem>();
  const columns = model.columns.map((column, columnIndex) =>
    column.items.map((item, index) => {
      if (!placed.has(item.id)) placed.set(item.id, { item, column, columnIndex, index });
      return item.id;
    }),
  );
  const outgoing = new Map<string, ChangeModelLink[]>();
  const incoming = new Map<string, ChangeModelLink[]>();
  for (const link of model.links) {
    if (!placed.has(link.from) || !placed.has(link.to)) continue;
    (outgoing.get(link.from) ?? outgoing.set(link.from, []).get(link.from)!).push(link);
    (incoming.get(link.to) ?? incoming.set(link.to, []).get(link.to)!).push(link);
  }
  return {
    columns,
    order: columns.flat(),
    placed,
    outgoing: (id) => outgoing.get(id) ?? [],
    incoming: (id) => incoming.get(id) ?? [],
  };
}
