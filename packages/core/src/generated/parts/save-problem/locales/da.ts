// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the da messages of @sammen/core's save-problem part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */



export const templates = {
's00852d2e42f84ccc': `Kassér min tekst`,
's0d609b4cdca88cf6': `Din tekst findes kun på skærmen: hold siden åben.`,
's17f468408d4a7939': `Denne side navngiver sit dokument på en måde, der ikke kan gemmes, så det, du skriver her, bliver ikke gemt. Sig det venligst til webteamet.`,
's29e7a78699b950bc': `Gendan min tekst`,
's2a03d5edeac3fe9d': `Denne browser tillader ikke at gemme på denne enhed (privat vindue eller blokeret lager).`,
's2cf84a0f8c177331': `Behold den nye version`,
's303369b642e2ea27': `Gem min tekst som et nyt dokument`,
's3a5cc7453b5229cc': `Der er ikke mere plads på denne enhed, så din tekst blev ikke gemt.`,
's4341705bffa72007': `Din tekst kunne ikke gemmes: noget i den er for langt eller ikke tilladt.`,
's6112cf59a66d70f2': `Dette blev slettet et andet sted: i et andet vindue, eller da alt gemt arbejde blev slettet. Din ikke-gemte tekst er her stadig.`,
's63315e333fe7cf09': `Brug den anden udgave`,
's6fb8d8a859a512a3': `Behold min`,
's78b9f6ed493d4e36': `Din tekst opbevares på denne enhed, indtil den er gemt.`,
'sb9bb69fd5d864cab': `Et andet vindue har gemt sin version i stedet for din tekst.`,
'sbf94bd467bc231c6': `Det kunne ikke slettes.`,
'sc0dcf5455ea9a780': `Din tekst er bevaret på skærmen.`,
'sca51823da0e04fe5': `Dit gemte arbejde kunne ikke læses.`,
'sece610f96aacc4c2': `Det lykkedes ikke at gemme.`,
'sf94a2e5719adf631': `Serveren kunne ikke nås, så din tekst blev ikke gemt.`,
};
