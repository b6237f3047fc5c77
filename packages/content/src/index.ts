// @sammen/content: example documents written by the Sammen team. Every pack is a dynamic import,
// so a widget that only needs a municipality's own document never downloads ours.

/** The example reflection deck (texts in da, nb and en), as an unvalidated document. */
export function loadExampleDeck(): Promise<unknown> {
  return import('./reflection-deck/example-deck.js').then((module) => module.exampleDeck);
}

/** Sammen's invented worked case for the perspective triangle, in `lang` (da, nb or en), read-only. */
export function loadWorkedCase(lang: string): Promise<unknown> {
  return import('./perspective-triangle/worked-case.js').then((module) => module.workedCase(lang));
}
