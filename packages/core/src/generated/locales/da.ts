
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019f5660cdff78f3': str`Gemt hos ${0}`,
's0379fc73608ab971': `Færdig`,
's08e0e15c36940584': `Gemmes, indtil fanen lukkes`,
's091d3d07b5b3076f': `OK`,
's187528426100c44e': `Ingen data`,
's18fa1755b582771b': str`Dokumentet på ${0} er ikke gyldigt.`,
's2ceb11be2290bb1b': `Annuller`,
's300582b62f78e1fa': `Dokumentet, der er givet til denne komponent, er ikke gyldigt.`,
's385a6eda39bcd6c1': `(dokument)`,
's3fd6bd99e3f6a5be': `I gang`,
's427c334f457cc23a': `Gemmes ikke, når fanen lukkes`,
's4c2251760c5d2c55': str`og ${0} mere`,
's52e8ce4efa28ab9b': `I risiko`,
's54ac0d88b6026ce0': `En nyere version blev gemt i et andet vindue. Vælg, hvilken du vil beholde.`,
's5e8250fb85d64c23': `Luk`,
's632b1f297f4e5549': `Gemt på serveren`,
's682197e0e3c43e1f': `Ændret i et andet vindue. Vælg, hvilken version du vil beholde.`,
's6ebc9bd6feae62a3': `Henter …`,
's815ea3b3abb1ff6e': str`Kunne ikke hente ${0}: serveren svarede ${1}.`,
's85644487591c89ed': `Ikke på sporet`,
's882f3073cf22637b': `Gemt på denne enhed`,
's8f5f41272268128f': `Ikke påbegyndt`,
'sb060188bb28bfa9f': `Gemmer …`,
'sb9a02627f5ffdea8': `Kunne ikke gemme. Din tekst er her stadig – prøv igen.`,
'sb9bd4f5a3810b77e': `Noget gik galt`,
'se77648460730d91f': `Dette blev ændret i et andet vindue, mens du skrev.`,
'sf8c76ca1fdcb6fd7': `På rette spor`,
'sfbec5a97e20e3eaa': `Det indbyggede dokument er ikke gyldigt.`,
'sff8c7e034571dcca': str`Kunne ikke hente ${0}: netværksforespørgslen mislykkedes.`,
    };
  