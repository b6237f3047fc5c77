// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the da messages of @sammen/sammen's sources.
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's04276373b0793a0d': `Importen mislykkedes.`,
's06e4ba32b18fc5c8': str`${0} dokumenter eksporteret.`,
's26457e6383ddf2c9': `Importér arbejde`,
's490278f96d459c92': `Eksporten mislykkedes.`,
's6254621153a5448b': `Dit arbejde gemmes på serveren.`,
's783c68fe014fbddd': `Dit arbejde gemmes kun i denne browser. Eksportér det for at gemme en kopi eller flytte det.`,
's7f68513ce6d4a448': `Dit arbejde gemmes, indtil fanen lukkes.`,
's8799d9857028c4c9': str`${0} dokumenter importeret; ${1}, der allerede var her, blev beholdt.`,
's9e461746b717ac02': str`${0} er ikke en Sammen-eksport (ikke JSON).`,
'sab9240ce73c62f08': str`Dit arbejde gemmes i denne browser, kun for ${0}: den samme side på et andet websted eller i en anden browser viser det ikke. Eksportér det for at gemme en kopi eller flytte det.`,
'sb4781e17251ce5ed': str`Dit arbejde gemmes hos ${0}.`,
'sdda3e9f73affeef8': `Eksportér mit arbejde`,
};
