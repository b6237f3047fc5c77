// "What changed since last quarter": two revisions of a change model compared by id — items,
// links and columns added, removed or changed (and which fields), indicators whose status moved.
// Links are matched by id first, then by their ends, so a file exported elsewhere (other link
// ids, same arrows) shows what really changed rather than every arrow removed and re-added.
import type { ChangeModel, ChangeModelColumn, ChangeModelItem, ChangeModelLink, IndicatorStatus } from '@sammen/sdk';

/** A changed thing: its id and the fields that differ. */
export interface Changed<F extends string> {
  id: string;
  fields: F[];
}

export type ItemField = keyof Omit<ChangeModelItem, 'id'> | 'column';
export type LinkField = keyof Omit<ChangeModelLink, 'id'>;
export type ColumnField = keyof Omit<ChangeModelColumn, 'id' | 'items'> | 'position';
export type ModelField = 'title' | 'targetGroup';

/** An indicator whose status moved between the revisions. */
export interface StatusMove {
  itemId: string;
  indicatorId: string;
  from: IndicatorStatus;
  to: IndicatorStatus;
}

/** Everything that differs from `before` to `after`. Lists follow `after`'s order (removals: `before`'s). */
export interface ModelDiff {
  model: ModelField[];
  columns: { added: ChangeModelColumn[]; removed: ChangeModelColumn[]; changed: Changed<ColumnField>[] };
  items: { added: ChangeModelItem[]; removed: ChangeModelItem[]; changed: Changed<ItemField>[] };
  links: { added: ChangeModelLink[]; removed: ChangeModelLink[]; changed: Changed<LinkField>[] };
  indicators: StatusMove[];
}

/** Deep equality of JSON values, blind to key order (two tools may write keys differently). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((value, i) => sameJson(value, (b as unknown[])[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)].filter((key) => ra[key] !== undefined || rb[key] !== undefined));
  return [...keys].every((key) => sameJson(ra[key], rb[key]));
}

function changedFields<T extends object, F extends string>(before: T, after: T, skip: readonly string[]): F[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !skip.includes(key) && !sameJson((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key])) as F[];
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of list) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}

function diffLinks(before: readonly ChangeModelLink[], after: readonly ChangeModelLink[]): ModelDiff['links'] {
  const unmatched = byId(before);
  const pairs: [ChangeModelLink, ChangeModelLink][] = [];
  const added: ChangeModelLink[] = [];
  const rest: ChangeModelLink[] = [];
  for (const link of after) {
    const old = unmatched.get(link.id);
    if (old && old.from === link.from && old.to === link.to) {
      pairs.push([old, link]);
      unmatched.delete(link.id);
    } else rest.push(link);
  }
  const byEnds = new Map<string, ChangeModelLink>();
  for (const old of unmatched.values()) if (!byEnds.has(`${old.from}\n${old.to}`)) byEnds.set(`${old.from}\n${old.to}`, old);
  for (const link of rest) {
    const old = byEnds.get(`${link.from}\n${link.to}`);
    if (old) {
      pairs.push([old, link]);
      byEnds.delete(`${link.from}\n${link.to}`);
      unmatched.delete(old.id);
    } else added.push(link);
  }
  const changed = pairs
    .map(([old, link]) => ({ id: link.id, fields: changedFields<ChangeModelLink, LinkField>(old, link, ['id']) }))
    .filter((entry) => entry.fields.length > 0);
  return { added, removed: [...unmatched.values()], changed };
}

/** What differs from `before` to `after`; empty lists everywhere when they are the same model. */
export function diffModels(before: ChangeModel, after: ChangeModel): ModelDiff {
  const model = (['title', 'targetGroup'] as const).filter((field) => !sameJson(before[field], after[field]));

  const oldColumns = byId(before.columns);
  const newColumns = byId(after.columns);
  const oldPosition = new Map(before.columns.map((column, i) => [column.id, i]));
  const keptOld = before.columns.filter((column) => newColumns.has(column.id)).map((column) => column.id);
  const keptNew = after.columns.filter((column) => oldColumns.has(column.id)).map((column) => column.id);
  const columns: ModelDiff['columns'] = {
    added: after.columns.filter((column) => !oldColumns.has(column.id)),
    removed: before.columns.filter((column) => !newColumns.has(column.id)),
    changed: after.columns
      .filter((column) => oldColumns.has(column.id))
      .map((column) => {
        const fields = changedFields<ChangeModelColumn, ColumnField>(oldColumns.get(column.id)!, column, ['id', 'items']);
        // Moved among the columns both revisions have (an added column before it is no move).
        if (keptOld.indexOf(column.id) !== keptNew.indexOf(column.id) && oldPosition.has(column.id)) fields.push('position');
        return { id: column.id, fields };
      })
      .filter((entry) => entry.fields.length > 0),
  };

  const place = (m: ChangeModel) => {
    const map = new Map<string, { item: ChangeModelItem; column: string }>();
    for (const column of m.columns) for (const item of column.items) if (!map.has(item.id)) map.set(item.id, { item, column: column.id });
    return map;
  };
  const oldItems = place(before);
  const newItems = place(after);
  const items: ModelDiff['items'] = { added: [], removed: [], changed: [] };
  const indicators: StatusMove[] = [];
  for (const [id, { item, column }] of newItems) {
    const old = oldItems.get(id);
    if (!old) {
      items.added.push(item);
      continue;
    }
    const fields = changedFields<ChangeModelItem, ItemField>(old.item, item, ['id']);
    if (old.column !== column) fields.push('column');
    if (fields.length > 0) items.changed.push({ id, fields });
    const oldIndicators = byId(old.item.indicators ?? []);
    for (const indicator of item.indicators ?? []) {
      const previous = oldIndicators.get(indicator.id);
      if (previous && previous.status !== indicator.status) indicators.push({ itemId: id, indicatorId: indicator.id, from: previous.status, to: indicator.status });
    }
  }
  for (const [id, { item }] of oldItems) if (!newItems.has(id)) items.removed.push(item);

  return { model, columns, items, links: diffLinks(before.links, after.links), indicators };
}

/** True when the diff holds no change at all. */
export function isEmptyDiff(diff: ModelDiff): boolean {
  return (
    diff.model.length === 0 &&
    diff.indicators.length === 0 &&
    [diff.columns, diff.items, diff.links].every((part) => part.added.length === 0 && part.removed.length === 0 && part.changed.length === 0)
  );
}

/** Counts per kind of change, for the compare view's one-line summary. */
export function diffCounts(diff: ModelDiff): { added: number; removed: number; changed: number; statusMoves: number } {
  const parts = [diff.columns, diff.items, diff.links];
  return {
    added: parts.reduce((sum, part) => sum + part.added.length, 0),
    removed: parts.reduce((sum, part) => sum + part.removed.length, 0),
    changed: parts.reduce((sum, part) => sum + part.changed.length, 0) + (diff.model.length > 0 ? 1 : 0),
    statusMoves: diff.indicators.length,
  };
}
