// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the da messages of @sammen/relation-map's views part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's15212b850705044b': `Relationer i denne runde`,
's1ca365bdad5b2db6': `Relationer ud`,
's2fa05f91c1baa29b': str`Fjern ${0}`,
's36ba4b5e510c3e75': str`Navn på ${0}`,
's6cfbfd19e218ce01': `Relation`,
's73fa3a3b0a285e5e': `Ingen relationer i denne runde.`,
's8af61807443f32a4': `Handlinger`,
's8ccdb4262fd63583': `Personer i denne runde`,
'sbe7bdf8862d44667': str`Styrke for ${0}`,
'se5d59d5bb8be0e8e': str`Type for ${0}`,
'sef111b71f8a6a169': `Vælger`,
'sef61b1bfb347ec6d': `Relationer ind`,
};
