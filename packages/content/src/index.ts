// @sammen/content: example documents written by the Sammen team. Every pack is a dynamic import,
// so a widget that only needs a municipality's own document never downloads ours.

/** The example reflection deck (texts in da, nb and en), as an unvalidated document. */
export function loadExampleDeck(): Promise<unknown> {
  return import('./reflection-deck/example-deck.js').then((module) => module.exampleDeck);
}
