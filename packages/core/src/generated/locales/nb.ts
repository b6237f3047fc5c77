
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's18fa1755b582771b': str`Dokumentet på ${0} er ikke gyldig.`,
's300582b62f78e1fa': `Dokumentet som er gitt til denne komponenten, er ikke gyldig.`,
's385a6eda39bcd6c1': `(dokument)`,
's4c2251760c5d2c55': str`og ${0} til`,
's54ac0d88b6026ce0': `Noen lagret en nyere versjon i et annet vindu. Velg hvilken du vil beholde.`,
's815ea3b3abb1ff6e': str`Kunne ikke hente ${0}: serveren svarte ${1}.`,
'sb9bd4f5a3810b77e': `Noe gikk galt`,
'se77648460730d91f': `Dette ble endret i et annet vindu mens du skrev.`,
'sfbec5a97e20e3eaa': `Det innebygde dokumentet er ikke gyldig.`,
'sff8c7e034571dcca': str`Kunne ikke hente ${0}: nettverksforespørselen mislyktes.`,
    };
  