import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  parseDocument,
  parseJson,
  parseReflectionDeck,
  parseReflectionNotes,
  parsePerspectiveSession,
  parseChangeModel,
  parseRelationMap,
  resolveText,
  resolveTextLanguage,
  textDirection,
  type Issue,
} from '../src/index.js';
import { anyDocument, changeModel, perspectiveSession, reflectionDeck, reflectionNotes, relationMap } from './support/arbitraries.js';

const validDeck = () => ({
  schema: 'sammen.reflection-deck/v1',
  id: 'deck-1',
  revision: 1,
  updatedAt: '2026-11-22T10:00:00.000Z',
  title: { da: 'Forældre som partnere', nb: 'Foreldre som partnere' },
  themes: [
    {
      id: 't1',
      number: 1,
      title: 'Fællesskaber',
      cards: [
        {
          id: 'c1',
          title: 'Velkommen',
          statement: { text: '“Vi kender ikke de andre forældre.”', saidBy: 'parents' },
          questions: [{ id: 'q1', text: 'Hvordan byder vi nye forældre velkommen?' }],
          audience: 'both',
          settings: ['daycare'],
        },
      ],
    },
  ],
});

const paths = (issues: Issue[]) => issues.map((issue) => issue.path);

describe('parsers: the bad input table', () => {
  const cases: { name: string; input: unknown; path: string; message: RegExp }[] = [
    { name: 'not an object', input: 'hello', path: '', message: /expected a reflection-deck document/ },
    { name: 'null', input: null, path: '', message: /got null/ },
    { name: 'an array', input: [], path: '', message: /got an array/ },
    { name: 'missing schema', input: { ...validDeck(), schema: undefined }, path: 'schema', message: /missing/ },
    { name: 'unknown schema', input: { ...validDeck(), schema: 'acme.deck/v1' }, path: 'schema', message: /another kind/ },
    { name: 'newer version', input: { ...validDeck(), schema: 'sammen.reflection-deck/v9' }, path: 'schema', message: /newer than this version/ },
    { name: 'wrong type', input: { ...validDeck(), revision: '1' }, path: 'revision', message: /expected number, got a string/ },
    { name: 'missing field', input: { ...validDeck(), themes: undefined }, path: 'themes', message: /missing/ },
    {
      name: 'card with no questions',
      input: (() => {
        const deck = validDeck();
        deck.themes[0]!.cards[0]!.questions = [];
        return deck;
      })(),
      path: 'themes[0].cards[0].questions',
      message: /at least 1/,
    },
    { name: '5 MB string', input: { ...validDeck(), title: 'x'.repeat(5 * 1024 * 1024) }, path: 'title', message: /at most 20000 characters/ },
    { name: 'bad timestamp', input: { ...validDeck(), updatedAt: 'yesterday' }, path: 'updatedAt', message: /ISO date and time/ },
  ];
  for (const { name, input, path, message } of cases) {
    it(`${name} → a located issue at "${path}"`, () => {
      const result = parseReflectionDeck(input);
      assert.equal(result.ok, false);
      if (result.ok) return;
      const issue = result.issues.find((candidate) => candidate.path === path);
      assert.ok(issue, `expected an issue at "${path}", got ${JSON.stringify(paths(result.issues))}`);
      assert.match(issue.message, message);
    });
  }

  it('deep nesting (10 000 levels) is a located issue, not a stack overflow', () => {
    let nested: unknown = 'x';
    for (let depth = 0; depth < 10_000; depth += 1) nested = [nested];
    const deck = { ...validDeck(), themes: nested };
    const result = parseReflectionDeck(deck);
    assert.equal(result.ok, false);
    const text = JSON.stringify(validDeck()).replace('"themes":[', `"themes":${'['.repeat(10_000)}`);
    const fromJson = parseJson(text, parseReflectionDeck);
    assert.equal(fromJson.ok, false);
  });

  it('malformed JSON text names line and column', () => {
    const cases: [string, string][] = [
      ['{"a": 1,}', 'line 1, column 9'],
      ['[1, 2\n', 'line 2, column 1'],
      ['{"a" 1}', 'line 1, column 6'],
      ['"abc', 'line 1, column 5'],
      ['{} x', 'line 1, column 4'],
    ];
    for (const [text, where] of cases) {
      const result = parseJson(text, parseDocument);
      assert.ok(!result.ok && result.issues[0]!.message.endsWith(where), `${JSON.stringify(text)} → ${!result.ok && result.issues[0]!.message}`);
    }
    const result = parseJson('{\n  "schema": "sammen.reflection-deck/v1",\n  "id": oops\n}', parseReflectionDeck);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.issues[0]!.message, /malformed JSON at line 3, column \d+/);
    const empty = parseJson('', parseReflectionDeck);
    assert.equal(empty.ok, false);
  });

  it('messages never quote the received value (it may be personal data)', () => {
    const result = parseReflectionDeck({ ...validDeck(), revision: 'Emma, 3 år, CPR 010120-1234' });
    assert.equal(result.ok, false);
    if (!result.ok) assert.doesNotMatch(JSON.stringify(result.issues), /Emma|CPR/);
  });

  it('a valid deck parses', () => {
    assert.deepEqual(parseReflectionDeck(validDeck()), { ok: true, value: validDeck() });
  });

  it('parseDocument dispatches on schema and rejects unknown kinds clearly', () => {
    assert.equal(parseDocument(validDeck()).ok, true);
    const unknown = parseDocument({ schema: 'sammen.recipe/v1' });
    assert.equal(unknown.ok, false);
    if (!unknown.ok) assert.deepEqual(paths(unknown.issues), ['schema']);
  });
});

describe('migrations', () => {
  it('reads reflection notes v0 as v1 (discussed list + notes map → cards)', () => {
    const v0 = {
      schema: 'sammen.reflection-notes/v0',
      id: 'n1',
      revision: 3,
      updatedAt: '2026-01-01T00:00:00.000Z',
      deckId: 'deck-1',
      discussed: ['c1'],
      notes: { c1: { q1: 'Vi talte om morgenen.' }, c2: { q1: 'Næste gang.' } },
    };
    const result = parseReflectionNotes(v0);
    assert.equal(result.ok, true);
    if (result.ok) {
      assert.equal(result.value.schema, 'sammen.reflection-notes/v1');
      assert.deepEqual(result.value.cards, {
        c1: { discussed: true, notes: { q1: 'Vi talte om morgenen.' } },
        c2: { discussed: false, notes: { q1: 'Næste gang.' } },
      });
    }
  });
});

describe('text', () => {
  it('resolves da → nb → en → first', () => {
    assert.equal(resolveText({ nb: 'hei', en: 'hi' }, 'da'), 'hei');
    assert.equal(resolveText({ en: 'hi', sv: 'hej' }, 'nb'), 'hi');
    assert.equal(resolveText({ sv: 'hej' }, 'nb'), 'hej');
    assert.equal(resolveText({ da: 'hej', nb: 'hei' }, 'nb-NO'), 'hei');
    assert.equal(resolveText('plain', 'en'), 'plain');
    assert.equal(resolveText(undefined, 'da'), '');
    assert.equal(resolveTextLanguage({ ar: 'مرحبا', da: 'hej' }, 'ar'), 'ar');
  });
  it('gives a Nynorsk reader Bokmål (not Danish) where a text has no Nynorsk, and the reverse', () => {
    assert.equal(resolveText({ da: 'hej', nb: 'hei', en: 'hi' }, 'nn'), 'hei');
    assert.equal(resolveText({ da: 'hej', nb: 'hei', nn: 'hei (nn)' }, 'nn-NO'), 'hei (nn)');
    assert.equal(resolveTextLanguage({ da: 'ikke', nn: 'ikkje' }, 'nb'), 'nn');
    assert.equal(resolveTextLanguage({ da: 'hej', en: 'hi' }, 'nn'), 'da', 'then the usual order');
  });
  it('knows right-to-left languages', () => {
    assert.equal(textDirection('ar'), 'rtl');
    assert.equal(textDirection('he-IL'), 'rtl');
    assert.equal(textDirection('da'), 'ltr');
    assert.equal(textDirection(undefined), 'ltr');
  });
});

describe('properties', () => {
  const kinds = [
    ['reflection-deck', reflectionDeck, parseReflectionDeck],
    ['reflection-notes', reflectionNotes, parseReflectionNotes],
    ['perspective-session', perspectiveSession, parsePerspectiveSession],
    ['change-model', changeModel, parseChangeModel],
    ['relation-map', relationMap, parseRelationMap],
  ] as const;
  for (const [kind, arbitrary, parse] of kinds) {
    it(`every generated valid ${kind} parses back equal after a JSON round-trip`, () => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (doc) => {
          const json = JSON.parse(JSON.stringify(doc));
          const result = (parse as (value: unknown) => ReturnType<typeof parseDocument>)(json);
          assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
          assert.equal(JSON.stringify(result.value), JSON.stringify(json));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('arbitrary JSON never makes a parser throw', () => {
    const parsers = [parseDocument, parseReflectionDeck, parseReflectionNotes, parsePerspectiveSession, parseChangeModel, parseRelationMap];
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        for (const parse of parsers) {
          const result = parse(value);
          assert.equal(typeof result.ok, 'boolean');
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        assert.equal(typeof parseJson(text, parseDocument).ok, 'boolean');
      }),
    );
  });

  it('mutating a valid document at a random field never makes a parser throw', () => {
    fc.assert(
      fc.property(anyDocument, fc.jsonValue({ maxDepth: 2 }), fc.nat(), (doc, junk, pick) => {
        const keys = Object.keys(doc);
        const broken = { ...doc, [keys[pick % keys.length]!]: junk };
        assert.equal(typeof parseDocument(broken).ok, 'boolean');
      }),
      { numRuns: 300 },
    );
  });
});

it('each check beyond JSON Schema gives its issue code by its message, and no other message has one', async () => {
  const { CHECKS_BEYOND_JSON_SCHEMA, checkCodeOf } = await import('../src/schemas/beyond-json-schema.js');
  assert.ok(CHECKS_BEYOND_JSON_SCHEMA.length >= 8);
  for (const check of CHECKS_BEYOND_JSON_SCHEMA) assert.equal(checkCodeOf(check.message), check.code, check.name);
  for (const other of ['__proto__', 'constructor', 'expected a string', '']) assert.equal(checkCodeOf(other), undefined, other);
});
