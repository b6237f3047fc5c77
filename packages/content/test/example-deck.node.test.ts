import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReflectionDeck } from '@sammen/sdk';
import { loadExampleDeck } from '../src/index.js';

test('the example deck is a valid reflection deck with the four themes, ≥ 9 cards, in da, nb and en', async () => {
  const result = parseReflectionDeck(await loadExampleDeck());
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  const deck = result.value;
  assert.equal(deck.themes.length, 4);
  const cards = deck.themes.flatMap((theme) => theme.cards);
  assert.ok(cards.length >= 9, `${cards.length} cards`);
  for (const theme of deck.themes) {
    assert.ok(theme.cards.length >= 2 && theme.cards.length <= 3, `theme ${theme.number} has 2–3 cards`);
    assert.ok(theme.intro, `theme ${theme.number} has an intro`);
  }
  assert.ok(cards.some((card) => card.questions.some((question) => (question.items?.length ?? 0) > 0)), 'some questions have sub-items');
  const texts = JSON.stringify(deck);
  for (const card of cards) {
    assert.ok(card.questions.length >= 1 && card.questions.length <= 3);
    for (const text of [card.title, card.statement.text, ...card.questions.map((question) => question.text)]) {
      assert.equal(typeof text, 'object');
      for (const lang of ['da', 'nb', 'en']) assert.ok((text as Record<string, string>)[lang], `${card.id} has ${lang}: ${texts.length}`);
    }
  }
});

test('the example deck loads in the languages asked for only: the page’s, a second one, Danish for one it lacks', async () => {
  const languagesOf = (deck: unknown) => {
    const result = parseReflectionDeck(deck);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
    const title = result.value.themes[0]!.cards[0]!.title as Record<string, string>;
    return { languages: result.value.languages, title: Object.keys(title) };
  };
  assert.deepEqual(languagesOf(await loadExampleDeck(['da'])), { languages: ['da'], title: ['da'] });
  assert.deepEqual(languagesOf(await loadExampleDeck(['nb-NO', 'en'])), { languages: ['nb', 'en'], title: ['nb', 'en'] });
  // Arabic is not in the example: its text falls back to Danish, as resolveText would; Nynorsk
  // gets Bokmål (exampleLanguage), as resolveText gives a Nynorsk reader Bokmål before Danish.
  assert.deepEqual(languagesOf(await loadExampleDeck(['ar'])), { languages: ['da'], title: ['da'] });
  assert.deepEqual(languagesOf(await loadExampleDeck(['nn', 'ar'])), { languages: ['da', 'nb'], title: ['da', 'nb'] });
  assert.deepEqual(languagesOf(await loadExampleDeck()), { languages: ['da', 'nb', 'en'], title: ['da', 'nb', 'en'] });
});

test('a Nynorsk page loads the Bokmål example, not the Danish one (its readers read Bokmål far better)', async () => {
  const { exampleLanguages } = await import('../src/reflection-deck/example-deck.js');
  assert.deepEqual(exampleLanguages(['nn']), ['nb']);
  assert.deepEqual(exampleLanguages(['nn-NO', 'da']), ['da', 'nb']);
});
