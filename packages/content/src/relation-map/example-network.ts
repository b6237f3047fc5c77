// Sammen's example network map: the people and services around one invented child ("A.", 4),
// as staff and parents might draw it when they are worried and want to agree who does what.
// No real child, family or service. One document per language: the files
// packages/content/examples/relation-map-network.<lang>.json, which a municipality copies and
// edits; these modules are generated from them (`npm run examples`).
import type { RelationMap } from '@sammen/sdk';
import { exampleLanguage } from '../example-language.js';

// Each language is a chunk of its own: a page fetches its language's map, not all three.
const NETWORKS = {
  da: () => import('../generated/examples/sammen-example-network-da.js'),
  nb: () => import('../generated/examples/sammen-example-network-nb.js'),
  en: () => import('../generated/examples/sammen-example-network-en.js'),
} as const;

/** The example network around one child, in `lang` (da, nb or en; Nynorsk gets Bokmål; else Danish), a fresh copy each time. */
export async function exampleNetwork(lang: string): Promise<RelationMap> {
  const module = await NETWORKS[exampleLanguage(lang)]();
  return structuredClone(module.default);
}
