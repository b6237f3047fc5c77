/** The languages Sammen's own example documents are written in. */
export type ExampleLanguage = 'da' | 'nb' | 'en';

/**
 * The example language for a UI language: our examples are written in da, nb and en, so a
 * Nynorsk page (`nn`, or `no`) gets the Bokmål example — its readers read Bokmål far better
 * than Danish — while the UI around it is in Nynorsk. Anything else gets Danish.
 */
export function exampleLanguage(lang: string): ExampleLanguage {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  if (primary === 'nb' || primary === 'nn' || primary === 'no') return 'nb';
  return 'da';
}
