// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the da messages of @sammen/perspective-triangle's sources.
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's11ac694a1525dba4': `Åbn eksemplet`,
's33f12d6b1374fbda': `Start en ny situation, eller åbn eksemplet for at se, hvordan trekanten bruges.`,
's3d0b244fe27a16d6': `Henter situationen …`,
's405d545726c34a82': str`${0} af ${1} dele færdige`,
's4086b99520df6ace': `Situationen er slettet.`,
's8bbf51ed18331cd0': `Ingen gemte situationer endnu`,
'saff0114b915761c1': `Dine situationer kunne ikke vises`,
'sb86825a7f91022b8': `Situation uden titel`,
'sd363dd1d148e087b': `Situationen og alt, hvad der er skrevet i den, slettes. Det kan ikke fortrydes.`,
'sddd7cb0b68051205': `Ny situation`,
'se7e60014bac55a0b': `Henter dine situationer …`,
'sec6768337b13cf36': `Arbejdsvisningen`,
'seea8e8ad7d00b9ff': `Dine situationer`,
'sef3e5735c59031ac': `Situationen kunne ikke vises`,
};
