// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nb messages of @sammen/core's save-problem part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */



export const templates = {
's00852d2e42f84ccc': `Forkast teksten min`,
's0d609b4cdca88cf6': `Teksten din finnes bare på skjermen: hold siden åpen.`,
's17f468408d4a7939': `Denne siden navngir dokumentet sitt på en måte som ikke kan lagres, så det du skriver her, blir ikke tatt vare på. Si fra til webteamet.`,
's29e7a78699b950bc': `Gjenopprett teksten min`,
's2a03d5edeac3fe9d': `Denne nettleseren tillater ikke lagring på denne enheten (privat vindu eller blokkert lagring).`,
's2cf84a0f8c177331': `Behold den nye versjonen`,
's303369b642e2ea27': `Lagre teksten min som et nytt dokument`,
's3a5cc7453b5229cc': `Det er ikke mer plass på denne enheten, så teksten din ble ikke lagret.`,
's4341705bffa72007': `Teksten din kunne ikke lagres: noe i den er for langt eller ikke tillatt.`,
's6112cf59a66d70f2': `Dette ble slettet et annet sted: i et annet vindu, eller da alt lagret arbeid ble slettet. Den ulagrede teksten din er her fortsatt.`,
's63315e333fe7cf09': `Bruk den andre versjonen`,
's6fb8d8a859a512a3': `Behold min`,
's78b9f6ed493d4e36': `Teksten din oppbevares på denne enheten til den er lagret.`,
'sb9bb69fd5d864cab': `Et annet vindu har lagret sin versjon i stedet for teksten din.`,
'sbf94bd467bc231c6': `Det kunne ikke slettes.`,
'sc0dcf5455ea9a780': `Teksten din er tatt vare på her på skjermen.`,
'sca51823da0e04fe5': `Det lagrede arbeidet ditt kunne ikke leses.`,
'sece610f96aacc4c2': `Lagringen mislyktes.`,
'sf94a2e5719adf631': `Serveren kunne ikke nås, så teksten din ble ikke lagret.`,
};
