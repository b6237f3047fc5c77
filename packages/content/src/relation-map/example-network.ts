// Sammen's example network map: the people and services around one invented child ("A.", 4),
// as staff and parents might draw it when they are worried and want to agree who does what.
// No real child, family or service; one document per language.
import type { Person, RelationMap, Tie } from '@sammen/sdk';
import { exampleLanguage } from '../example-language.js';

type Lang = 'da' | 'nb' | 'en';

type Row = [id: string, kind: Person['kind'], sector: NonNullable<Person['sector']>, ring: 1 | 2 | 3, tie: Tie['kind'], strength: 1 | 2 | 3, quality: NonNullable<Tie['quality']>, direction: Tie['direction']];

/** Who is around A., how close (ring) and how good the tie is. */
const ROWS: Row[] = [
  ['mother', 'parent', 'family', 1, 'family', 3, 'positive', 'mutual'],
  ['father', 'parent', 'family', 1, 'family', 2, 'mixed', 'mutual'],
  ['brother', 'family', 'family', 1, 'family', 2, 'positive', 'mutual'],
  ['grandmother', 'family', 'family', 2, 'family', 3, 'positive', 'mutual'],
  ['lene', 'staff', 'daycare', 1, 'care', 3, 'positive', 'mutual'],
  ['support-pedagogue', 'staff', 'daycare', 2, 'care', 2, 'positive', 'mutual'],
  ['health-visitor', 'service', 'health', 2, 'professional', 2, 'positive', 'one-way'],
  ['psychologist', 'service', 'health', 3, 'professional', 1, 'mixed', 'one-way'],
  ['caseworker', 'service', 'social-services', 3, 'professional', 1, 'strained', 'one-way'],
  ['swimming-coach', 'adult', 'leisure', 3, 'support', 1, 'positive', 'one-way'],
  ['neighbour-child', 'child', 'leisure', 2, 'friendship', 2, 'positive', 'mutual'],
];

const TEXT: Record<Lang, { title: string; round: string; note: string; centre: string; labels: Record<string, string> }> = {
  da: {
    title: 'Netværket omkring A. — eksempel',
    round: 'Netværksmøde oktober',
    note: 'Tegnet sammen med mor og far. Aftale: Lene er fast kontaktperson; sundhedsplejersken inviteres til næste møde.',
    centre: 'A. (4 år)',
    labels: {
      mother: 'Mor',
      father: 'Far',
      brother: 'Lillebror',
      grandmother: 'Mormor',
      lene: 'Lene (pædagog)',
      'support-pedagogue': 'Støttepædagog',
      'health-visitor': 'Sundhedsplejerske',
      psychologist: 'Psykolog (PPR)',
      caseworker: 'Sagsbehandler, børne- og familieafdelingen',
      'swimming-coach': 'Svømmetræner',
      'neighbour-child': 'Nabobarnet M.',
    },
  },
  nb: {
    title: 'Nettverket rundt A. — eksempel',
    round: 'Nettverksmøte oktober',
    note: 'Tegnet sammen med mor og far. Avtale: Lene er fast kontaktperson; helsesykepleieren inviteres til neste møte.',
    centre: 'A. (4 år)',
    labels: {
      mother: 'Mor',
      father: 'Far',
      brother: 'Lillebror',
      grandmother: 'Mormor',
      lene: 'Lene (barnehagelærer)',
      'support-pedagogue': 'Spesialpedagog',
      'health-visitor': 'Helsesykepleier',
      psychologist: 'Psykolog (PPT)',
      caseworker: 'Saksbehandler, barnevernet',
      'swimming-coach': 'Svømmetrener',
      'neighbour-child': 'Nabobarnet M.',
    },
  },
  en: {
    title: 'The network around A. — an example',
    round: 'Network meeting, October',
    note: 'Drawn together with mother and father. Agreed: Lene is the contact person; the health visitor is invited to the next meeting.',
    centre: 'A. (4)',
    labels: {
      mother: 'Mother',
      father: 'Father',
      brother: 'Little brother',
      grandmother: 'Grandmother',
      lene: 'Lene (pedagogue)',
      'support-pedagogue': 'Support pedagogue',
      'health-visitor': 'Health visitor',
      psychologist: 'Psychologist (educational psychology service)',
      caseworker: 'Caseworker, child welfare',
      'swimming-coach': 'Swimming coach',
      'neighbour-child': 'M., the child next door',
    },
  },
};

/** The example network around one child, in `lang` (da, nb or en; nn gets nb; else Danish). */
export function exampleNetwork(lang: string): RelationMap {
  const key: Lang = exampleLanguage(lang);
  const text = TEXT[key];
  const people: Person[] = [
    { id: 'a', label: text.centre, initials: 'A', kind: 'child' },
    ...ROWS.map(([id, kind, sector, ring]): Person => ({ id, label: text.labels[id]!, kind, sector, ring })),
  ];
  const ties: Tie[] = ROWS.map(([id, , , , kind, strength, quality, direction]) => ({ id: `a-${id}`, from: id, to: 'a', kind, strength, quality, direction }));
  return {
    schema: 'sammen.relation-map/v2',
    id: `sammen-example-network-${key}`,
    revision: 0,
    updatedAt: '2026-10-20T12:00:00.000Z',
    title: text.title,
    mode: 'network',
    centre: 'a',
    people,
    rounds: [{ id: 'october-2026', date: '2026-10-20', label: text.round, note: text.note, ties }],
  };
}
