// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the da messages of @sammen/reflection-cards's focus part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's057c3770d6348ce5': `Navne eller roller, én pr. linje (kun på denne skærm, gemmes aldrig)`,
's061cc20e3432dead': `Pause`,
's1f7a93ce37705346': `Træk et kort`,
's3ed8bc372e5eb2a0': `Tur:`,
's44add38a493e53a5': str`${0} min.`,
's544a64e019a86076': `Forrige kort`,
's5e9bf7157db6d407': `Start igen`,
's7b2041fa0f244503': `Alle kort`,
's88380ca5ccc7a9d1': `Nulstil tiden`,
's984a3118d85b20e0': str`${0} sek.`,
's9c777c05bffadf03': str`Noter til spørgsmål ${0}`,
'sa395539006d5a3d6': `Næste kort`,
'sa3d326f1be347f60': `Fuld skærm`,
'sa50419cfc6042f78': `Tid til drøftelse`,
'sab77d17fb8dfa0bd': `Tid tilbage`,
'sae1c7f13b7c0c47f': `Start`,
'sb2b44de8a70ae954': str`${0} af ${1}`,
'sd507197f649fce5d': `Næste person`,
'se13b384f3870b7ec': str`Kort ${0} af ${1}`,
'see0ec27fb03d880e': `Minutter`,
'sf1c756e0b1f55c1c': `Runde: hvis tur er det?`,
'sf29d30f98f9311d3': `Afslut fuld skærm`,
};
