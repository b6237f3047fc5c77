// Sammen's example change model: written by the Sammen team for this library (no municipality's
// material, no real figures), in Danish, Norwegian bokmål and English, and shaped like a
// municipality's first draft — two activities in daycare, the results and effects they are
// meant to lead to, why each arrow is believed to hold, and indicators a consultant updates each
// quarter. One feedback arrow (partnership → parents seek advice earlier) closes a loop, as real
// models often do. Its text is in packages/content/examples/change-model.<lang>.json, the files a
// municipality copies, edits and points `src` at; the modules are generated from them (`npm run
// examples`, one module per language), joined here into one document.
// Each language is a chunk of its own: a page fetches the languages it shows, not all three.
import type { ChangeModel } from '@sammen/sdk';
import { exampleLanguage } from '../example-language.js';
import { mergeLanguages } from '../merge-languages.js';

const LANGUAGES = {
  da: () => import('../generated/examples/sammen-example-change-model.da.js'),
  nb: () => import('../generated/examples/sammen-example-change-model.nb.js'),
  en: () => import('../generated/examples/sammen-example-change-model.en.js'),
} as const;
type Language = keyof typeof LANGUAGES;

/**
 * The languages of the example to load for `langs`: each one the example has (by its primary
 * subtag; Nynorsk gets Bokmål, see `exampleLanguage`), else Danish; all three when not given.
 */
export function exampleLanguages(langs?: readonly string[]): Language[] {
  if (!langs) return Object.keys(LANGUAGES) as Language[];
  const picked: Language[] = langs.map(exampleLanguage);
  // In the files' order (da, nb, en), as the merged document always was.
  return (Object.keys(LANGUAGES) as Language[]).filter((lang) => picked.includes(lang));
}

/** The example change model in `langs` (all of da, nb and en when not given), joined into one document. */
export async function exampleChangeModel(langs?: readonly string[]): Promise<ChangeModel> {
  const documents = await Promise.all(exampleLanguages(langs).map((lang) => LANGUAGES[lang]().then((module) => module.default)));
  return mergeLanguages(documents);
}
