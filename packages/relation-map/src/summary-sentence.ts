// The one sentence at the top of the map ("22 children, 41 choices, 3 children no one chose"), the
// overview first (graph-a11y.md §6.2). Counts are plain numbers; the words are here.
import { msg, str } from '@lit/localize';

export interface SummaryCounts {
  mode: 'group' | 'network';
  children: number;
  people: number;
  ties: number;
  /** Children no one chose in this round (group mode). */
  noOneChose: number;
  /** The person in the centre (network mode). */
  centre?: string;
}

export function summarySentence(counts: SummaryCounts): string {
  if (counts.mode === 'network') {
    return counts.centre
      ? msg(str`The network around ${counts.centre}: ${counts.people - 1} people and services, ${counts.ties} ties.`)
      : msg(str`${counts.people} people and services, ${counts.ties} ties.`);
  }
  const children = counts.children === 1 ? msg('1 child') : msg(str`${counts.children} children`);
  const choices = counts.ties === 1 ? msg('1 choice') : msg(str`${counts.ties} choices`);
  const invite =
    counts.noOneChose === 0
      ? msg('every child was chosen by someone')
      : counts.noOneChose === 1
        ? msg('1 child no one chose — a child to invite in')
        : msg(str`${counts.noOneChose} children no one chose — children to invite in`);
  return `${children}, ${choices}, ${invite}.`;
}
