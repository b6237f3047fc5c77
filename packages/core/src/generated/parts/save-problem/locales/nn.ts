// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nn messages of @sammen/core's save-problem part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */



export const templates = {
's00852d2e42f84ccc': `Forkast teksten min`,
's0d609b4cdca88cf6': `Teksten din finst berre på skjermen: hald sida open.`,
's17f468408d4a7939': `Denne sida namngjev dokumentet sitt på ein måte som ikkje kan lagrast, så det du skriv her, blir ikkje teke vare på. Sei frå til webteamet.`,
's29e7a78699b950bc': `Gjenopprett teksten min`,
's2a03d5edeac3fe9d': `Denne nettlesaren tillèt ikkje lagring på denne eininga (privat vindauge eller blokkert lagring).`,
's2cf84a0f8c177331': `Behald den nye versjonen`,
's303369b642e2ea27': `Lagre teksten min som eit nytt dokument`,
's3a5cc7453b5229cc': `Det er ikkje meir plass på denne eininga, så teksten din vart ikkje lagra.`,
's4341705bffa72007': `Teksten din kunne ikkje lagrast: noko i den er for langt eller ikkje tillate.`,
's6112cf59a66d70f2': `Dette vart sletta ein annan stad: i eit anna vindauge, eller då alt lagra arbeid vart sletta. Den ulagra teksten din er her framleis.`,
's63315e333fe7cf09': `Bruk den andre versjonen`,
's6fb8d8a859a512a3': `Behald min`,
's78b9f6ed493d4e36': `Teksten din blir verande på denne eininga til han er lagra.`,
'sb9bb69fd5d864cab': `Eit anna vindauge har lagra sin versjon i staden for teksten din.`,
'sbf94bd467bc231c6': `Det kunne ikkje slettast.`,
'sc0dcf5455ea9a780': `Teksten din er teke vare på her på skjermen.`,
'sca51823da0e04fe5': `Det lagra arbeidet ditt kunne ikkje lesast.`,
'sece610f96aacc4c2': `Lagringa mislukkast.`,
'sf94a2e5719adf631': `Tenaren kunne ikkje nåast, så teksten din vart ikkje lagra.`,
};
