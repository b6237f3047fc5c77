// Do not modify this file by hand!
// Re-generate it with `npm run localize`: the nn messages of @sammen/perspective-triangle's sources.
/* eslint-disable */

import { str } from '@lit/localize';

export const templates = {
's11ac694a1525dba4': `Opne eksempelet`,
's33f12d6b1374fbda': `Start ein ny situasjon, eller opne eksempelet for å sjå korleis trekanten blir brukt.`,
's3d0b244fe27a16d6': `Hentar situasjonen …`,
's405d545726c34a82': str`${0} av ${1} delar ferdige`,
's4086b99520df6ace': `Situasjonen er sletta.`,
's8bbf51ed18331cd0': `Ingen lagra situasjonar enno`,
'saff0114b915761c1': `Situasjonane dine kunne ikkje visast`,
'sb86825a7f91022b8': `Situasjon utan tittel`,
'sd363dd1d148e087b': `Situasjonen og alt som er skrive i den, blir sletta. Det kan ikkje angrast.`,
'sddd7cb0b68051205': `Ny situasjon`,
'se7e60014bac55a0b': `Hentar situasjonane dine …`,
'sec6768337b13cf36': `Arbeidsvisinga`,
'seea8e8ad7d00b9ff': `Dine situasjonar`,
'sef3e5735c59031ac': `Situasjonen kunne ikkje visast`,
};
