// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nn messages of @sammen/relation-map's help part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */



export const templates = {
's1d1926b10c3ec823': `Den første personen`,
's2dca33d3313417ee': `Ctrl+Z, Ctrl+Shift+Z`,
's336a2747fdc7d2b1': `Barnet i midten`,
's479a317f213ce6f4': `+ − 0`,
's5401589a3bbb1c1b': `Lukk lista over relasjonar og gå tilbake til personen`,
's65e4d660325d69ae': `Vis relasjonane til personen; på ein relasjon: gå til den andre personen`,
's6abb1cd87fe0114e': `Home`,
's75b2cbeea84489b9': `Angre, gjer om (⌘ på ein Mac)`,
's7e388025be643d0d': `Enter`,
's8434b023f2717120': `Gå til nærmaste person i den retninga`,
's84a7799987f92224': `Escape eller Backspace`,
's88a531901ca1b3fb': `Zoom inn, zoom ut, tilpass kartet til visninga`,
'saf64004c860229b8': `M`,
'sb5d5d2f0f348d810': `← → går rundt i sirkelen (på tvers av sektorar), ↑ ↓ går mellom ringane`,
'sc2b8fa2913cba290': `Shift + pilar`,
'sdd862360286e7d55': `Panorer teikninga`,
'se222c4445f7e9901': `← →, ↑ ↓`,
'se59a510853c5a54f': `← → ↑ ↓`,
'sf698eb538678dc73': `Ta personen opp og flytt han med pilane; M eller Enter set han ned, Escape set han tilbake`,
};
