
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's18fa1755b582771b': str`Dokumentet på ${0} er ikke gyldigt.`,
's300582b62f78e1fa': `Dokumentet, der er givet til denne komponent, er ikke gyldigt.`,
's385a6eda39bcd6c1': `(dokument)`,
's4c2251760c5d2c55': str`og ${0} mere`,
's54ac0d88b6026ce0': `En nyere version blev gemt i et andet vindue. Vælg, hvilken du vil beholde.`,
's815ea3b3abb1ff6e': str`Kunne ikke hente ${0}: serveren svarede ${1}.`,
'sb9bd4f5a3810b77e': `Noget gik galt`,
'se77648460730d91f': `Dette blev ændret i et andet vindue, mens du skrev.`,
'sfbec5a97e20e3eaa': `Det indbyggede dokument er ikke gyldigt.`,
'sff8c7e034571dcca': str`Kunne ikke hente ${0}: netværksforespørgslen mislykkedes.`,
    };
  