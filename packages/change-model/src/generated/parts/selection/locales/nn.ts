// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nn messages of @sammen/change-model's selection part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's359e8e3f941558e5': `Det er enno ikkje skrive noka grunngjeving for dette sambandet.`,
's65c08dbc8593897c': `Kvifor vi trur på det`,
's8292b198f53185c1': `Ingenting: her sluttar kjeden.`,
's8f18916860db5d80': `Fjern valet`,
'sd1ebc21a1ea4bb0c': `Ingenting: her byrjar kjeden.`,
'sf4d539e610f3a2aa': str`Gå til ${0}`,
};
