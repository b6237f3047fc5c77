// The comparison as rows a person reads: one row per thing added, removed or changed, with its
// name (removed things named from the earlier revision) and the fields or statuses that moved.
// Pure (no DOM, no language): the view words it; the board marks the items it names.
import { resolveText, type ChangeModel, type IndicatorStatus } from '@sammen/sdk';
import type { ModelDiff } from '../logic/model-diff.js';

export type RowChange = 'added' | 'removed' | 'changed' | 'status';
export type RowSubject = 'model' | 'column' | 'item' | 'link' | 'indicator';

/** One line of "what changed". */
export interface CompareRow {
  change: RowChange;
  subject: RowSubject;
  /** The id of the item (items, indicators), column or link. */
  id: string;
  /** The thing's name in `lang`: an item's title, "A → B" for a link. */
  name: string;
  /** Changed fields (changed rows). */
  fields: string[];
  /** The indicator's status before and after (status rows). */
  from?: IndicatorStatus;
  to?: IndicatorStatus;
}

/** How the board marks an item: added, changed (fields or an indicator's status). */
export type ItemMark = 'added' | 'changed';

function titles(models: readonly ChangeModel[], lang: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const model of models) {
    for (const column of model.columns) {
      if (!names.has(column.id)) names.set(column.id, resolveText(column.title, lang) || column.kind);
      for (const item of column.items) if (!names.has(item.id)) names.set(item.id, resolveText(item.title, lang) || item.id);
    }
  }
  return names;
}

/** The rows of `diff` from `before` to `after`, named in `lang`; `after`'s names win. */
export function compareRows(diff: ModelDiff, before: ChangeModel, after: ChangeModel, lang: string): CompareRow[] {
  const names = titles([after, before], lang);
  const name = (id: string) => names.get(id) ?? id;
  const linkName = (link: { from: string; to: string }) => `${name(link.from)} → ${name(link.to)}`;
  const linkOf = (id: string) => after.links.find((link) => link.id === id);
  const rows: CompareRow[] = [];
  if (diff.model.length) rows.push({ change: 'changed', subject: 'model', id: after.id, name: resolveText(after.title, lang), fields: diff.model });
  for (const column of diff.columns.added) rows.push({ change: 'added', subject: 'column', id: column.id, name: name(column.id), fields: [] });
  for (const column of diff.columns.removed) rows.push({ change: 'removed', subject: 'column', id: column.id, name: name(column.id), fields: [] });
  for (const entry of diff.columns.changed) rows.push({ change: 'changed', subject: 'column', id: entry.id, name: name(entry.id), fields: entry.fields });
  for (const item of diff.items.added) rows.push({ change: 'added', subject: 'item', id: item.id, name: name(item.id), fields: [] });
  for (const item of diff.items.removed) rows.push({ change: 'removed', subject: 'item', id: item.id, name: name(item.id), fields: [] });
  for (const entry of diff.items.changed) rows.push({ change: 'changed', subject: 'item', id: entry.id, name: name(entry.id), fields: entry.fields });
  for (const link of diff.links.added) rows.push({ change: 'added', subject: 'link', id: link.id, name: linkName(link), fields: [] });
  for (const link of diff.links.removed) rows.push({ change: 'removed', subject: 'link', id: link.id, name: linkName(link), fields: [] });
  for (const entry of diff.links.changed) {
    const link = linkOf(entry.id);
    rows.push({ change: 'changed', subject: 'link', id: entry.id, name: link ? linkName(link) : entry.id, fields: entry.fields });
  }
  for (const move of diff.indicators) {
    const item = after.columns.flatMap((column) => column.items).find((entry) => entry.id === move.itemId);
    const indicator = item?.indicators?.find((entry) => entry.id === move.indicatorId);
    const indicatorName = resolveText(indicator?.name, lang) || move.indicatorId;
    rows.push({ change: 'status', subject: 'indicator', id: move.itemId, name: `${name(move.itemId)}: ${indicatorName}`, fields: [], from: move.from, to: move.to });
  }
  return rows;
}

/** Items to mark on the board: added ones, and those changed or with an indicator whose status moved. */
export function itemMarks(diff: ModelDiff): Map<string, ItemMark> {
  const marks = new Map<string, ItemMark>();
  for (const entry of diff.items.changed) marks.set(entry.id, 'changed');
  for (const move of diff.indicators) marks.set(move.itemId, 'changed');
  for (const item of diff.items.added) marks.set(item.id, 'added');
  return marks;
}
