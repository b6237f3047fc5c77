// Pure edits of a change model: each returns a new model and leaves its input untouched, so the
// undo history can keep the models themselves and every edit is testable without a DOM.
import type { ChangeModel, ChangeModelColumn, ChangeModelItem, ChangeModelLink, Indicator, LocalizedText } from '@sammen/sdk';

type Column = ChangeModel['columns'][number];
type Item = Column['items'][number];
type Link = ChangeModel['links'][number];

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
    if (index >= 0) return { columnIndex, index, column, item: column.items[index] as Item };
  }
  return undefined;
}

/** Every item id and column id in use. */
function usedIds(model: ChangeModel): Set<string> {
  const ids = new Set<string>();
  for (const column of model.columns) {
    ids.add(column.id);
    for (const item of column.items) ids.add(item.id);
  }
  return ids;
}

/** An id not yet used in the model: `prefix-1`, `prefix-2`, … */
export function freshId(model: ChangeModel, prefix: string): string {
  const ids = usedIds(model);
  let n = 1;
  while (ids.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
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

function mapColumns(model: ChangeModel, change: (column: Column) => Column): ChangeModel {
  return { ...model, columns: model.columns.map(change) };
}

function mapItem(model: ChangeModel, itemId: string, change: (item: Item) => Item): ChangeModel {
  return mapColumns(model, (column) =>
    column.items.some((item) => item.id === itemId) ? { ...column, items: column.items.map((item) => (item.id === itemId ? change(item) : item)) } : column,
  );
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [entry] = next.splice(from, 1);
  next.splice(to, 0, entry as T);
  return next;
}

/** Adds `item` to a column (at the end unless `index` is given). */
export function addItem(model: ChangeModel, columnId: string, item: ChangeModelItem, index?: number): ChangeModel {
  return mapColumns(model, (column) => {
    if (column.id !== columnId) return column;
    const items = [...column.items];
    items.splice(index ?? items.length, 0, item);
    return { ...column, items };
  });
}

/** Replaces fields of an item (title, description, bullets, indicators…). */
export function updateItem(model: ChangeModel, itemId: string, patch: Partial<Omit<ChangeModelItem, 'id'>>): ChangeModel {
  return mapItem(model, itemId, (item) => ({ ...item, ...patch }));
}

/** Removes an item and every link to or from it. */
export function removeItem(model: ChangeModel, itemId: string): ChangeModel {
  const columns = model.columns.map((column) => ({ ...column, items: column.items.filter((item) => item.id !== itemId) }));
  return { ...model, columns, links: model.links.filter((link) => link.from !== itemId && link.to !== itemId) };
}

/** Moves an item `delta` places within its column (clamped); unchanged at either end. */
export function moveItem(model: ChangeModel, itemId: string, delta: number): ChangeModel {
  const place = placeOf(model, itemId);
  if (!place) return model;
  const to = Math.max(0, Math.min(place.column.items.length - 1, place.index + delta));
  if (to === place.index) return model;
  return mapColumns(model, (column) => (column === place.column ? { ...column, items: moved(column.items, place.index, to) } : column));
}

/** Moves an item to the end of another column; its links stay. */
export function moveItemToColumn(model: ChangeModel, itemId: string, columnId: string): ChangeModel {
  const place = placeOf(model, itemId);
  if (!place || place.column.id === columnId || !model.columns.some((column) => column.id === columnId)) return model;
  return addItem(
    mapColumns(model, (column) => (column === place.column ? { ...column, items: column.items.filter((item) => item.id !== itemId) } : column)),
    columnId,
    place.item,
  );
}

/** Adds a column (at the end unless `index` is given). */
export function addColumn(model: ChangeModel, column: ChangeModelColumn, index?: number): ChangeModel {
  const columns = [...model.columns];
  columns.splice(index ?? columns.length, 0, column);
  return { ...model, columns };
}

/** Replaces fields of a column (title, kind). */
export function updateColumn(model: ChangeModel, columnId: string, patch: Partial<Omit<ChangeModelColumn, 'id' | 'items'>>): ChangeModel {
  return mapColumns(model, (column) => (column.id === columnId ? { ...column, ...patch } : column));
}

/** Removes a column with its items and their links. */
export function removeColumn(model: ChangeModel, columnId: string): ChangeModel {
  const column = model.columns.find((entry) => entry.id === columnId);
  if (!column) return model;
  const gone = new Set(column.items.map((item) => item.id));
  return {
    ...model,
    columns: model.columns.filter((entry) => entry !== column),
    links: model.links.filter((link) => !gone.has(link.from) && !gone.has(link.to)),
  };
}

/** Moves a column `delta` places (clamped). */
export function moveColumn(model: ChangeModel, columnId: string, delta: number): ChangeModel {
  const index = model.columns.findIndex((column) => column.id === columnId);
  if (index < 0) return model;
  const to = Math.max(0, Math.min(model.columns.length - 1, index + delta));
  return to === index ? model : { ...model, columns: moved(model.columns, index, to) };
}

/** The link from `from` to `to`, if any. */
export function linkBetween(model: ChangeModel, from: string, to: string): ChangeModelLink | undefined {
  return model.links.find((link) => link.from === from && link.to === to);
}

/** Adds the link `from` → `to` (no duplicate, no link from an item to itself). */
export function addLink(model: ChangeModel, from: string, to: string): ChangeModel {
  if (from === to || linkBetween(model, from, to) || !placeOf(model, from) || !placeOf(model, to)) return model;
  const ids = new Set(model.links.map((link) => link.id));
  let n = model.links.length + 1;
  while (ids.has(`link-${n}`)) n += 1;
  return { ...model, links: [...model.links, { id: `link-${n}`, from, to }] };
}

/** Removes the link `from` → `to`. */
export function removeLink(model: ChangeModel, from: string, to: string): ChangeModel {
  return { ...model, links: model.links.filter((link) => !(link.from === from && link.to === to)) };
}

/**
 * Makes `from` lead to exactly `targets`: links to targets no longer chosen go, new ones are
 * added, and links that stay keep their rationale, assumptions and evidence.
 */
export function setLinksFrom(model: ChangeModel, from: string, targets: readonly string[]): ChangeModel {
  const wanted = new Set(targets);
  let next: ChangeModel = { ...model, links: model.links.filter((link) => link.from !== from || wanted.has(link.to)) };
  for (const to of targets) next = addLink(next, from, to);
  return next;
}

/** Replaces fields of a link (rationale, assumptions, evidence); an empty text removes the field. */
export function updateLink(model: ChangeModel, from: string, to: string, patch: Partial<Pick<Link, 'rationale' | 'assumptions' | 'evidence'>>): ChangeModel {
  return {
    ...model,
    links: model.links.map((link) => {
      if (link.from !== from || link.to !== to) return link;
      const next: Record<string, unknown> = { ...link, ...patch };
      for (const key of ['rationale', 'assumptions', 'evidence'] as const) if (next[key] === '') delete next[key];
      return next as Link;
    }),
  };
}

/** Adds `indicator` to an item, or replaces the one with its id. */
export function putIndicator(model: ChangeModel, itemId: string, indicator: Indicator): ChangeModel {
  return mapItem(model, itemId, (item) => {
    const indicators = item.indicators ?? [];
    const exists = indicators.some((entry) => entry.id === indicator.id);
    return { ...item, indicators: exists ? indicators.map((entry) => (entry.id === indicator.id ? indicator : entry)) : [...indicators, indicator] };
  });
}

/** Removes an indicator from an item. */
export function removeIndicator(model: ChangeModel, itemId: string, indicatorId: string): ChangeModel {
  return mapItem(model, itemId, (item) => ({ ...item, indicators: (item.indicators ?? []).filter((entry) => entry.id !== indicatorId) }));
}

/** An indicator id not yet used in the model (indicator ids are unique across the model). */
export function freshIndicatorId(model: ChangeModel): string {
  const ids = new Set(model.columns.flatMap((column) => column.items.flatMap((item) => (item.indicators ?? []).map((entry) => entry.id))));
  let n = 1;
  while (ids.has(`indicator-${n}`)) n += 1;
  return `indicator-${n}`;
}

/** The item that should take focus after `itemId` is removed: the next in its column, else the previous, else undefined. */
export function neighbourAfterRemoval(model: ChangeModel, itemId: string): string | undefined {
  const place = placeOf(model, itemId);
  if (!place) return undefined;
  return (place.column.items[place.index + 1] ?? place.column.items[place.index - 1])?.id;
}

/** Creates an item with a title in `lang`. */
export function newItem(model: ChangeModel, title: string, lang: string): ChangeModelItem {
  return { id: freshId(model, 'item'), title: { [lang]: title } };
}

export type { ChangeModelItem, Indicator, Item };
