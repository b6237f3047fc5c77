// Sammen's example change model: written by the Sammen team for this library (no municipality's
// material, no real figures), in Danish, Norwegian bokmål and English, and shaped like a
// municipality's first draft — two activities in daycare, the results and effects they are
// meant to lead to, why each arrow is believed to hold, and indicators a consultant updates each
// quarter. One feedback arrow (partnership → parents seek advice earlier) closes a loop, as real
// models often do. Its text is in packages/content/examples/change-model.<lang>.json, the files a
// municipality copies, edits and points `src` at; this module is generated from them (`npm run
// examples`, one module per language), joined here into one document.
// TODO(issue 17): join only the page's language, as loadExampleDeck does, to save its bytes.
import type { ChangeModel } from '@sammen/sdk';
import da from '../generated/examples/sammen-example-change-model.da.js';
import nb from '../generated/examples/sammen-example-change-model.nb.js';
import en from '../generated/examples/sammen-example-change-model.en.js';
import { mergeLanguages } from '../merge-languages.js';

/** The example change model in Danish, Norwegian bokmål and English. */
export const exampleChangeModel: ChangeModel = mergeLanguages([da, nb, en]);
