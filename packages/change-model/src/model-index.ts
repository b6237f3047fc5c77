// The views' reading of the model index (logic/model-index.ts, cached per model): item ids per
// column for the board and its keyboard, and links by item as functions the templates call.
import type { ChangeModel, ChangeModelLink } from '@sammen/sdk';
import { indexModel as logicIndex, type ItemPlace } from './logic/model-index.js';

/** An item with where it stands: its column, and its place in the column (0-based). */
export type PlacedItem = ItemPlace;

export interface ModelIndex {
  /** Item ids per column, in document order. */
  readonly columns: readonly (readonly string[])[];
  /** Every item id, column by column: the reading order. */
  readonly order: readonly string[];
  readonly placed: ReadonlyMap<string, PlacedItem>;
  /** Every link by id. */
  readonly links: ReadonlyMap<string, ChangeModelLink>;
  /** Links leaving an item, ordered by where their target is. */
  outgoing(id: string): readonly ChangeModelLink[];
  /** Links reaching an item, ordered by where their source is. */
  incoming(id: string): readonly ChangeModelLink[];
}

/** The key of a link in maps and the DOM: its stable id. */
export const linkKey = (link: Pick<ChangeModelLink, 'id'>): string => link.id;

export function indexModel(model: ChangeModel): ModelIndex {
  const index = logicIndex(model);
  const columns = model.columns.map((column, columnIndex) => column.items.map((item) => item.id).filter((id) => index.places.get(id)?.columnIndex === columnIndex));
  return {
    columns,
    order: index.order,
    placed: index.places,
    links: index.links,
    outgoing: (id) => index.outgoing.get(id) ?? [],
    incoming: (id) => index.incoming.get(id) ?? [],
  };
}
