// Sammen's example children's group for the relation map: an invented group (no real child,
// family or daycare) of 22 children under pseudonyms and 4 adults, mapped in spring and autumn.
// Written so the example shows what the map is for: Cille, whom no one chose in spring, plays
// with Ulla in autumn; Pil is still a child to invite in; Ivar has few close adults. Labels are
// plain strings, so there is one document per language.
import type { Closeness, MappingRound, Person, RelationMap, Tie } from '@sammen/sdk';
import { exampleLanguage } from '../example-language.js';

type Lang = 'da' | 'nb' | 'en';

const TEXT: Record<Lang, { title: string; spring: string; autumn: string; springNote: string; autumnNote: string; staff: [string, string, string, string] }> = {
  da: {
    title: 'Myretuen — eksempel på en børnegruppe',
    spring: 'Forår 2026',
    autumn: 'Efterår 2026',
    springNote: 'Observeret i to uger i leg ude og inde. Tre børn at invitere ind i legen.',
    autumnNote: 'Efter sommerens legegrupper. Cille og Ulla leger nu sammen; Pil er stadig et barn at invitere ind.',
    staff: ['Lene (pædagog)', 'Mads (pædagog)', 'Sana (medhjælper)', 'Tove (pædagog)'],
  },
  nb: {
    title: 'Maurtua — eksempel på en barnegruppe',
    spring: 'Vår 2026',
    autumn: 'Høst 2026',
    springNote: 'Observert i to uker i lek ute og inne. Tre barn å invitere inn i leken.',
    autumnNote: 'Etter sommerens lekegrupper. Cille og Ulla leker nå sammen; Pil er fortsatt et barn å invitere inn.',
    staff: ['Lene (barnehagelærer)', 'Mads (barnehagelærer)', 'Sana (assistent)', 'Tove (pedagogisk leder)'],
  },
  en: {
    title: 'The Anthill — an example children’s group',
    spring: 'Spring 2026',
    autumn: 'Autumn 2026',
    springNote: 'Observed for two weeks at play outdoors and indoors. Three children to invite in.',
    autumnNote: 'After the summer play groups. Cille and Ulla now play together; Pil is still a child to invite in.',
    staff: ['Lene (pedagogue)', 'Mads (pedagogue)', 'Sana (assistant)', 'Tove (lead pedagogue)'],
  },
};

/** Pseudonyms, not real children; the same in every language. */
const CHILDREN = ['Alba', 'Bjørn', 'Cille', 'Dina', 'Emil', 'Freja', 'Gorm', 'Hedda', 'Ivar', 'Juna', 'Kalle', 'Liv', 'Malte', 'Nora', 'Otto', 'Pil', 'Rune', 'Saga', 'Tor', 'Ulla', 'Vilja', 'Yrsa'];
const STAFF = ['lene', 'mads', 'sana', 'tove'];

const idOf = (name: string) => name.toLowerCase().replace('ø', 'o');

type Spec = [from: string, to: string, direction: '<>' | '->', strength: 1 | 2 | 3, kind?: Tie['kind']];

/** Spring: a triad (Alba, Bjørn, Dina), mutual pairs, one-way choices; no one chose Cille, Otto or Pil. */
const SPRING: Spec[] = [
  ['Alba', 'Bjørn', '<>', 3],
  ['Bjørn', 'Dina', '<>', 2],
  ['Alba', 'Dina', '<>', 2],
  ['Emil', 'Freja', '<>', 2],
  ['Gorm', 'Hedda', '<>', 3],
  ['Ivar', 'Juna', '<>', 2],
  ['Kalle', 'Liv', '<>', 2, 'seeks-out'],
  ['Malte', 'Nora', '<>', 2],
  ['Nora', 'Rune', '<>', 1],
  ['Rune', 'Malte', '->', 1],
  ['Otto', 'Alba', '->', 1],
  ['Pil', 'Emil', '->', 1, 'seeks-out'],
  ['Saga', 'Gorm', '->', 1],
  ['Hedda', 'Saga', '->', 2],
  ['Tor', 'Kalle', '->', 2],
  ['Liv', 'Tor', '->', 1],
  ['Ulla', 'Vilja', '<>', 3],
  ['Vilja', 'Yrsa', '<>', 2],
  ['Cille', 'Yrsa', '->', 1],
  ['Emil', 'Gorm', '->', 1],
  ['Ivar', 'Malte', '->', 1],
  ['Freja', 'Liv', '->', 2],
  ['Juna', 'Dina', '->', 1, 'asks-for-help'],
  ['Yrsa', 'Ulla', '->', 1],
];

/**
 * Autumn: Cille and Ulla play together, Otto and Alba too; Kalle and Liv have drifted apart
 * while Liv and Hedda found each other; Emil and Freja play more, Gorm and Hedda less; Pil
 * still seeks out others and no one chose Pil.
 */
const AUTUMN: Spec[] = [
  ...SPRING.filter(([from, to]) => !['Otto Alba', 'Kalle Liv', 'Emil Freja', 'Gorm Hedda'].includes(`${from} ${to}`)),
  ['Otto', 'Alba', '<>', 2],
  ['Emil', 'Freja', '<>', 3],
  ['Gorm', 'Hedda', '<>', 2],
  ['Cille', 'Ulla', '<>', 2],
  ['Liv', 'Hedda', '<>', 2],
  ['Pil', 'Freja', '->', 1],
];

function ties(specs: Spec[]): Tie[] {
  return specs.map(([from, to, direction, strength, kind = 'plays-with']) => ({
    id: `${idOf(from)}-${idOf(to)}`,
    from: idOf(from),
    to: idOf(to),
    kind,
    strength,
    direction: direction === '<>' ? 'mutual' : 'one-way',
  }));
}

/** Each child is known well (3) by two adults and somewhat (2) by the others; Ivar by fewer. */
function closeness(round: 'spring' | 'autumn'): Closeness[] {
  return CHILDREN.flatMap((name, index) =>
    STAFF.map((adult, a) => {
      let rating: 1 | 2 | 3 = a === index % 4 || a === (index + 1) % 4 ? 3 : 2;
      if (name === 'Ivar') rating = round === 'autumn' && adult === 'lene' ? 3 : adult === 'mads' ? 2 : 1;
      return { adult, child: idOf(name), rating };
    }),
  );
}

/** The example group with its spring and autumn rounds, in `lang` (da, nb or en; nn gets nb; else Danish). */
export function exampleGroup(lang: string): RelationMap {
  const key: Lang = exampleLanguage(lang);
  const text = TEXT[key];
  const people: Person[] = [
    ...CHILDREN.map((name): Person => ({ id: idOf(name), label: name, initials: name[0]!, kind: 'child' })),
    ...STAFF.map((id, index): Person => ({ id, label: text.staff[index]!, initials: text.staff[index]!.slice(0, 2), kind: 'staff' })),
  ];
  const rounds: MappingRound[] = [
    { id: 'spring-2026', date: '2026-04-15', label: text.spring, note: text.springNote, ties: ties(SPRING), closeness: closeness('spring') },
    { id: 'autumn-2026', date: '2026-10-14', label: text.autumn, note: text.autumnNote, ties: ties(AUTUMN), closeness: closeness('autumn') },
  ];
  return {
    schema: 'sammen.relation-map/v2',
    id: `sammen-example-group-${key}`,
    revision: 0,
    updatedAt: '2026-10-14T12:00:00.000Z',
    title: text.title,
    mode: 'group',
    people,
    rounds,
  };
}
