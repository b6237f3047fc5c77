// Pure edits of a change model: each returns a new model (the old one is untouched, so it can sit
// in the undo history) or the same model when the edit cannot apply — an unknown id, an index out
// of range, a link that would duplicate another. Nothing here throws on a person's input.
import type { ChangeModel, ChangeModelColumn, ChangeModelItem, ChangeModelLink } from '@sammen/sdk';
import { indexModel } from './model-index.js';

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.trunc(value)));

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [entry] = copy.splice(from, 1);
  copy.splice(to, 0, entry as T);
  return copy;
}

const withColumns = (model: ChangeModel, columns: ChangeModelColumn[]): ChangeModel => ({ ...model, columns });
const withLinks = (model: ChangeModel, links: ChangeModelLink[]): ChangeModel => ({ ...model, links });

/** An id no item, column, link or indicator of `model` has yet: `prefix`, `prefix-2`, … */
export function freshId(model: ChangeModel, prefix: string): string {
  const taken = new Set<string>();
  for (const column of model.columns) {
    taken.add(column.id);
    for (const item of column.items) {
      taken.add(item.id);
      for (const indicator of item.indicators ?? []) taken.add(indicator.id);
    }
  }
  for (const link of model.links) taken.add(link.id);
  if (!taken.has(prefix)) return prefix;
  for (let n = 2; ; n += 1) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** `item` added to `columnId` at `index` (default: last). Same model if the column is unknown or the id is taken. */
export function addItem(model: ChangeModel, columnId: string, item: ChangeModelItem, index?: number): ChangeModel {
  if (indexModel(model).places.has(item.id)) return model;
  const columnIndex = model.columns.findIndex((column) => column.id === columnId);
  if (columnIndex < 0) return model;
  const columns = model.columns.map((column, c) => {
    if (c !== columnIndex) return column;
    const items = [...column.items];
    items.splice(clamp(index ?? items.length, 0, items.length), 0, item);
    return { ...column, items };
  });
  return withColumns(model, columns);
}

/** `itemId` with `patch` applied (its id stays). */
export function updateItem(model: ChangeModel, itemId: string, patch: Partial<Omit<ChangeModelItem, 'id'>>): ChangeModel {
  const place = indexModel(model).places.get(itemId);
  if (!place) return model;
  const columns = model.columns.map((column, c) =>
    c === place.columnIndex ? { ...column, items: column.items.map((item, i) => (i === place.index ? { ...item, ...patch, id: item.id } : item)) } : column,
  );
  return withColumns(model, columns);
}

/** The model without `itemId` and without every link to or from it. */
export function removeItem(model: ChangeModel, itemId: string): ChangeModel {
  const place = indexModel(model).places.get(itemId);
  if (!place) return model;
  const columns = model.columns.map((column, c) => (c === place.columnIndex ? { ...column, items: column.items.filter((_, i) => i !== place.index) } : column));
  return { ...model, columns, links: model.links.filter((link) => link.from !== itemId && link.to !== itemId) };
}

/**
 * `itemId` moved to `columnId` at `index` (within its own column or into another; the index is
 * where it will be after the move, clamped). Its links go with it.
 */
export function moveItemTo(model: ChangeModel, itemId: string, columnId: string, index: number): ChangeModel {
  const place = indexModel(model).places.get(itemId);
  const target = model.columns.findIndex((column) => column.id === columnId);
  if (!place || target < 0) return model;
  if (target === place.columnIndex) {
    const to = clamp(index, 0, place.column.items.length - 1);
    if (to === place.index) return model;
    return withColumns(
      model,
      model.columns.map((column, c) => (c === target ? { ...column, items: moved(column.items, place.index, to) } : column)),
    );
  }
  const columns = model.columns.map((column, c) => {
    if (c === place.columnIndex) return { ...column, items: column.items.filter((_, i) => i !== place.index) };
    if (c !== target) return column;
    const items = [...column.items];
    items.splice(clamp(index, 0, items.length), 0, place.item);
    return { ...column, items };
  });
  return withColumns(model, columns);
}

/** `itemId` moved `delta` places up (negative) or down within its column (Alt+↑/↓). */
export function moveItemBy(model: ChangeModel, itemId: string, delta: number): ChangeModel {
  const place = indexModel(model).places.get(itemId);
  return place ? moveItemTo(model, itemId, place.column.id, place.index + delta) : model;
}

/** `column` added at `index` (default: last). Same model if its id or one of its items' ids is taken. */
export function addColumn(model: ChangeModel, column: ChangeModelColumn, index?: number): ChangeModel {
  const { places } = indexModel(model);
  if (model.columns.some((existing) => existing.id === column.id) || column.items.some((item) => places.has(item.id))) return model;
  const columns = [...model.columns];
  columns.splice(clamp(index ?? columns.length, 0, columns.length), 0, column);
  return withColumns(model, columns);
}

/** `columnId` with `patch` applied (its id and items stay). */
export function updateColumn(model: ChangeModel, columnId: string, patch: Partial<Omit<ChangeModelColumn, 'id' | 'items'>>): ChangeModel {
  if (!model.columns.some((column) => column.id === columnId)) return model;
  return withColumns(
    model,
    model.columns.map((column) => (column.id === columnId ? { ...column, ...patch, id: column.id, items: column.items } : column)),
  );
}

/** The model without `columnId`, its items and their links. A model keeps at least one column. */
export function removeColumn(model: ChangeModel, columnId: string): ChangeModel {
  const column = model.columns.find((candidate) => candidate.id === columnId);
  if (!column || model.columns.length <= 1) return model;
  const gone = new Set(column.items.map((item) => item.id));
  return {
    ...model,
    columns: model.columns.filter((candidate) => candidate !== column),
    links: model.links.filter((link) => !gone.has(link.from) && !gone.has(link.to)),
  };
}

/** `columnId` moved to `index` (clamped). */
export function moveColumnTo(model: ChangeModel, columnId: string, index: number): ChangeModel {
  const from = model.columns.findIndex((column) => column.id === columnId);
  if (from < 0) return model;
  const to = clamp(index, 0, model.columns.length - 1);
  return to === from ? model : withColumns(model, moved(model.columns, from, to));
}

/** `columnId` moved `delta` places left (negative) or right. */
export function moveColumnBy(model: ChangeModel, columnId: string, delta: number): ChangeModel {
  const from = model.columns.findIndex((column) => column.id === columnId);
  return from < 0 ? model : moveColumnTo(model, columnId, from + delta);
}

/** Why a link cannot be added, or undefined when it can. */
export type LinkRefusal = 'missing-item' | 'same-item' | 'duplicate' | 'id-taken';

/** Why `from → to` cannot be added to `model` (with `id`, when given), or undefined when it can. */
export function linkRefusal(model: ChangeModel, from: string, to: string, id?: string): LinkRefusal | undefined {
  const index = indexModel(model);
  if (!index.places.has(from) || !index.places.has(to)) return 'missing-item';
  if (from === to) return 'same-item';
  if ((index.outgoing.get(from) ?? []).some((link) => link.to === to)) return 'duplicate';
  if (id !== undefined && index.links.has(id)) return 'id-taken';
  return undefined;
}

/**
 * A link `from → to` added (with a fresh id `from->to` unless `fields.id` is given, and any
 * rationale, assumptions and evidence). Same model when {@link linkRefusal} says no.
 */
export function addLink(model: ChangeModel, from: string, to: string, fields: Partial<Omit<ChangeModelLink, 'from' | 'to'>> = {}): ChangeModel {
  if (linkRefusal(model, from, to, fields.id)) return model;
  // An id is at most 200 characters: ends that long get a plain `link-n`.
  const id = fields.id ?? freshId(model, `${from}->${to}`.length <= 190 ? `${from}->${to}` : 'link');
  return withLinks(model, [...model.links, { ...fields, id, from, to }]);
}

/** `linkId` with `patch` applied (its id and ends stay). */
export function updateLink(model: ChangeModel, linkId: string, patch: Partial<Omit<ChangeModelLink, 'id' | 'from' | 'to'>>): ChangeModel {
  if (!indexModel(model).links.has(linkId)) return model;
  return withLinks(
    model,
    model.links.map((link) => (link.id === linkId ? { ...link, ...patch, id: link.id, from: link.from, to: link.to } : link)),
  );
}

/** The model without `linkId`. */
export function removeLink(model: ChangeModel, linkId: string): ChangeModel {
  return indexModel(model).links.has(linkId) ? withLinks(model, model.links.filter((link) => link.id !== linkId)) : model;
}

/**
 * `from` leads exactly to `targets` afterwards: links to other items are removed, missing ones
 * added (the "Leads to" checklist of the link form). Existing links keep their ids and texts.
 */
export function setLinksFrom(model: ChangeModel, from: string, targets: readonly string[]): ChangeModel {
  if (!indexModel(model).places.has(from)) return model;
  const wanted = new Set(targets);
  let next = withLinks(
    model,
    model.links.filter((link) => link.from !== from || wanted.has(link.to)),
  );
  for (const to of targets) next = addLink(next, from, to);
  return next.links.length === model.links.length && next.links.every((link, i) => link === model.links[i]) ? model : next;
}
