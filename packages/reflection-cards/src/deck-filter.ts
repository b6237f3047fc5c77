// Filtering and searching a deck: pure functions over the document, no DOM. The element keeps
// only the filter the user chose and derives everything shown from it.
import { resolveText, type LocalizedText, type ReflectionCard, type ReflectionDeck, type ReflectionTheme } from '@sammen/sdk';

/** Who a card is for, as the audience filter offers it. */
export type AudienceFilter = 'all' | 'staff' | 'parents';
/** Where a card fits, as the setting filter offers it. */
export type SettingFilter = 'all' | 'daycare' | 'school' | 'club';

/** What the user chose in the overview's toolbar. */
export interface DeckFilter {
  /** A theme id, or `all`. */
  theme: string;
  audience: AudienceFilter;
  setting: SettingFilter;
  /** Free text; matched case- and accent-insensitively against every text of a card. */
  query: string;
}

export const NO_FILTER: DeckFilter = { theme: 'all', audience: 'all', setting: 'all', query: '' };

/** A card with the theme it belongs to and its position in the whole deck. */
export interface CardEntry {
  card: ReflectionCard;
  theme: ReflectionTheme;
  /** 0-based position in deck order (themes in order, cards in order). */
  index: number;
}

/** Every card of the deck in reading order. */
export function deckCards(deck: ReflectionDeck): CardEntry[] {
  const entries: CardEntry[] = [];
  for (const theme of deck.themes) for (const card of theme.cards) entries.push({ card, theme, index: entries.length });
  return entries;
}

/**
 * Text folded for searching: Unicode-normalised, lower-cased without locale rules, accents
 * removed (é → e, å → a) and whitespace collapsed. "forældre" finds "Forældre"; æ, ø stay letters
 * of their own (they do not decompose), as Danish and Norwegian readers expect.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every text of a card (title, statement, questions, sub-items) in the given languages. */
export function cardTexts(card: ReflectionCard, langs: readonly string[]): string[] {
  const texts: LocalizedText[] = [card.title, card.statement.text];
  for (const question of card.questions) texts.push(question.text, ...(question.items ?? []));
  return langs.flatMap((lang) => texts.map((text) => resolveText(text, lang)));
}

/** True when the card fits the audience: a card for `both` fits staff and parents. */
export function matchesAudience(card: ReflectionCard, audience: AudienceFilter): boolean {
  return audience === 'all' || card.audience === 'both' || card.audience === audience;
}

/** True when the card fits the setting; a card naming no setting fits every setting. */
export function matchesSetting(card: ReflectionCard, setting: SettingFilter): boolean {
  return setting === 'all' || card.settings.length === 0 || card.settings.includes(setting);
}

/** The query's folded words; an empty list matches every card. */
function queryWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

// Folding (Unicode normalisation and regular expressions over every text of a card) is most of a
// search's cost: for a 200-card deck it ran on each key press. A card's texts cannot change while
// it is shown (a deck is parsed into new objects; a changed deck is a new document), so each card
// is folded once per list of languages.
const foldedCards = new WeakMap<ReflectionCard, Map<string, string>>();

function foldedText(card: ReflectionCard, langs: readonly string[]): string {
  const key = langs.join(' ');
  let byLangs = foldedCards.get(card);
  if (!byLangs) foldedCards.set(card, (byLangs = new Map()));
  let folded = byLangs.get(key);
  if (folded === undefined) byLangs.set(key, (folded = foldForSearch(cardTexts(card, langs).join('\n'))));
  return folded;
}

function matchesWords(card: ReflectionCard, words: readonly string[], langs: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldedText(card, langs);
  return words.every((word) => haystack.includes(word));
}

/** True when every word of the query occurs in one of the card's texts (in any of `langs`). */
export function matchesQuery(card: ReflectionCard, query: string, langs: readonly string[]): boolean {
  return matchesWords(card, queryWords(query), langs);
}

/** The entries that pass every part of the filter, in deck order. */
export function filterCards(entries: readonly CardEntry[], filter: DeckFilter, langs: readonly string[]): CardEntry[] {
  const words = queryWords(filter.query);
  return entries.filter(
    ({ card, theme }) =>
      (filter.theme === 'all' || theme.id === filter.theme) &&
      matchesAudience(card, filter.audience) &&
      matchesSetting(card, filter.setting) &&
      matchesWords(card, words, langs),
  );
}

/** True when the filter narrows anything down. */
export function isFiltered(filter: DeckFilter): boolean {
  return filter.theme !== 'all' || filter.audience !== 'all' || filter.setting !== 'all' || foldForSearch(filter.query) !== '';
}

/** How many of `entries` belong to each theme id. */
export function countByTheme(entries: readonly CardEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { theme } of entries) counts.set(theme.id, (counts.get(theme.id) ?? 0) + 1);
  return counts;
}
