// The editor's edits of a change model: the structural ones are cm-logic's pure operations
// (logic/ordering.ts); what only the editor needs — texts in one language, indicators, moves by
// column, where focus goes after a deletion — is here, pure as well (each returns a new model, or
// the same one when nothing changes).
import type { ChangeModel, ChangeModelColumn, ChangeModelItem, ChangeModelLink, Indicator, LocalizedText } from '@sammen/sdk';
import { freshId, linkRefusal, moveItemTo, updateItem, updateLink } from '../logic/ordering.js';

export {
  addColumn,
  addItem,
  addLink,
  freshId,
  moveColumnBy as moveColumn,
  moveItemBy as moveItem,
  removeColumn,
  removeItem,
  removeLink,
  setLinksFrom,
  updateColumn,
  updateItem,
} from '../logic/ordering.js';

/** Where an item sits: its column's index and its own index in that column. */
export interface ItemPlace {
  columnIndex: number;
  index: number;
  column: ChangeModelColumn;
  item: ChangeModelItem;
}

/** The column and position of `itemId`, or undefined. */
export function placeOf(model: ChangeModel, itemId: string): ItemPlace | undefined {
  for (const [columnIndex, column] of model.columns.entries()) {
    const index = column.items.findIndex((item) => item.id === itemId);
    if (index >= 0) return { columnIndex, index, column, item: column.items[index]! };
  }
  return undefined;
}

/**
 * `text` with its `lang` version replaced by `value`: a text object keeps its other languages; a
 * plain string (language unknown) is replaced. An empty value removes that language.
 */
export function withText(text: LocalizedText | undefined, lang: string, value: string): LocalizedText {
  if (text === undefined || typeof text === 'string') return value;
  const next: Record<string, string> = { ...text, [lang]: value };
  if (!value) delete next[lang];
  return Object.keys(next).length ? next : '';
}

/** Moves an item to the end of another column; its links stay. */
export function moveItemToColumn(model: ChangeModel, itemId: string, columnId: string): ChangeModel {
  const column = model.columns.find((entry) => entry.id === columnId);
  const place = placeOf(model, itemId);
  if (!column || !place || place.column.id === columnId) return model;
  return moveItemTo(model, itemId, columnId, column.items.length);
}

/** The link from `from` to `to`, if any. */
export function linkBetween(model: ChangeModel, from: string, to: string): ChangeModelLink | undefined {
  return model.links.find((link) => link.from === from && link.to === to);
}

/** True when `from → to` may be added (both exist, not the same item, not there yet). */
export function canLink(model: ChangeModel, from: string, to: string): boolean {
  return linkRefusal(model, from, to) === undefined;
}

/** Sets a link's rationale, assumptions or evidence; an empty text removes the field. */
export function setLinkText(model: ChangeModel, linkId: string, field: 'rationale' | 'assumptions' | 'evidence', text: LocalizedText | ''): ChangeModel {
  const link = model.links.find((entry) => entry.id === linkId);
  if (!link) return model;
  if (text !== '') return updateLink(model, linkId, { [field]: text });
  if (link[field] === undefined) return model;
  const { [field]: _gone, ...rest } = link;
  return { ...model, links: model.links.map((entry) => (entry === link ? rest : entry)) };
}

/** Sets an item's target group or assumptions; an empty text removes the field. */
export function setItemText(model: ChangeModel, itemId: string, field: 'targetGroup' | 'assumptions', text: LocalizedText | ''): ChangeModel {
  const item = placeOf(model, itemId)?.item;
  if (!item) return model;
  if (text !== '') return updateItem(model, itemId, { [field]: text });
  if (item[field] === undefined) return model;
  const { [field]: _gone, ...rest } = item;
  return { ...model, columns: model.columns.map((column) => ({ ...column, items: column.items.map((entry) => (entry === item ? rest : entry)) })) };
}

/** Adds `indicator` to an item, or replaces the one with its id. */
export function putIndicator(model: ChangeModel, itemId: string, indicator: Indicator): ChangeModel {
  const item = placeOf(model, itemId)?.item;
  if (!item) return model;
  const indicators = item.indicators ?? [];
  const exists = indicators.some((entry) => entry.id === indicator.id);
  return updateItem(model, itemId, { indicators: exists ? indicators.map((entry) => (entry.id === indicator.id ? indicator : entry)) : [...indicators, indicator] });
}

/** Removes an indicator from an item. */
export function removeIndicator(model: ChangeModel, itemId: string, indicatorId: string): ChangeModel {
  const item = placeOf(model, itemId)?.item;
  if (!item?.indicators?.some((entry) => entry.id === indicatorId)) return model;
  return updateItem(model, itemId, { indicators: item.indicators.filter((entry) => entry.id !== indicatorId) });
}

/** The item that should take focus after `itemId` is removed: the next in its column, else the previous, else undefined. */
export function neighbourAfterRemoval(model: ChangeModel, itemId: string): string | undefined {
  const place = placeOf(model, itemId);
  if (!place) return undefined;
  return (place.column.items[place.index + 1] ?? place.column.items[place.index - 1])?.id;
}

/** A new item with a title in `lang` and an id no other thing in the model has. */
export function newItem(model: ChangeModel, title: string, lang: string): ChangeModelItem {
  return { id: freshId(model, 'item'), title: { [lang]: title } };
}

/** A new indicator (status "no data") with a model-wide fresh id. */
export function newIndicator(model: ChangeModel, name: string, lang: string): Indicator {
  return { id: freshId(model, 'indicator'), name: { [lang]: name }, status: 'no-data' };
}
