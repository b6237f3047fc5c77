// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nn messages of @sammen/reflection-cards's export part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */



export const templates = {
's19d9a4b2d5b926fc': `Notata er kopiert.`,
's31164fb07eb91adb': `ingen notat`,
's717efbb34b0b6ca8': `drøfta`,
's906a4f9819fd7b9a': `Denne sida tillèt ikkje kopiering. Bruk «Last ned som Markdown» i staden.`,
'se0c3b9a2f7378aef': `ikkje drøfta enno`,
};
