// The analysis in careful words. "Children to invite in", never "isolated" or "unpopular": the
// map records what staff saw in one period, not what a child is.
import { msg, str } from '@lit/localize';
import { activeLocale } from '@sammen/core';
import type { RoundSummary } from '../analysis/index.js';

/** "Alba, Bjørn and Dina" in the UI language. */
export function listOf(names: readonly string[]): string {
  return new Intl.ListFormat(activeLocale(), { type: 'conjunction' }).format(names);
}

/** The one-sentence summary at the top of the map ("22 children, 41 choices, 3 children no one chose"). */
export function summarySentence(summary: RoundSummary): string {
  if (summary.mode === 'network') {
    const people = summary.people === 1 ? msg('1 person') : msg(str`${summary.people} people`);
    const ties = summary.ties === 1 ? msg('1 tie') : msg(str`${summary.ties} ties`);
    if (summary.strained === 0) return msg(str`${people}, ${ties}`);
    const strained = summary.strained === 1 ? msg('1 strained tie') : msg(str`${summary.strained} strained ties`);
    return msg(str`${people}, ${ties}, ${strained}`);
  }
  const children = summary.children === 1 ? msg('1 child') : msg(str`${summary.children} children`);
  const choices = summary.choices === 1 ? msg('1 choice') : msg(str`${summary.choices} choices`);
  const noOne = summary.noOneChose === 0 ? msg('every child chosen') : summary.noOneChose === 1 ? msg('1 child no one chose') : msg(str`${summary.noOneChose} children no one chose`);
  return msg(str`${children}, ${choices}, ${noOne}`);
}

/** "No one chose C as a playmate in this round — a child to invite in." */
export const noOneChoseSentence = (name: string) => msg(str`No one chose ${name} as a playmate in this round — a child to invite in.`);

/** A child whose choices were all one-way. */
export const onlyOneWaySentence = (name: string) => msg(str`${name} chose others who did not choose ${name} back in this round.`);

/** A child with few close adults. */
export function fewCloseAdultsSentence(name: string, adults: readonly string[]): string {
  if (adults.length === 0) return msg(str`No adult knows ${name} well yet — a child to get closer to.`);
  if (adults.length === 1) return msg(str`Only ${adults[0]} knows ${name} well — a child to get closer to.`);
  return msg(str`Only ${listOf(adults)} know ${name} well — a child to get closer to.`);
}
