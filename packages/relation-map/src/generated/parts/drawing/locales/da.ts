// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the da messages of @sammen/relation-map's drawing part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's05491834c79ea4f6': str`${0} er sat ned.`,
's10500bc7ca7145db': `Lange streger: en blandet relation`,
's17707b2a12cdbb37': `Enter på en relation går til den anden person; Escape eller Backspace går tilbage til tegningen.`,
's214278ddf88fa223': `En stiplet ring: et barn med få nære voksne`,
's218cafca0e80fd58': str`Tegning af kortet: ${0} personer`,
's226a3f8257b63c38': `Piletaster: ← → rundt i cirklen, ↑ ↓ mellem ringene, Home barnet. Enter: personens relationer. M: flyt personen med pilene. + − 0: zoom, Shift+pile: panorér.`,
's23b4e2cc8b89c039': `ingen valgte barnet i denne runde`,
's262687deb68dee3e': `Stiplet cirkel: en fagperson eller et tilbud`,
's2df6795fc90508e5': `Pil: den ene vej; ingen pil: begge veje`,
's2ec33cee5b52a2ee': `Piletaster: den nærmeste person i den retning. Enter: personens relationer. M: flyt personen med pilene. + − 0: zoom, Shift+pile: panorér.`,
's316061e3a07c3073': str`${0} er flyttet.`,
's383b693a718879f0': `Ingen relationer i denne runde endnu.`,
's64bf22575e11e4a8': str`Redigér relationen: ${0}`,
's67aba13b912f6b8c': `Korte røde streger: en anstrengt relation`,
's6d6125ed4a9d5c2e': str`${0} er samlet op: pilene flytter, M eller Enter sætter ned, Escape sætter tilbage.`,
's7468206d83194228': `Forklaring til tegningen`,
's7f760e9bb0b6565c': `Tykkere streg: en stærkere relation`,
's85bf724ddaab0985': str`Relationer for ${0}`,
'scb771d26b5b6f9cd': `En dobbelt ring: ingen valgte barnet som legekammerat i denne runde — et barn at invitere ind.`,
'sd3217c61dd16dfb9': str`Zoom: ${0} %`,
'sd491e49089d4d883': str`${0} er sat tilbage, hvor den var.`,
'sd71ea45e4a672093': str`${0} flyttet længere væk fra barnet: ${1}.`,
'secbdb36c3a55a24e': str`${0} flyttet tættere på barnet: ${1}.`,
};
