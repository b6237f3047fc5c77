
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's019f5660cdff78f3': str`Lagret hos ${0}`,
's0379fc73608ab971': `Ferdig`,
's08e0e15c36940584': `Beholdes til fanen lukkes`,
's091d3d07b5b3076f': `OK`,
's187528426100c44e': `Ingen data`,
's18fa1755b582771b': str`Dokumentet på ${0} er ikke gyldig.`,
's2ceb11be2290bb1b': `Avbryt`,
's300582b62f78e1fa': `Dokumentet som er gitt til denne komponenten, er ikke gyldig.`,
's385a6eda39bcd6c1': `(dokument)`,
's3fd6bd99e3f6a5be': `Påbegynt`,
's427c334f457cc23a': `Lagres ikke etter at fanen lukkes`,
's4c2251760c5d2c55': str`og ${0} til`,
's52e8ce4efa28ab9b': `I faresonen`,
's54ac0d88b6026ce0': `Noen lagret en nyere versjon i et annet vindu. Velg hvilken du vil beholde.`,
's5e8250fb85d64c23': `Lukk`,
's632b1f297f4e5549': `Lagret på serveren`,
's682197e0e3c43e1f': `Endret i et annet vindu. Velg hvilken versjon du vil beholde.`,
's6ebc9bd6feae62a3': `Henter …`,
's815ea3b3abb1ff6e': str`Kunne ikke hente ${0}: serveren svarte ${1}.`,
's85644487591c89ed': `Ikke i rute`,
's882f3073cf22637b': `Lagret på denne enheten`,
's8f5f41272268128f': `Ikke påbegynt`,
'sb060188bb28bfa9f': `Lagrer …`,
'sb9a02627f5ffdea8': `Kunne ikke lagre. Teksten din er her fortsatt – prøv igjen.`,
'sb9bd4f5a3810b77e': `Noe gikk galt`,
'se77648460730d91f': `Dette ble endret i et annet vindu mens du skrev.`,
'sf8c76ca1fdcb6fd7': `I rute`,
'sfbec5a97e20e3eaa': `Det innebygde dokumentet er ikke gyldig.`,
'sff8c7e034571dcca': str`Kunne ikke hente ${0}: nettverksforespørselen mislyktes.`,
    };
  