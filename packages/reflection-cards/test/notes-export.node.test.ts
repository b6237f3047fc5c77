import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReflectionNotes, parseReflectionDeck, parseReflectionNotes, type ReflectionDeck } from '@sammen/sdk';
import { loadExampleDeck } from '@sammen/content';
import { escapeMarkdown, exportFileName, notesToJson, notesToMarkdown } from '../src/notes-export.js';
import { setDiscussed, setNote } from '../src/session-notes.js';

const labels = { discussed: 'drøftet', notDiscussed: 'ikke drøftet', noNotes: 'ingen noter', progress: (d: number, t: number) => `${d} af ${t} drøftet` };

test('Markdown export: title, progress, each card with state, questions and notes', async () => {
  const parsed = parseReflectionDeck(await loadExampleDeck());
  assert.ok(parsed.ok);
  const deck: ReflectionDeck = parsed.value;
  const first = deck.themes[0]!.cards[0]!;
  let notes = createReflectionNotes({ id: 's', deckId: deck.id });
  notes = setNote(setDiscussed(notes, first.id, true), first.id, first.questions[0]!.id, 'Linje 1\n# ikke en overskrift');
  const markdown = notesToMarkdown(deck, notes, 'da', labels);
  assert.match(markdown, /^# Forældre som partnere\n/);
  assert.match(markdown, /\n1 af 9 drøftet\n/);
  assert.match(markdown, /### Nye familier \(drøftet\)/);
  assert.match(markdown, /\n {2}Linje 1\n {2}\\# ikke en overskrift\n/, 'notes are escaped so they cannot become headings');
  assert.equal(markdown.match(/\(ikke drøftet\)/g)?.length, 8);
  assert.ok(markdown.includes('_ingen noter_'));
});

test('escapeMarkdown neutralises links, emphasis and HTML', () => {
  assert.equal(escapeMarkdown('[x](javascript:alert(1)) <b>*'), '\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>\\*');
});

test('JSON export re-imports as the same notes document', () => {
  const notes = setNote(createReflectionNotes({ id: 's', deckId: 'd' }), 'c', 'q', 'æøå <script>');
  const parsed = parseReflectionNotes(JSON.parse(notesToJson(notes)));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value, notes);
});

test('export file names are safe and dated', () => {
  const deck = { title: { da: 'Forældre & Søskende: Æbler!' } } as unknown as ReflectionDeck;
  assert.equal(exportFileName(deck, 'da', 'md', new Date('2026-11-23T12:00:00Z')), 'foraeldre-soeskende-aebler-2026-11-23.md');
});
