// First render of <sammen-reflection-deck>: from inserting the element with a deck property to
// every card painted, for the 9-card example deck and a generated 200-card deck (median of runs).
import { parseReflectionDeck, type ReflectionDeck } from '@sammen/sdk';
import { loadExampleDeck } from '@sammen/content';
import '../src/define.js';
import { median, nextFrame } from '../../core/test-suites/test-support.js';
import { generatedDeck } from '../../../stories/reflection-cards/deck-fixtures.js';
import type { SammenReflectionDeck } from '../src/reflection-deck.js';

const RUNS = 15;

async function firstRender(deck: ReflectionDeck): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const element = document.createElement('sammen-reflection-deck') as SammenReflectionDeck;
    element.deck = deck;
    const start = performance.now();
    document.body.append(element);
    await element.loaded;
    const cards = deck.themes.reduce((sum, theme) => sum + theme.cards.length, 0);
    if (element.shadowRoot!.querySelectorAll('article').length !== cards) throw new Error('not every card rendered');
    element.getBoundingClientRect();
    times.push(performance.now() - start);
    await nextFrame();
    element.remove();
  }
  return median(times);
}

export default async (): Promise<Record<string, number>> => {
  const parsed = parseReflectionDeck(await loadExampleDeck());
  if (!parsed.ok) throw new Error('example deck invalid');
  await firstRender(parsed.value); // warm-up: locale module, styles
  const nine = await firstRender(parsed.value);
  const twoHundred = await firstRender(generatedDeck(200));
  return { 'first render, 9-card example deck': nine, 'first render, 200-card deck': twoHundred, 'ratio 200/9': twoHundred / nine };
};
