// Sammen's example network map: the people and services around one invented child ("A.", 4),
// as staff and parents might draw it when they are worried and want to agree who does what.
// No real child, family or service. One document per language: the files
// packages/content/examples/relation-map-network.<lang>.json, which a municipality copies and
// edits; these modules are generated from them (`npm run examples`).
import type { RelationMap } from '@sammen/sdk';
import { exampleLanguage } from '../example-language.js';
import da from '../generated/examples/sammen-example-network-da.js';
import nb from '../generated/examples/sammen-example-network-nb.js';
import en from '../generated/examples/sammen-example-network-en.js';

const NETWORKS: Record<'da' | 'nb' | 'en', RelationMap> = { da, nb, en };

/** The example network around one child, in `lang` (da, nb or en; Nynorsk gets Bokmål; else Danish), a fresh copy each time. */
export function exampleNetwork(lang: string): RelationMap {
  return structuredClone(NETWORKS[exampleLanguage(lang)]);
}
