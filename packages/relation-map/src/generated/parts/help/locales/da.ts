// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the da messages of @sammen/relation-map's help part (packages/core/scripts/locale-parts.mjs).
/* eslint-disable */



export const templates = {
's1d1926b10c3ec823': `Den første person`,
's2dca33d3313417ee': `Ctrl+Z, Ctrl+Shift+Z`,
's336a2747fdc7d2b1': `Barnet i midten`,
's479a317f213ce6f4': `+ − 0`,
's5401589a3bbb1c1b': `Luk listen over relationer og gå tilbage til personen`,
's65e4d660325d69ae': `Vis personens relationer; på en relation: gå til den anden person`,
's6abb1cd87fe0114e': `Home`,
's75b2cbeea84489b9': `Fortryd, gentag (⌘ på en Mac)`,
's7e388025be643d0d': `Enter`,
's8434b023f2717120': `Gå til den nærmeste person i den retning`,
's84a7799987f92224': `Escape eller Backspace`,
's88a531901ca1b3fb': `Zoom ind, zoom ud, tilpas kortet til visningen`,
'saf64004c860229b8': `M`,
'sb5d5d2f0f348d810': `← → går rundt i cirklen (på tværs af sektorer), ↑ ↓ går mellem ringene`,
'sc2b8fa2913cba290': `Shift + pile`,
'sdd862360286e7d55': `Panorér tegningen`,
'se222c4445f7e9901': `← →, ↑ ↓`,
'se59a510853c5a54f': `← → ↑ ↓`,
'sf698eb538678dc73': `Tag personen op og flyt den med pilene; M eller Enter sætter den ned, Escape sætter den tilbage`,
};
