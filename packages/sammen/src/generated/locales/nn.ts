// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nn messages of @sammen/sammen's sources.
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's04276373b0793a0d': `Importen mislukkast.`,
's06e4ba32b18fc5c8': str`${0} dokument eksportert.`,
's26457e6383ddf2c9': `Importer arbeid`,
's490278f96d459c92': `Eksporten mislukkast.`,
's6254621153a5448b': `Arbeidet ditt blir lagra på tenaren.`,
's783c68fe014fbddd': `Arbeidet ditt blir lagra berre i denne nettlesaren. Eksporter det for å ta vare på ein kopi eller flytte det.`,
's7f68513ce6d4a448': `Arbeidet ditt blir teke vare på til fanen blir lukka.`,
's8799d9857028c4c9': str`${0} dokument importerte; ${1} som alt var her, vart ståande.`,
's9e461746b717ac02': str`${0} er ikkje ein Sammen-eksport (ikkje JSON).`,
'sab9240ce73c62f08': str`Arbeidet ditt blir lagra i denne nettlesaren, berre for ${0}: den same sida på ein annan nettstad eller i ein annan nettlesar viser det ikkje. Eksporter det for å ta vare på ein kopi eller flytte det.`,
'sb4781e17251ce5ed': str`Arbeidet ditt blir lagra hos ${0}.`,
'sdda3e9f73affeef8': `Eksporter arbeidet mitt`,
};
