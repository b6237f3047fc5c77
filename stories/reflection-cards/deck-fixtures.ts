// Decks for stories, tests and the benchmark: the stories are the fixtures (style.md), so every
// odd case a designer can look at is also one a test checks.
import type { ReflectionCard, ReflectionDeck } from '@sammen/sdk';

const base = { schema: 'sammen.reflection-deck/v1' as const, revision: 1, updatedAt: '2026-11-22T10:00:00.000Z' };

/** A card with sensible defaults. */
export function card(id: string, title: ReflectionCard['title'], overrides: Partial<ReflectionCard> = {}): ReflectionCard {
  return {
    id,
    title,
    statement: { text: `“${typeof title === 'string' ? title : (title.da ?? '')}”`, saidBy: 'parents' },
    questions: [{ id: 'q1', text: 'Hvad tænker I om det?' }],
    audience: 'both',
    settings: ['daycare'],
    ...overrides,
  };
}

/** A deck with no cards at all (the empty state). */
export const emptyDeck: ReflectionDeck = { ...base, id: 'empty', title: 'Tomt kortsæt', themes: [{ id: 't1', number: 1, title: 'Tema', cards: [] }] };

const LONG_WORD = 'Forældresamarbejdsudviklingsprojektsevalueringsrapport'.repeat(8);

/** Long Danish text: a 400-character word, æøå, long statements and many sub-items. */
export const longTextDeck: ReflectionDeck = {
  ...base,
  id: 'long-text',
  title: 'Lange tekster: Æbler, øer og ål – et kortsæt med meget lange overskrifter for at prøve layoutet af',
  intro: `Et ord på ${LONG_WORD.length} tegn: ${LONG_WORD}`,
  themes: [
    {
      id: 'long',
      number: 1,
      title: 'Forældrenes indflydelse på hverdagen i børnehaven, skolen og fritidsordningen – også når det er svært',
      intro: 'Æ, ø og å skal stå rigtigt, og intet må flyde ud over kanten, heller ikke på en smal skærm.',
      cards: [
        card('long-word', LONG_WORD, {
          statement: { text: `“${LONG_WORD}”`, saidBy: 'both' },
          questions: [{ id: 'q1', text: `Hvordan læser I ${LONG_WORD}?`, items: ['når barnet er i vanskeligheder', 'ved overgangen fra hjem til dagtilbud', 'ved overgangen fra dagtilbud til skole'] }],
        }),
        card('long-sentences', 'Når forældre og personale ikke er enige om, hvad barnet har brug for', {
          statement: {
            text: '“Vi oplever, at vores søn bliver mødt med forventninger, som han ikke kan leve op til, og vi ved ikke, hvordan vi skal tage det op med personalet uden at det bliver en konflikt, for vi vil jo gerne have et godt samarbejde.”',
            saidBy: 'parents',
          },
          questions: [
            { id: 'q1', text: 'Hvordan skaber vi et rum, hvor forældre tør sige, at de er uenige – og hvor vi som personale lytter, før vi forklarer?' },
            { id: 'q2', text: 'Hvad gør vi, når vi selv er bekymrede, men forældrene ikke deler bekymringen?' },
            { id: 'q3', text: 'Hvem tager initiativet, og hvornår?' },
          ],
          audience: 'staff',
          settings: ['daycare', 'school', 'club'],
        }),
      ],
    },
  ],
};

/** Every text field holds markup or script; all of it must be shown as literal text. */
export const HOSTILE = '<img src=x onerror="window.__sammenPwned=1"><script>window.__sammenPwned=1</script>{{7*7}}${alert(1)}';
export const hostileDeck: ReflectionDeck = {
  ...base,
  id: 'hostile',
  title: HOSTILE,
  intro: HOSTILE,
  themes: [
    {
      id: 'h',
      number: 1,
      title: HOSTILE,
      intro: HOSTILE,
      cards: [card('h1', HOSTILE, { statement: { text: HOSTILE, saidBy: 'both' }, questions: [{ id: 'q1', text: HOSTILE, items: [HOSTILE] }] })],
    },
  ],
};

/** A deck in Danish with Arabic beside it, for `second-lang="ar"` (right to left). */
export const bilingualDeck: ReflectionDeck = {
  ...base,
  id: 'bilingual',
  title: { da: 'Forældremøde', ar: 'اجتماع أولياء الأمور', en: 'Parent meeting' },
  languages: ['da', 'ar', 'en'],
  themes: [
    {
      id: 'dialogue',
      number: 1,
      title: { da: 'Dialog', ar: 'الحوار', en: 'Dialogue' },
      cards: [
        card('talk', { da: 'Den daglige snak', ar: 'الحديث اليومي', en: 'The daily chat' }, {
          statement: { text: { da: '“Vi når aldrig at tale sammen om eftermiddagen.”', ar: '«لا نجد وقتاً للحديث في فترة بعد الظهر.»', en: '“We never get to talk in the afternoon.”' }, saidBy: 'parents' },
          questions: [{ id: 'q1', text: { da: 'Hvornår passer det jer at tale sammen?', ar: 'متى يناسبكم أن نتحدث معاً؟', en: 'When does it suit you to talk?' } }],
        }),
        card('language', { da: 'Sprog', ar: 'اللغة', en: 'Language' }, {
          statement: { text: { da: '“Jeg forstår ikke altid beskederne.”', ar: '«لا أفهم الرسائل دائماً.»', en: '“I don’t always understand the messages.”' }, saidBy: 'parents' },
          questions: [{ id: 'q1', text: { da: 'Hvordan sikrer vi, at alle forstår?', ar: 'كيف نتأكد من أن الجميع يفهم؟', en: 'How do we make sure everyone understands?' } }],
        }),
      ],
    },
  ],
};

/** A generated deck of `count` cards in 4 themes, for the benchmark and large-deck checks. */
export function generatedDeck(count: number): ReflectionDeck {
  const themes = Array.from({ length: 4 }, (_, themeIndex) => ({
    id: `theme-${themeIndex + 1}`,
    number: themeIndex + 1,
    title: { da: `Tema ${themeIndex + 1}`, nb: `Tema ${themeIndex + 1}`, en: `Theme ${themeIndex + 1}` },
    intro: { da: 'En kort indledning til temaet.', nb: 'En kort innledning til temaet.', en: 'A short introduction.' },
    cards: [] as ReflectionCard[],
  }));
  for (let index = 0; index < count; index += 1) {
    themes[index % 4]!.cards.push(
      card(`card-${index + 1}`, { da: `Kort ${index + 1}: forældre og fællesskab`, nb: `Kort ${index + 1}: foreldre og fellesskap`, en: `Card ${index + 1}` }, {
        audience: (['staff', 'parents', 'both'] as const)[index % 3]!,
        settings: [(['daycare', 'school', 'club'] as const)[index % 3]!],
        questions: [
          { id: 'q1', text: { da: 'Hvad ser vi?', nb: 'Hva ser vi?', en: 'What do we see?' } },
          { id: 'q2', text: { da: 'Hvad gør vi?', nb: 'Hva gjør vi?', en: 'What do we do?' }, items: [{ da: 'i hverdagen', nb: 'i hverdagen', en: 'every day' }] },
        ],
      }),
    );
  }
  return { ...base, id: `generated-${count}`, title: { da: `${count} kort`, nb: `${count} kort`, en: `${count} cards` }, themes };
}
