// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nb messages of @sammen/sammen's sources.
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's04276373b0793a0d': `Importen mislyktes.`,
's06e4ba32b18fc5c8': str`${0} dokumenter eksportert.`,
's26457e6383ddf2c9': `Importer arbeid`,
's490278f96d459c92': `Eksporten mislyktes.`,
's6254621153a5448b': `Arbeidet ditt lagres på serveren.`,
's783c68fe014fbddd': `Arbeidet ditt lagres bare i denne nettleseren. Eksporter det for å ta vare på en kopi eller flytte det.`,
's7f68513ce6d4a448': `Arbeidet ditt beholdes til fanen lukkes.`,
's8799d9857028c4c9': str`${0} dokumenter importert; ${1} som allerede var her, ble beholdt.`,
's9e461746b717ac02': str`${0} er ikke en Sammen-eksport (ikke JSON).`,
'sab9240ce73c62f08': str`Arbeidet ditt lagres i denne nettleseren, bare for ${0}: den samme siden på et annet nettsted eller i en annen nettleser viser det ikke. Eksporter det for å ta vare på en kopi eller flytte det.`,
'sb4781e17251ce5ed': str`Arbeidet ditt lagres hos ${0}.`,
'sdda3e9f73affeef8': `Eksporter arbeidet mitt`,
};
