// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nb messages of @sammen/change-model's selection part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's359e8e3f941558e5': `Det er ennå ikke skrevet en begrunnelse for denne forbindelsen.`,
's65c08dbc8593897c': `Hvorfor vi tror på det`,
's8292b198f53185c1': `Ingenting: her slutter kjeden.`,
's8f18916860db5d80': `Fjern valget`,
'sd1ebc21a1ea4bb0c': `Ingenting: her begynner kjeden.`,
'sf4d539e610f3a2aa': str`Gå til ${0}`,
};
