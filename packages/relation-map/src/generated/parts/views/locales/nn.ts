// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nn messages of @sammen/relation-map's views part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's15212b850705044b': `Relasjonar i denne runden`,
's1ca365bdad5b2db6': `Relasjonar ut`,
's2fa05f91c1baa29b': str`Fjern ${0}`,
's36ba4b5e510c3e75': str`Namn på ${0}`,
's6cfbfd19e218ce01': `Relasjon`,
's73fa3a3b0a285e5e': `Ingen relasjonar i denne runden.`,
's8af61807443f32a4': `Handlingar`,
's8ccdb4262fd63583': `Personar i denne runden`,
'sbe7bdf8862d44667': str`Styrke for ${0}`,
'se5d59d5bb8be0e8e': str`Type for ${0}`,
'sef111b71f8a6a169': `Vel`,
'sef61b1bfb347ec6d': `Relasjonar inn`,
};
