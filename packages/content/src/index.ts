// @sammen/content: example documents written by the Sammen team. Every pack is a dynamic import,
// so a widget that only needs a municipality's own document never downloads ours.

/**
 * The example reflection deck, as an unvalidated document: in `langs` (the page's language and a
 * second language; one the example lacks falls back to Danish), else in all of da, nb and en.
 * Each language is a chunk of its own, so a Danish page does not download the other two.
 */
export function loadExampleDeck(langs?: readonly string[]): Promise<unknown> {
  return import('./reflection-deck/example-deck.js').then((module) => module.exampleDeck(langs));
}

/** Sammen's invented worked case for the perspective triangle, in `lang` (da, nb or en), read-only. */
export function loadWorkedCase(lang: string): Promise<unknown> {
  return import('./perspective-triangle/worked-case.js').then((module) => module.workedCase(lang));
}

/**
 * Sammen's example change model, as an unvalidated document: two activities in daycare with their
 * aims, the results and effects they lead to, links with rationales, assumptions and evidence, and
 * indicators in every status. In `langs` (one the example lacks falls back to Danish, Nynorsk to
 * Bokmål), else in all of da, nb and en; each language is a chunk of its own.
 */
export function loadExampleChangeModel(langs?: readonly string[]): Promise<unknown> {
  return import('./change-model/example-model.js').then((module) => module.exampleChangeModel(langs));
}

/**
 * Sammen's invented example children's group for the relation map (22 children under pseudonyms,
 * 4 adults, spring and autumn rounds with the closeness layer), in `lang` (da, nb or en; nn gets nb; else
 * Danish), as an unvalidated document.
 */
export function loadExampleGroup(lang: string): Promise<unknown> {
  return import('./relation-map/example-group.js').then((module) => module.exampleGroup(lang));
}

/** Sammen's invented example network map around one child, in `lang` (da, nb or en; nn gets nb; else Danish). */
export function loadExampleNetwork(lang: string): Promise<unknown> {
  return import('./relation-map/example-network.js').then((module) => module.exampleNetwork(lang));
}
