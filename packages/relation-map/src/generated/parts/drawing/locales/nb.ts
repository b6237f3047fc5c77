// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nb messages of @sammen/relation-map's drawing part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's05491834c79ea4f6': str`${0} er satt ned.`,
's10500bc7ca7145db': `Lange streker: en blandet relasjon`,
's17707b2a12cdbb37': `Enter på en relasjon går til den andre personen; Escape eller Backspace går tilbake til tegningen.`,
's214278ddf88fa223': `En stiplet ring: et barn med få nære voksne`,
's218cafca0e80fd58': str`Tegning av kartet: ${0} personer`,
's226a3f8257b63c38': `Piltaster: ← → rundt i sirkelen, ↑ ↓ mellom ringene, Home barnet. Enter: personens relasjoner. M: flytt personen med pilene. + − 0: zoom, Shift+piler: panorer.`,
's23b4e2cc8b89c039': `ingen valgte barnet i denne runden`,
's262687deb68dee3e': `Stiplet sirkel: en tjeneste`,
's2df6795fc90508e5': `Pil: den ene veien; ingen pil: begge veier`,
's2ec33cee5b52a2ee': `Piltaster: nærmeste person i den retningen. Enter: personens relasjoner. M: flytt personen med pilene. + − 0: zoom, Shift+piler: panorer.`,
's316061e3a07c3073': str`${0} er flyttet.`,
's383b693a718879f0': `Ingen relasjoner i denne runden ennå.`,
's64bf22575e11e4a8': str`Rediger relasjonen: ${0}`,
's67aba13b912f6b8c': `Korte røde streker: en anstrengt relasjon`,
's6d6125ed4a9d5c2e': str`${0} er plukket opp: pilene flytter, M eller Enter setter ned, Escape setter tilbake.`,
's7468206d83194228': `Forklaring til tegningen`,
's7f760e9bb0b6565c': `Tykkere strek: en sterkere relasjon`,
's85bf724ddaab0985': str`Relasjoner for ${0}`,
'scb771d26b5b6f9cd': `En dobbel ring: ingen valgte barnet som lekekamerat i denne runden — et barn å invitere inn.`,
'sd3217c61dd16dfb9': str`Zoom: ${0} %`,
'sd491e49089d4d883': str`${0} er satt tilbake der den var.`,
'sd71ea45e4a672093': str`${0} flyttet lenger unna barnet: ${1}.`,
'secbdb36c3a55a24e': str`${0} flyttet nærmere barnet: ${1}.`,
};
