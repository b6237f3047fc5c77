// The largest documents the limits allow, one builder per kind, for the parse benchmark (issue
// 13.12). Each builder takes a size `n`; `largest` finds the largest `n` the parser still accepts,
// so the document sits right at whichever bound comes first (a list's maximum, or the whole
// document's bound on values and characters). Two shapes per kind: many small values, and as much
// text as allowed — in emoji, so every length check has to count code points.
import { LIMITS, SCHEMA_IDS, parseDocument, type DocumentKind } from '@sammen/sdk';

const base = (kind: DocumentKind, id = 'worst-case') => ({ schema: SCHEMA_IDS[kind], id, revision: 1, updatedAt: '2026-11-22T10:00:00.000Z' });
const id = (prefix: string, index: number) => `${prefix}-${index}`;
/** `count` characters of text, made of emoji (two UTF-16 units each). */
const emoji = (count: number) => {
  let text = EMOJI.get(count);
  if (text === undefined) EMOJI.set(count, (text = '😀'.repeat(Math.max(0, count))));
  return text;
};
const EMOJI = new Map<number, string>();
const range = (count: number) => Array.from({ length: count }, (_, index) => index);
const localized = (text: string) => ({ da: text, nb: text, en: text });

type Builder = (n: number) => unknown;

/** Builders of each kind: `values` grows the number of small values, `text` the amount of text. */
export const BUILDERS: Record<DocumentKind, { values: Builder; text: Builder }> = {
  'reflection-deck': {
    values: (n) => ({
      ...base('reflection-deck'),
      title: 'Worst case',
      themes: range(Math.ceil(n / 200)).map((theme) => ({
        id: id('t', theme),
        number: theme + 1,
        title: localized('Tema'),
        cards: range(Math.min(200, n - theme * 200)).map((card) => ({
          id: id('c', card),
          title: localized('Kort'),
          statement: { text: localized('Udsagn'), saidBy: 'both' },
          questions: [{ id: 'q1', text: localized('Spørgsmål'), items: [localized('a'), localized('b')] }],
          audience: 'both',
          settings: ['daycare', 'school'],
        })),
      })),
    }),
    text: (n) => ({
      ...base('reflection-deck'),
      title: 'Worst case',
      themes: [{ id: 't', number: 1, title: 'Tema', cards: range(n).map((card) => ({ id: id('c', card), title: 'Kort', statement: { text: emoji(LIMITS.text), saidBy: 'both' }, questions: [{ id: 'q', text: 'Spørgsmål' }], audience: 'both', settings: [] })) }],
    }),
  },
  'reflection-notes': {
    values: (n) => ({ ...base('reflection-notes'), deckId: 'deck', cards: Object.fromEntries(range(n).map((card) => [id('c', card), { discussed: true, notes: { q1: 'a', q2: 'b' } }])) }),
    text: (n) => ({ ...base('reflection-notes'), deckId: 'deck', cards: Object.fromEntries(range(n).map((card) => [id('c', card), { discussed: true, notes: { q1: emoji(LIMITS.note) } }])) }),
  },
  'perspective-session': {
    values: (n) => ({
      ...base('perspective-session'),
      title: 'Worst case',
      description: '',
      perspectives: Object.fromEntries(['child', 'parents', 'professionals'].map((side) => [side, { label: localized('Side'), prompts: range(20).map((prompt) => ({ id: id('p', prompt), text: localized('Spørgsmål') })), answers: Object.fromEntries(range(20).map((prompt) => [id('p', prompt), 'svar'])) }])),
      sharedUnderstanding: '',
      nextSteps: range(n).map((step) => ({ id: id('s', step), text: 'Skridt', who: 'Pædagog', due: '2026-12-01', done: false })),
    }),
    text: (n) => ({
      ...base('perspective-session'),
      title: emoji(LIMITS.label),
      description: emoji(LIMITS.text),
      perspectives: Object.fromEntries(['child', 'parents', 'professionals'].map((side) => [side, { answers: Object.fromEntries(range(n).map((prompt) => [id('p', prompt), emoji(LIMITS.note)])) }])),
      sharedUnderstanding: emoji(LIMITS.note),
      nextSteps: [],
    }),
  },
  'change-model': {
    values: (n) => {
      const columns = range(12).map((column) => ({
        id: id('col', column),
        kind: 'activities',
        items: range(Math.ceil(n / 12)).map((item) => ({ id: id(`i${column}`, item), title: localized('Punkt'), bullets: [localized('a'), localized('b')], indicators: [{ id: id(`ind${column}`, item), name: 'Mål', status: 'on-track' }] })),
      }));
      const items = columns.flatMap((column) => column.items.map((item) => item.id));
      return { ...base('change-model'), title: 'Worst case', columns, links: range(n).map((link) => ({ id: id('l', link), from: items[link % items.length] ?? 'x', to: items[(link * 7 + 1) % items.length] ?? 'x' })) };
    },
    text: (n) => ({ ...base('change-model'), title: 'Worst case', columns: [{ id: 'col', kind: 'activities', items: range(n).map((item) => ({ id: id('i', item), title: 'Punkt', description: emoji(LIMITS.text) })) }], links: [] }),
  },
  'relation-map': {
    values: (n) => {
      const people = range(500).map((person) => ({ id: id('p', person), label: 'Navn', kind: 'child' }));
      const perRound = Math.min(2_000, Math.ceil(n / 50));
      return {
        ...base('relation-map'),
        mode: 'group',
        people,
        rounds: range(50).map((round) => ({
          id: id('r', round),
          date: '2026-11-22',
          ties: range(perRound).map((tie) => ({ id: id('t', tie), from: id('p', tie % 500), to: id('p', (tie * 7 + 1) % 500), kind: 'plays-with', strength: 2, direction: 'mutual' })),
        })),
      };
    },
    text: (n) => ({ ...base('relation-map'), mode: 'network', people: range(n).map((person) => ({ id: id('p', person), label: emoji(LIMITS.label), kind: 'staff' })), rounds: [] }),
  },
};

/** The largest `n` (up to `max`) for which `build(n)` is a document the parser accepts. */
export function largest(build: Builder, max = 100_000): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (parseDocument(build(middle)).ok) low = middle;
    else high = middle - 1;
  }
  return low;
}
