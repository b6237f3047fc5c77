// fast-check generators of valid documents of every kind, for the SDK's property tests.
import fc from 'fast-check';
import { SCHEMA_IDS, type SammenDocument } from '../../src/index.js';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const text = fc.string({ maxLength: 40, unit: 'grapheme' });
const localized = fc.oneof(text, fc.record({ da: text, nb: text, en: text }, { requiredKeys: ['da'] }));
const timestamp = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const isoDate = timestamp.map((iso) => iso.slice(0, 10));
const base = (kind: keyof typeof SCHEMA_IDS) => ({
  schema: fc.constant(SCHEMA_IDS[kind]),
  id,
  revision: fc.nat({ max: 1000 }),
  updatedAt: timestamp,
});
const uniqueById = <T extends { id: string }>(item: fc.Arbitrary<T>, min: number, max: number) =>
  fc.uniqueArray(item, { minLength: min, maxLength: max, selector: (value) => value.id });

export const reflectionDeck = fc.record({
  ...base('reflection-deck'),
  title: localized,
  themes: uniqueById(
    fc.record({
      id,
      number: fc.integer({ min: 1, max: 9 }),
      title: localized,
      cards: uniqueById(
        fc.record({
          id,
          title: localized,
          statement: fc.record({ text: localized, saidBy: fc.constantFrom('parents', 'professionals', 'both') }),
          questions: uniqueById(fc.record({ id, text: localized, items: fc.array(localized, { maxLength: 3 }) }), 1, 3),
          audience: fc.constantFrom('staff', 'parents', 'both'),
          settings: fc.uniqueArray(fc.constantFrom('daycare', 'school', 'club'), { maxLength: 3 }),
        }),
        0,
        4,
      ),
    }),
    0,
    4,
  ),
});

export const reflectionNotes = fc.record({
  ...base('reflection-notes'),
  deckId: id,
  cards: fc.dictionary(id, fc.record({ discussed: fc.boolean(), notes: fc.dictionary(id, fc.string({ maxLength: 200 })) }), { maxKeys: 5 }),
});

const perspective = fc.record({ answers: fc.dictionary(fc.constantFrom('experiences', 'thoughts', 'feelings', 'needs', 'observations'), text) });

export const perspectiveSession = fc.record({
  ...base('perspective-session'),
  title: text,
  description: text,
  perspectives: fc.record({ child: perspective, parents: perspective, professionals: perspective }),
  sharedUnderstanding: text,
  nextSteps: uniqueById(fc.record({ id, text, who: text, due: fc.oneof(fc.constant(''), isoDate), done: fc.boolean() }), 0, 4),
});

export const changeModel = uniqueById(fc.record({ id, title: localized, indicators: fc.array(fc.record({ id, name: localized, status: fc.constantFrom('on-track', 'at-risk', 'off-track', 'no-data') }), { maxLength: 2 }) }), 1, 6)
  // Indicator ids are unique in the whole model (sammen.change-model/v2): number them apart.
  .map((items) => items.map((item, i) => ({ ...item, indicators: item.indicators.map((indicator, k) => ({ ...indicator, id: `${indicator.id}-${i}-${k}` })) })))
  .chain((items) =>
    fc.record({
      ...base('change-model'),
      title: localized,
      columns: fc.constant([{ id: 'activities', kind: 'activities' as const, items }]),
      links: uniqueById(
        fc.record({
          id,
          from: fc.constantFrom(...items.map((item) => item.id)),
          to: fc.constantFrom(...items.map((item) => item.id)),
          rationale: fc.option(localized, { nil: undefined }),
        }).map(({ rationale, ...link }) => (rationale === undefined ? link : { ...link, rationale })),
        0,
        4,
      ),
    }),
  );

const personKinds = ['child', 'parent', 'family', 'adult', 'staff', 'service'] as const;
const groupTieKinds = ['plays-with', 'seeks-out', 'asks-for-help'] as const;
const networkTieKinds = ['family', 'care', 'support', 'professional', 'friendship', 'other'] as const;

/** A valid relation map (v2): ties between two different people, positive choices in a group. */
export const relationMap = fc
  .tuple(
    uniqueById(
      fc.record(
        {
          id,
          label: text,
          kind: fc.constantFrom(...personKinds),
          sector: fc.constantFrom('family', 'daycare', 'health', 'social-services', 'leisure', 'other'),
          ring: fc.integer({ min: 1, max: 3 }),
          position: fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
        },
        { requiredKeys: ['id', 'label', 'kind'] },
      ),
      2,
      6,
    ),
    fc.constantFrom('group', 'network'),
  )
  .chain(([people, mode]) => {
    const ids = people.map((p) => p.id);
    const tie = fc
      .record(
        {
          id,
          from: fc.constantFrom(...ids),
          to: fc.constantFrom(...ids),
          kind: mode === 'group' ? fc.constantFrom(...groupTieKinds) : fc.constantFrom(...networkTieKinds),
          strength: fc.integer({ min: 1, max: 3 }),
          direction: fc.constantFrom('one-way', 'mutual'),
          quality: mode === 'group' ? fc.constant('positive') : fc.constantFrom('positive', 'mixed', 'strained'),
        },
        { requiredKeys: ['id', 'from', 'to', 'kind', 'strength', 'direction'] },
      )
      .filter((t) => t.from !== t.to);
    return fc.record(
      {
        ...base('relation-map'),
        mode: fc.constant(mode),
        centre: fc.constantFrom(...ids),
        people: fc.constant(people),
        rounds: uniqueById(
          fc.record(
            {
              id,
              date: isoDate,
              label: text,
              ties: uniqueById(tie, 0, 5),
              closeness: fc.uniqueArray(fc.record({ adult: fc.constantFrom(...ids), child: fc.constantFrom(...ids), rating: fc.integer({ min: 1, max: 3 }) }), {
                maxLength: 3,
                selector: (c) => `${c.adult} ${c.child}`,
              }),
            },
            { requiredKeys: ['id', 'date', 'ties'] },
          ),
          0,
          3,
        ),
      },
      { requiredKeys: ['schema', 'id', 'revision', 'updatedAt', 'mode', 'people', 'rounds'] },
    );
  });

/** A valid relation map in the first version's shape (sammen.relation-map/v1), which the parser migrates. */
export const relationMapV1 = uniqueById(fc.record({ id, label: text, kind: fc.constantFrom('child', 'parent', 'family', 'staff', 'service') }), 1, 6).chain((people) =>
  fc.record({
    schema: fc.constant('sammen.relation-map/v1'),
    id,
    revision: fc.nat({ max: 1000 }),
    updatedAt: timestamp,
    mode: fc.constantFrom('group', 'network'),
    people: fc.constant(people),
    rounds: uniqueById(
      fc.record({
        id,
        date: isoDate,
        ties: fc.array(
          fc.record({
            from: fc.constantFrom(...people.map((p) => p.id)),
            to: fc.constantFrom(...people.map((p) => p.id)),
            kind: fc.constantFrom('plays-with', 'leger med', 'support'),
            valence: fc.constantFrom('positive', 'negative', 'mixed'),
            strength: fc.integer({ min: 1, max: 3 }),
            direction: fc.constantFrom('one-way', 'mutual'),
          }),
          { maxLength: 5 },
        ),
        closeness: fc.array(fc.record({ staffId: fc.constantFrom(...people.map((p) => p.id)), childId: fc.constantFrom(...people.map((p) => p.id)), rating: fc.integer({ min: 1, max: 3 }) }), { maxLength: 2 }),
      }),
      0,
      3,
    ),
  }),
);

/** Any valid document. */
export const anyDocument = fc.oneof(reflectionDeck, reflectionNotes, perspectiveSession, changeModel, relationMap) as fc.Arbitrary<SammenDocument>;
