// The analysis in careful words. "Children to invite in", never "isolated" or "unpopular": the
// map records what staff saw in one period, not what a child is.
import { msg, str } from '@lit/localize';
import { activeLocale } from '@sammen/core';
export { summarySentence } from './summary-sentence.js';

/** "Alba, Bjørn and Dina" in the UI language. */
export function listOf(names: readonly string[]): string {
  return new Intl.ListFormat(activeLocale(), { type: 'conjunction' }).format(names);
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
