// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the da messages of @sammen/reflection-cards's export part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */



export const templates = {
's19d9a4b2d5b926fc': `Noterne er kopieret.`,
's31164fb07eb91adb': `ingen noter`,
's717efbb34b0b6ca8': `drøftet`,
's906a4f9819fd7b9a': `Denne side tillader ikke kopiering. Brug “Hent som Markdown” i stedet.`,
'se0c3b9a2f7378aef': `ikke drøftet endnu`,
};
