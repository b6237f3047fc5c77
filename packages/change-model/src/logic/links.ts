// An item's links as a person reads them: first what it leads to, then what it follows from, each
// in the model's reading order (column by column, top to bottom) — the order keyboard navigation
// moves along them and the "leads to" / "follows from" lists show them.
import type { ChangeModel, ChangeModelColumnKind, ChangeModelItem, ChangeModelLink } from '@sammen/sdk';
import { indexModel } from './model-index.js';

/** One link as seen from one of its items. */
export interface LinkFromItem {
  link: ChangeModelLink;
  /** `out`: the item leads to `other`; `in`: the item follows from `other`. */
  direction: 'out' | 'in';
  /** The item at the other end. */
  other: ChangeModelItem;
}

/** The links of `itemId`: outgoing (by target) then incoming (by source). A self-link appears once, as outgoing. */
export function linksOfItem(model: ChangeModel, itemId: string): LinkFromItem[] {
  const { outgoing, incoming, places } = indexModel(model);
  const out = (outgoing.get(itemId) ?? []).map((link): LinkFromItem => ({ link, direction: 'out', other: places.get(link.to)!.item }));
  const inc = (incoming.get(itemId) ?? []).filter((link) => link.from !== itemId).map((link): LinkFromItem => ({ link, direction: 'in', other: places.get(link.from)!.item }));
  return [...out, ...inc];
}

/** The items `itemId` leads to, in reading order ("Fører til"). */
export const leadsTo = (model: ChangeModel, itemId: string): ChangeModelItem[] =>
  (indexModel(model).outgoing.get(itemId) ?? []).map((link) => indexModel(model).places.get(link.to)!.item);

/** The items `itemId` follows from, in reading order ("Kommer fra"). */
export const followsFrom = (model: ChangeModel, itemId: string): ChangeModelItem[] =>
  (indexModel(model).incoming.get(itemId) ?? []).map((link) => indexModel(model).places.get(link.from)!.item);

/** How many of an item's links reach a column of one kind, for "Fører til 3 resultater". */
export interface KindCount {
  kind: ChangeModelColumnKind;
  count: number;
}

/** What the announcement of an item needs about its links. */
export interface LinkCounts {
  leadsTo: number;
  followsFrom: number;
  /** Outgoing links by the kind of column their targets are in, in column order. */
  leadsToByKind: KindCount[];
  /** Incoming links by the kind of column their sources are in, in column order. */
  followsFromByKind: KindCount[];
}

function byKind(model: ChangeModel, ids: readonly string[]): KindCount[] {
  const { places } = indexModel(model);
  const counts: KindCount[] = [];
  for (const place of ids.map((id) => places.get(id)!).sort((a, b) => a.columnIndex - b.columnIndex)) {
    const last = counts.at(-1);
    if (last?.kind === place.column.kind) last.count += 1;
    else counts.push({ kind: place.column.kind, count: 1 });
  }
  return counts;
}

/** Counts of an item's links for its announcement ("Aktivitet 2 af 2: Familiegrupper. Fører til 3 resultater"). */
export function linkCounts(model: ChangeModel, itemId: string): LinkCounts {
  const { outgoing, incoming } = indexModel(model);
  const targets = (outgoing.get(itemId) ?? []).map((link) => link.to);
  const sources = (incoming.get(itemId) ?? []).map((link) => link.from);
  return { leadsTo: targets.length, followsFrom: sources.length, leadsToByKind: byKind(model, targets), followsFromByKind: byKind(model, sources) };
}

/** The link's ends as items, or undefined when the link or an end is missing. */
export function endsOfLink(model: ChangeModel, linkId: string): { from: ChangeModelItem; to: ChangeModelItem; link: ChangeModelLink } | undefined {
  const { links, places } = indexModel(model);
  const link = links.get(linkId);
  const from = link && places.get(link.from);
  const to = link && places.get(link.to);
  return link && from && to ? { link, from: from.item, to: to.item } : undefined;
}
