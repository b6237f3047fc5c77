// Do not modify this file by hand!
// Re-generate it with `npm run localize`.

import type { Translations } from '@sammen/core';

/** The messages of @sammen/relation-map's drawing part (locale-parts.mjs), loaded with the part, one lazily loaded module per target locale. */
export const translations: Translations = {
  "da": () => import('./locales/da.js'),
  "nb": () => import('./locales/nb.js'),
  "nn": () => import('./locales/nn.js'),
};
