// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nb messages of @sammen/reflection-cards's focus part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's057c3770d6348ce5': `Navn eller roller, ett per linje (bare på denne skjermen, lagres aldri)`,
's061cc20e3432dead': `Pause`,
's1f7a93ce37705346': `Trekk et kort`,
's3ed8bc372e5eb2a0': `Tur:`,
's44add38a493e53a5': str`${0} min.`,
's544a64e019a86076': `Forrige kort`,
's5e9bf7157db6d407': `Start igjen`,
's7b2041fa0f244503': `Alle kort`,
's88380ca5ccc7a9d1': `Nullstill tiden`,
's984a3118d85b20e0': str`${0} sek.`,
's9c777c05bffadf03': str`Notater til spørsmål ${0}`,
'sa395539006d5a3d6': `Neste kort`,
'sa3d326f1be347f60': `Fullskjerm`,
'sa50419cfc6042f78': `Tid til samtale`,
'sab77d17fb8dfa0bd': `Tid igjen`,
'sae1c7f13b7c0c47f': `Start`,
'sb2b44de8a70ae954': str`${0} av ${1}`,
'sd507197f649fce5d': `Neste person`,
'se13b384f3870b7ec': str`Kort ${0} av ${1}`,
'see0ec27fb03d880e': `Minutter`,
'sf1c756e0b1f55c1c': `Runde: hvem sin tur er det?`,
'sf29d30f98f9311d3': `Avslutt fullskjerm`,
};
