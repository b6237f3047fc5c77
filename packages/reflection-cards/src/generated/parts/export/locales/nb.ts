// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nb messages of @sammen/reflection-cards's export part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */



export const templates = {
's19d9a4b2d5b926fc': `Notatene er kopiert.`,
's31164fb07eb91adb': `ingen notater`,
's717efbb34b0b6ca8': `drøftet`,
's906a4f9819fd7b9a': `Denne siden tillater ikke kopiering. Bruk «Last ned som Markdown» i stedet.`,
'se0c3b9a2f7378aef': `ikke drøftet ennå`,
};
