// Sammen's example reflection deck: written by the Sammen team for this library (not taken from
// any municipality's material), in Danish, Norwegian bokmål and English. Its text is in
// packages/content/examples/reflection-deck.<lang>.json, the files a municipality copies and
// edits; the modules it is joined from are generated from them (`npm run examples`), one per
// language, each a chunk of its own: a page fetches the languages it shows, not all three.
// A municipality replaces it with its own deck through the widget's `deck` property or `src`.
import type { ReflectionDeck } from '@sammen/sdk';
import { exampleLanguage } from '../example-language.js';
import { mergeLanguages } from '../merge-languages.js';

const LANGUAGES = {
  da: () => import('../generated/examples/sammen-example-parents-as-partners.da.js'),
  nb: () => import('../generated/examples/sammen-example-parents-as-partners.nb.js'),
  en: () => import('../generated/examples/sammen-example-parents-as-partners.en.js'),
} as const;
type Language = keyof typeof LANGUAGES;

/**
 * The languages of the example to load for `langs`: each one the example has (by its primary
 * subtag, `nb-NO` → `nb`; Nynorsk gets Bokmål, see `exampleLanguage`), else Danish, the first
 * fallback language; all three when `langs` is not given.
 */
export function exampleLanguages(langs?: readonly string[]): Language[] {
  if (!langs) return Object.keys(LANGUAGES) as Language[];
  const picked: Language[] = langs.map(exampleLanguage);
  // In the files' order (da, nb, en), as the merged document always was.
  return (Object.keys(LANGUAGES) as Language[]).filter((lang) => picked.includes(lang));
}

/** The example deck in `langs` (all its languages when not given), joined into one document. */
export async function exampleDeck(langs?: readonly string[]): Promise<ReflectionDeck> {
  const documents = await Promise.all(exampleLanguages(langs).map((lang) => LANGUAGES[lang]().then((module) => module.default)));
  return mergeLanguages(documents);
}
