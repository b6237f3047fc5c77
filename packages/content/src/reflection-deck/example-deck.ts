// Sammen's example reflection deck: written by the Sammen team for this library (not taken from
// any municipality's material), in Danish, Norwegian bokmål and English. Its text is in
// packages/content/examples/reflection-deck.<lang>.json, the files a municipality copies and
// edits; this module is generated from them (`npm run examples`). A municipality replaces it with
// its own deck through the widget's `deck` property or `src` attribute.
export { default as exampleDeck } from '../generated/examples/sammen-example-parents-as-partners.js';
