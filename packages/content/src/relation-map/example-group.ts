// Sammen's example children's group for the relation map: an invented group (no real child,
// family or daycare) of 22 children under pseudonyms and 4 adults, mapped in spring and autumn.
// Written so the example shows what the map is for: Cille, whom no one chose in spring, plays
// with Ulla in autumn; Pil is still a child to invite in; Ivar has few close adults. Labels are
// plain strings, so there is one document per language: the files
// packages/content/examples/relation-map.<lang>.json, which a municipality copies and edits;
// these modules are generated from them (`npm run examples`).
import type { RelationMap } from '@sammen/sdk';
import { exampleLanguage } from '../example-language.js';

// Each language is a chunk of its own: a page fetches its language's map, not all three.
const GROUPS = {
  da: () => import('../generated/examples/sammen-example-group-da.js'),
  nb: () => import('../generated/examples/sammen-example-group-nb.js'),
  en: () => import('../generated/examples/sammen-example-group-en.js'),
} as const;

/** The example group with its spring and autumn rounds, in `lang` (da, nb or en; Nynorsk gets Bokmål; else Danish), a fresh copy each time. */
export async function exampleGroup(lang: string): Promise<RelationMap> {
  const module = await GROUPS[exampleLanguage(lang)]();
  return structuredClone(module.default);
}
