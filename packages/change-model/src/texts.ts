// The change model's UI phrases that depend on numbers and column kinds, in the page's language
// (msg() at render time, so a language switch re-renders them).
import { msg, str } from '@lit/localize';
import type { ChangeModelColumn } from '@sammen/sdk';

type Kind = ChangeModelColumn['kind'];

/** The default heading of a column of this kind (a document may give its own). */
export function columnTitle(kind: Kind): string {
  switch (kind) {
    case 'activities':
      return msg('Activities');
    case 'short-term-results':
      return msg('Short-term results');
    case 'medium-term-effects':
      return msg('Medium-term effects');
    case 'long-term-effects':
      return msg('Long-term effects');
    case 'assumptions':
      return msg('Assumptions');
    default:
      return msg('Other');
  }
}

/** "Activity" / "activities" etc.: what one item of a column is called, for "Activity 2 of 2". */
export function itemNoun(kind: Kind | undefined, count: number): string {
  const one = count === 1;
  switch (kind) {
    case 'activities':
      return one ? msg('activity') : msg('activities');
    case 'short-term-results':
      return one ? msg('short-term result') : msg('short-term results');
    case 'medium-term-effects':
      return one ? msg('medium-term effect') : msg('medium-term effects');
    case 'long-term-effects':
      return one ? msg('long-term effect') : msg('long-term effects');
    case 'assumptions':
      return one ? msg('assumption') : msg('assumptions');
    default:
      return one ? msg('item') : msg('items');
  }
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "Activity 2 of 2: Family groups." */
export function positionText(kind: Kind, index: number, count: number, title: string): string {
  const noun = capitalised(itemNoun(kind, 1));
  const n = index + 1;
  return msg(str`${noun} ${n} of ${count}: ${title}.`);
}

/** "Leads to 3 short-term results" (the kind when all targets share one, else "items"). */
export function leadsToText(kinds: readonly Kind[]): string {
  const count = kinds.length;
  if (!count) return msg('Leads to nothing.');
  const noun = itemNoun(new Set(kinds).size === 1 ? kinds[0] : undefined, count);
  return msg(str`Leads to ${count} ${noun}.`);
}

/** "Follows from 2 activities" (the kind when all sources share one, else "items"). */
export function followsFromText(kinds: readonly Kind[]): string {
  const count = kinds.length;
  if (!count) return '';
  const noun = itemNoun(new Set(kinds).size === 1 ? kinds[0] : undefined, count);
  return msg(str`Follows from ${count} ${noun}.`);
}

/** The model in one sentence: "13 items in 4 columns, 21 links, 2 indicators at risk". */
export function summarySentence(counts: { items: number; columns: number; links: number; atRisk: number }): string {
  const items = counts.items === 1 ? msg('1 item') : msg(str`${counts.items} items`);
  const columns = counts.columns === 1 ? msg('in 1 column') : msg(str`in ${counts.columns} columns`);
  const links = counts.links === 1 ? msg('1 link') : msg(str`${counts.links} links`);
  const atRisk = counts.atRisk === 1 ? msg('1 indicator at risk') : msg(str`${counts.atRisk} indicators at risk`);
  return `${items} ${columns}, ${links}, ${atRisk}.`;
}

export type IndicatorStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-data';

export function statusText(status: IndicatorStatus): string {
  switch (status) {
    case 'on-track':
      return msg('On track');
    case 'at-risk':
      return msg('At risk');
    case 'off-track':
      return msg('Off track');
    default:
      return msg('No data');
  }
}
