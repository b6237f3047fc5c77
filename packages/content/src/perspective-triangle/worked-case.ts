// Sammen's worked case for training with the perspective triangle: an invented situation (no
// real child or family), written by the Sammen team in Danish, Norwegian bokmål and English.
// Session texts are plain strings, so there is one document per language: the files
// packages/content/examples/perspective-session.<lang>.json, which a municipality copies and
// edits; these modules are generated from them (`npm run examples`).
import type { PerspectiveSession } from '@sammen/sdk';
import da from '../generated/examples/sammen-worked-case-mornings-da.js';
import nb from '../generated/examples/sammen-worked-case-mornings-nb.js';
import en from '../generated/examples/sammen-worked-case-mornings-en.js';
import { exampleLanguage } from '../example-language.js';

const CASES: Record<'da' | 'nb' | 'en', PerspectiveSession> = { da, nb, en };

/** The worked case in `lang` (da, nb or en; nn and no get nb; anything else gets Danish), a fresh copy each time. */
export function workedCase(lang: string): PerspectiveSession {
  return structuredClone(CASES[exampleLanguage(lang)]);
}
