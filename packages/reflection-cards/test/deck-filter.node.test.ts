import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseReflectionDeck, type ReflectionDeck } from '@sammen/sdk';
import { loadExampleDeck } from '@sammen/content';
import { cardTexts, countByTheme, deckCards, filterCards, foldForSearch, isFiltered, NO_FILTER, type DeckFilter } from '../src/deck-filter.js';

const example = async (): Promise<ReflectionDeck> => {
  const result = parseReflectionDeck(await loadExampleDeck());
  assert.ok(result.ok);
  return result.value;
};
const titles = (deck: ReflectionDeck, filter: Partial<DeckFilter>, langs = ['da']) =>
  filterCards(deckCards(deck), { ...NO_FILTER, ...filter }, langs).map((entry) => entry.card.id);

test('foldForSearch: case, accents and whitespace fold; æ ø å stay letters', () => {
  assert.equal(foldForSearch('  Forældre   SAMARBEJDE '), 'forældre samarbejde');
  assert.equal(foldForSearch('Café Noël'), 'cafe noel');
  assert.equal(foldForSearch('Å'), 'a', 'å decomposes to a + ring, the ring is dropped');
  assert.notEqual(foldForSearch('æble'), foldForSearch('aeble'), '"aeble" finding "æble" is not promised');
});

test('search: "forældre" finds cards whose text says "Forældre", in any part of the card', async () => {
  const deck = await example();
  const all = deckCards(deck);
  const hits = titles(deck, { query: 'forældre' });
  assert.ok(hits.length > 0);
  for (const entry of all) {
    const text = JSON.stringify(entry.card).toLowerCase();
    const da = [entry.card.title, entry.card.statement.text, ...entry.card.questions.flatMap((q) => [q.text, ...(q.items ?? [])])]
      .map((t) => (typeof t === 'string' ? t : t.da ?? ''))
      .join(' ')
      .toLowerCase();
    assert.equal(hits.includes(entry.card.id), da.includes('forældre'), `${entry.card.id}: ${text.length}`);
  }
  assert.deepEqual(titles(deck, { query: 'FORÆLDRE' }), hits, 'case does not matter');
});

test('search matches every word, in sub-items too, and only in the shown languages', async () => {
  const deck = await example();
  assert.deepEqual(titles(deck, { query: 'fødselsdage' }), ['children-outside'], 'a sub-item');
  assert.deepEqual(titles(deck, { query: 'fødselsdage garderoben' }), [], 'all words must match one card');
  assert.deepEqual(titles(deck, { query: 'birthday' }), [], 'English text is not searched when Danish is shown');
  assert.deepEqual(titles(deck, { query: 'birthday' }, ['da', 'en']), ['children-outside'], 'the second language is searched');
});

test('filters by theme, audience (both fits either) and setting (no setting fits all)', async () => {
  const deck = await example();
  const all = deckCards(deck);
  const firstTheme = deck.themes[0]!;
  assert.deepEqual(titles(deck, { theme: firstTheme.id }), firstTheme.cards.map((card) => card.id));
  for (const audience of ['staff', 'parents'] as const) {
    const expected = all.filter(({ card }) => card.audience === audience || card.audience === 'both').map(({ card }) => card.id);
    assert.deepEqual(titles(deck, { audience }), expected);
  }
  const clubs = all.filter(({ card }) => card.settings.length === 0 || card.settings.includes('club')).map(({ card }) => card.id);
  assert.deepEqual(titles(deck, { setting: 'club' }), clubs);
  assert.ok(clubs.length < all.length, 'the example deck has cards outside clubs, so the filter is exercised');
});

test('isFiltered and countByTheme', async () => {
  const deck = await example();
  assert.equal(isFiltered(NO_FILTER), false);
  assert.equal(isFiltered({ ...NO_FILTER, query: '   ' }), false);
  assert.equal(isFiltered({ ...NO_FILTER, setting: 'club' }), true);
  const counts = countByTheme(deckCards(deck));
  assert.deepEqual([...counts.values()], deck.themes.map((theme) => theme.cards.length));
});

test('property: a filtered list is an ordered subset, and narrowing never adds cards', async () => {
  const deck = await example();
  const entries = deckCards(deck);
  const filterArb = fc.record({
    theme: fc.constantFrom('all', ...deck.themes.map((theme) => theme.id)),
    audience: fc.constantFrom('all', 'staff', 'parents'),
    setting: fc.constantFrom('all', 'daycare', 'school', 'club'),
    query: fc.oneof(fc.constant(''), fc.string({ maxLength: 6 }), fc.constantFrom('forældre', 'vi', 'barnet')),
  }) as fc.Arbitrary<DeckFilter>;
  fc.assert(
    fc.property(filterArb, fc.constantFrom<DeckFilter['setting']>('daycare', 'school', 'club'), (filter, setting) => {
      const result = filterCards(entries, filter, ['da']);
      const indexes = result.map((entry) => entry.index);
      assert.deepEqual(indexes, [...indexes].sort((a, b) => a - b));
      const narrower = filterCards(entries, { ...filter, setting }, ['da']);
      if (filter.setting === 'all') assert.ok(narrower.every((entry) => result.includes(entry)));
    }),
  );
});

test('property: searching folds each card once, and still finds what folding every time finds', async () => {
  const deck = await example();
  const entries = deckCards(deck);
  const words = fc.constantFrom('forældre', 'barnet', 'vi', 'birthday', 'fødselsdage', 'Å', 'x');
  fc.assert(
    fc.property(fc.array(words, { maxLength: 3 }), fc.constantFrom(['da'], ['da', 'en'], ['en', 'da'], ['nb']), (query, langs) => {
      const expected = entries
        .filter(({ card }) => {
          const haystack = foldForSearch(cardTexts(card, langs).join('\n'));
          return foldForSearch(query.join(' ')).split(' ').filter(Boolean).every((word) => haystack.includes(word));
        })
        .map(({ card }) => card.id);
      assert.deepEqual(filterCards(entries, { ...NO_FILTER, query: query.join(' ') }, langs).map(({ card }) => card.id), expected);
    }),
  );
});
