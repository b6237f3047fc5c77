// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nb messages of @sammen/perspective-triangle's sources.
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's11ac694a1525dba4': `Åpne eksempelet`,
's33f12d6b1374fbda': `Start en ny situasjon, eller åpne eksempelet for å se hvordan trekanten brukes.`,
's3d0b244fe27a16d6': `Henter situasjonen …`,
's405d545726c34a82': str`${0} av ${1} deler ferdige`,
's4086b99520df6ace': `Situasjonen er slettet.`,
's8bbf51ed18331cd0': `Ingen lagrede situasjoner ennå`,
'saff0114b915761c1': `Situasjonene dine kunne ikke vises`,
'sb86825a7f91022b8': `Situasjon uten tittel`,
'sd363dd1d148e087b': `Situasjonen og alt som er skrevet i den, slettes. Det kan ikke angres.`,
'sddd7cb0b68051205': `Ny situasjon`,
'se7e60014bac55a0b': `Henter situasjonene dine …`,
'sec6768337b13cf36': `Arbeidsvisningen`,
'seea8e8ad7d00b9ff': `Dine situasjoner`,
'sef3e5735c59031ac': `Situasjonen kunne ikke vises`,
};
