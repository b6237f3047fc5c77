// The one sentence at the top of the map, in careful words (see sentences.ts). A module of its own:
// the summary is drawn with the map, the panels' other sentences load with the panels.
import { msg, str } from '@lit/localize';
import type { RoundSummary } from '../analysis/summary.js';

/** The one-sentence summary at the top of the map ("22 children, 41 choices, 3 children no one chose"). */
export function summarySentence(summary: RoundSummary): string {
  // An empty map (or a group with adults only) has nothing to count: "0 children, 0 choices,
  // every child chosen" would say something false.
  if (summary.mode === 'network') {
    if (summary.people === 0) return msg('No one on the map yet');
    const people = summary.people === 1 ? msg('1 person') : msg(str`${summary.people} people`);
    const ties = summary.ties === 1 ? msg('1 tie') : msg(str`${summary.ties} ties`);
    if (summary.strained === 0) return msg(str`${people}, ${ties}`);
    const strained = summary.strained === 1 ? msg('1 strained tie') : msg(str`${summary.strained} strained ties`);
    return msg(str`${people}, ${ties}, ${strained}`);
  }
  if (summary.children === 0) return msg('No children on the map yet');
  const children = summary.children === 1 ? msg('1 child') : msg(str`${summary.children} children`);
  const choices = summary.choices === 1 ? msg('1 choice') : msg(str`${summary.choices} choices`);
  const noOne = summary.noOneChose === 0 ? msg('every child chosen') : summary.noOneChose === 1 ? msg('1 child no one chose') : msg(str`${summary.noOneChose} children no one chose`);
  return msg(str`${children}, ${choices}, ${noOne}`);
}
