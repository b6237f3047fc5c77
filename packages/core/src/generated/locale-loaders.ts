// Do not modify this file by hand!
// Re-generate it with `npm run localize`.

import type { LocaleModule } from '@lit/localize/internal/types.js';

/** Loads the runtime module of each target locale. */
export const localeLoaders: Record<string, () => Promise<LocaleModule>> = {
  "da": () => import('./locales/da.js'),
  "nb": () => import('./locales/nb.js'),
};
