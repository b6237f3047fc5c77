// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nn messages of @sammen/relation-map's drawing part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's05491834c79ea4f6': str`${0} er sett ned.`,
's10500bc7ca7145db': `Lange strekar: ein blanda relasjon`,
's17707b2a12cdbb37': `Enter på ein relasjon går til den andre personen; Escape eller Backspace går tilbake til teikninga.`,
's214278ddf88fa223': `Ein stipla ring: eit barn med få nære vaksne`,
's218cafca0e80fd58': str`Teikning av kartet: ${0} personar`,
's226a3f8257b63c38': `Piltastar: ← → rundt i sirkelen, ↑ ↓ mellom ringane, Home barnet. Enter: relasjonane til personen. M: flytt personen med pilane. + − 0: zoom, Shift+pilar: panorer.`,
's23b4e2cc8b89c039': `ingen valde barnet i denne runden`,
's262687deb68dee3e': `Stipla sirkel: ei teneste`,
's2df6795fc90508e5': `Pil: den eine vegen; ingen pil: begge vegar`,
's2ec33cee5b52a2ee': `Piltastar: nærmaste person i den retninga. Enter: relasjonane til personen. M: flytt personen med pilane. + − 0: zoom, Shift+pilar: panorer.`,
's316061e3a07c3073': str`${0} er flytta.`,
's383b693a718879f0': `Ingen relasjonar i denne runden enno.`,
's64bf22575e11e4a8': str`Rediger relasjonen: ${0}`,
's67aba13b912f6b8c': `Korte raude strekar: ein anstrengt relasjon`,
's6d6125ed4a9d5c2e': str`${0} er plukka opp: pilane flyttar, M eller Enter set ned, Escape set tilbake.`,
's7468206d83194228': `Forklaring til teikninga`,
's7f760e9bb0b6565c': `Tjukkare strek: ein sterkare relasjon`,
's85bf724ddaab0985': str`Relasjonar for ${0}`,
'scb771d26b5b6f9cd': `Ein dobbel ring: ingen valde barnet som leikekamerat i denne runden — eit barn å invitere inn.`,
'sd3217c61dd16dfb9': str`Zoom: ${0} %`,
'sd491e49089d4d883': str`${0} er sett tilbake der han var.`,
'sd71ea45e4a672093': str`${0} flytta lenger unna barnet: ${1}.`,
'secbdb36c3a55a24e': str`${0} flytta nærare barnet: ${1}.`,
};
