import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createPerspectiveSession, DEFAULT_PROMPT_IDS, type PerspectiveSession } from '@sammen/sdk';
import { addStep, insertStep, moveStep, removeStep, updateStep } from '../src/next-steps.js';
import { centreState, guidedStep, perspectiveState, sessionProgress } from '../src/session-progress.js';
import { spatialMove } from '@sammen/core';
import { POSITIONS, wrapLabel } from '../src/triangle-geometry.js';
import { sessionToText } from '../src/session-summary.js';
import { withAnswer } from '../src/session-edits.js';

test('next steps: add, update, remove, move (clamped); edits are immutable', () => {
  let steps = addStep(addStep(addStep([], { id: 'a', text: 'Ring' }), { id: 'b' }), { id: 'c' });
  const before = steps;
  steps = updateStep(steps, 'b', { who: 'Leder', done: true });
  assert.deepEqual(before[1], { id: 'b', text: '', who: '', due: '', done: false });
  assert.deepEqual(steps[1], { id: 'b', text: '', who: 'Leder', due: '', done: true });
  assert.deepEqual(moveStep(steps, 'c', -1).map((s) => s.id), ['a', 'c', 'b']);
  assert.deepEqual(moveStep(steps, 'a', -1).map((s) => s.id), ['a', 'b', 'c']);
  assert.deepEqual(moveStep(steps, 'a', 5).map((s) => s.id), ['b', 'c', 'a']);
  assert.deepEqual(removeStep(steps, 'b').map((s) => s.id), ['a', 'c']);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: -3, max: 3 }), (index, delta) => {
      const moved = moveStep(steps, steps[index]!.id, delta);
      assert.deepEqual([...moved].map((s) => s.id).sort(), ['a', 'b', 'c'], 'a move never loses or adds a step');
    }),
  );
});

const answered = (session: PerspectiveSession, perspective: 'child' | 'parents', ids: readonly string[]): PerspectiveSession => ({
  ...session,
  perspectives: { ...session.perspectives, [perspective]: { answers: Object.fromEntries(ids.map((id) => [id, 'svar'])) } },
});

test('progress: empty → started → done per corner; centre needs understanding and a step', () => {
  let session = createPerspectiveSession({ id: 's' });
  assert.equal(perspectiveState(session, 'child', DEFAULT_PROMPT_IDS), 'empty');
  session = answered(session, 'child', ['experiences']);
  assert.equal(perspectiveState(session, 'child', DEFAULT_PROMPT_IDS), 'started');
  session = answered(session, 'child', DEFAULT_PROMPT_IDS);
  assert.equal(perspectiveState(session, 'child', DEFAULT_PROMPT_IDS), 'done');
  assert.equal(perspectiveState({ ...session, perspectives: { ...session.perspectives, child: { answers: { experiences: '   ' } } } }, 'child', DEFAULT_PROMPT_IDS), 'empty', 'blanks are not answers');
  assert.equal(centreState(session), 'empty');
  assert.equal(centreState({ ...session, sharedUnderstanding: 'Vi ser…' }), 'started');
  assert.equal(centreState({ ...session, sharedUnderstanding: 'Vi ser…', nextSteps: addStep([], { text: 'Ring' }) }), 'done');
  assert.deepEqual(sessionProgress(session, DEFAULT_PROMPT_IDS), { done: 1, total: 4 });
  const own = { ...session, perspectives: { ...session.perspectives, parents: { prompts: [{ id: 'x', text: 'X?' }], answers: { x: 'svar' } } } };
  assert.equal(perspectiveState(own, 'parents', DEFAULT_PROMPT_IDS), 'done', "a document's own prompts decide");
});

test('guided order is child, parents, professionals, centre', () => {
  assert.equal(guidedStep('child', 1), 'parents');
  assert.equal(guidedStep('professionals', 1), 'centre');
  assert.equal(guidedStep('centre', 1), undefined);
  assert.equal(guidedStep('child', -1), undefined);
});

test('arrow keys in the triangle: every arrow from every part goes to another part, and every part is reached', () => {
  const ids = Object.keys(POSITIONS) as (keyof typeof POSITIONS)[];
  const reached = new Set<string>();
  for (const from of ids) {
    for (const direction of ['up', 'down', 'left', 'right'] as const) {
      const to = spatialMove(POSITIONS, from, direction);
      assert.ok(to && to !== from, `${direction} from ${from} goes somewhere`);
      reached.add(to);
    }
  }
  assert.equal(reached.size, ids.length);
});

test('labels wrap to two lines, are cut when too long, and always show a prefix of the label', () => {
  assert.deepEqual(wrapLabel('De professionelle', 16, 2), { lines: ['De', 'professionelle'], truncated: false });
  assert.deepEqual(wrapLabel('Barnet', 16, 2), { lines: ['Barnet'], truncated: false });
  assert.deepEqual(wrapLabel('Pædagogerne i vuggestuen og børnehaven', 16, 2), { lines: ['Pædagogerne i', 'vuggestuen og'], truncated: true });
  assert.deepEqual(wrapLabel('Forældresamarbejdet er godt', 16, 2), { lines: ['Forældresamarbej'], truncated: true });
  fc.assert(
    fc.property(fc.string({ maxLength: 120 }), (text) => {
      const { lines, truncated } = wrapLabel(text, 16, 2);
      assert.ok(lines.length <= 2);
      for (const line of lines) assert.ok(line.length <= 16 && line.length > 0, line);
      const words = text.trim().split(/\s+/).filter(Boolean).join(' ');
      assert.ok(words.startsWith(lines.join(' ')), 'a prefix of the label');
      if (!truncated) assert.equal(lines.join(' '), words);
    }),
  );
});

test('copy as text lists situation, perspectives, shared understanding and steps', () => {
  const session: PerspectiveSession = {
    ...answered(createPerspectiveSession({ id: 's', title: 'A. er stille' }), 'child', ['needs']),
    sharedUnderstanding: 'Hun har brug for ro.',
    nextSteps: [{ id: '1', text: 'Ring til far', who: 'Mette', due: '2026-12-01', done: true }],
  };
  const text = sessionToText(session, {
    heading: 'Uden titel',
    label: (p) => ({ child: 'Barnet', parents: 'Forældrene', professionals: 'Os' })[p],
    prompts: () => [{ id: 'needs', text: 'Hvad har barnet brug for?' }],
    sharedUnderstanding: 'Fælles forståelse',
    nextSteps: 'Næste skridt',
    who: 'Hvem',
    due: 'Hvornår',
    done: 'gjort',
    empty: '(intet)',
  });
  assert.match(text, /^A\. er stille\n/);
  assert.match(text, /BARNET\n- Hvad har barnet brug for\?\n {3}svar\n/);
  assert.match(text, /FORÆLDRENE\n {3}\(intet\)/);
  assert.match(text, /1\. \[x\] Ring til far \(Hvem: Mette, Hvornår: 2026-12-01, gjort\)/);
});

test('undoing a removal puts the step back where it was', () => {
  const steps = fc.array(fc.string(), { minLength: 1, maxLength: 8 }).map((texts) => texts.reduce((list, text) => addStep(list, { text }), addStep([], {}).slice(1)));
  fc.assert(
    fc.property(steps, fc.nat(), (list, pick) => {
      const index = pick % list.length;
      const removed = list[index]!;
      assert.deepEqual(insertStep(removeStep(list, removed.id), removed, index), list);
    }),
  );
  assert.deepEqual(insertStep([], addStep([], { id: 'x' })[0]!, 5).map((step) => step.id), ['x'], 'an index past the end appends');
});

test('an answer edit changes only that answer, in a new document', () => {
  const session = createPerspectiveSession({ id: 'edit' });
  const [first, second] = DEFAULT_PROMPT_IDS;
  const edited = withAnswer(session, 'child', first, 'Hun græder');
  assert.equal(edited.perspectives.child.answers[first], 'Hun græder');
  assert.equal(edited.perspectives.child.answers[second], session.perspectives.child.answers[second]);
  assert.deepEqual(edited.perspectives.parents, session.perspectives.parents);
  assert.notEqual(session.perspectives.child.answers[first], 'Hun græder', 'the old document is untouched');
});

test('the element stays thin: perspective-triangle.ts is under 300 lines (issue 14)', async () => {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(new URL('../src/perspective-triangle.ts', import.meta.url), 'utf8');
  assert.ok(source.trimEnd().split('\n').length < 300, `${source.trimEnd().split('\n').length} lines`);
});
