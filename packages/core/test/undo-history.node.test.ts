// The undo history shared by the graph widgets (issue 15): undo after any sequence of edits
// restores the document, redo after undo restores the state, typing in one field is one step,
// and the history never grows past its limit.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  breakCoalescing,
  canRedo,
  canUndo,
  createUndoHistory,
  pushState,
  redo,
  redoLabel,
  replacePresent,
  undo,
  undoLabel,
  type UndoHistory,
} from '../src/history/undo-history.js';
import { undoCommandOf, type UndoKeys } from '../src/history/undo-shortcuts.js';

type Doc = { readonly n: number };
const doc = fc.integer({ min: 0, max: 50 }).map((n): Doc => ({ n }));

type Op = { kind: 'push'; doc: Doc; coalesce?: string } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'break' };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('push' as const), doc, coalesce: fc.option(fc.constantFrom('title:a1', 'title:a2'), { nil: undefined }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'break' as const }) },
);

function apply(history: UndoHistory<Doc>, step: Op): UndoHistory<Doc> {
  switch (step.kind) {
    case 'push':
      return pushState(history, step.doc, step.coalesce === undefined ? {} : { coalesce: step.coalesce });
    case 'undo':
      return undo(history);
    case 'redo':
      return redo(history);
    case 'break':
      return breakCoalescing(history);
  }
}

describe('undo history', () => {
  it('undo after any sequence of edits restores the document, step by step, back to the first', () => {
    fc.assert(
      fc.property(doc, fc.array(doc, { maxLength: 30 }), (initial, edits) => {
        let history = createUndoHistory(initial);
        const seen = [initial];
        for (const edit of edits) {
          history = pushState(history, edit);
          seen.push(edit);
        }
        for (let index = seen.length - 1; index > 0; index -= 1) {
          assert.equal(history.present, seen[index]);
          assert.ok(canUndo(history));
          history = undo(history);
        }
        assert.equal(history.present, initial);
        assert.equal(canUndo(history), false);
        assert.equal(undo(history), history, 'undo with nothing to undo changes nothing');
      }),
    );
  });

  it('redo after undo restores the state, whatever edits, undos and redos came before', () => {
    fc.assert(
      fc.property(doc, fc.array(op, { maxLength: 40 }), (initial, ops) => {
        const history = ops.reduce(apply, createUndoHistory(initial, { limit: 8 }));
        if (!canUndo(history)) return;
        const back = redo(undo(history));
        assert.equal(back.present, history.present);
        assert.equal(back.past.length, history.past.length);
        assert.deepEqual(back.past.map((step) => step.state), history.past.map((step) => step.state));
        assert.deepEqual(back.future.map((step) => step.state), history.future.map((step) => step.state));
      }),
    );
  });

  it('behaves as a list with a cursor, for any operations with coalescing and a limit', () => {
    fc.assert(
      fc.property(doc, fc.array(op, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (initial, ops, limit) => {
        // Reference: the states and the index of the present; a run of one key replaces the present.
        let states: Doc[] = [initial];
        let at = 0;
        let key: string | undefined;
        let history = createUndoHistory(initial, { limit });
        for (const step of ops) {
          history = apply(history, step);
          if (step.kind === 'push') {
            if (step.doc === states[at]) continue;
            if (step.coalesce !== undefined && step.coalesce === key) states = [...states.slice(0, at), step.doc];
            else {
              states = [...states.slice(0, at + 1), step.doc];
              at += 1;
            }
            key = step.coalesce;
            if (at > limit) {
              states = states.slice(at - limit);
              at = limit;
            }
          } else if (step.kind === 'undo' && at > 0) {
            at -= 1;
            key = undefined;
          } else if (step.kind === 'redo' && at < states.length - 1) {
            at += 1;
            key = undefined;
          } else if (step.kind === 'break') key = undefined;
          assert.equal(history.present, states[at]);
          assert.deepEqual([...history.past.map((s) => s.state), history.present, ...history.future.map((s) => s.state)], states);
          assert.ok(history.past.length <= limit);
        }
      }),
    );
  });

  it('typing in one field is one undo step; another field, a break or an undo starts a new one', () => {
    let history = createUndoHistory<Doc>({ n: 0 });
    for (let n = 1; n <= 5; n += 1) history = pushState(history, { n }, { coalesce: 'title:a1', label: 'Titel ændret' });
    assert.equal(history.past.length, 1);
    assert.equal(undoLabel(history), 'Titel ændret');
    history = pushState(history, { n: 6 }, { coalesce: 'title:a2' });
    assert.equal(history.past.length, 2);
    history = breakCoalescing(pushState(history, { n: 7 }, { coalesce: 'title:a2' }));
    history = pushState(history, { n: 8 }, { coalesce: 'title:a2' });
    assert.equal(history.past.length, 3);
    assert.deepEqual(undo(undo(undo(history))).present, { n: 0 });
  });

  it('a new edit after undo drops the redo steps; labels name what undo and redo would do', () => {
    let history = pushState(createUndoHistory<Doc>({ n: 0 }), { n: 1 }, { label: 'Element tilføjet' });
    history = pushState(history, { n: 2 }, { label: 'Forbindelse tilføjet' });
    history = undo(history);
    assert.equal(redoLabel(history), 'Forbindelse tilføjet');
    assert.equal(undoLabel(history), 'Element tilføjet');
    assert.ok(canRedo(history));
    history = pushState(history, { n: 3 });
    assert.equal(canRedo(history), false);
    assert.equal(undoLabel(undo(history)), 'Element tilføjet');
  });

  it('replacing the present (a saved revision) adds no step', () => {
    const history = pushState(createUndoHistory<Doc>({ n: 0 }), { n: 1 });
    const saved = replacePresent(history, { n: 1 });
    assert.equal(saved.past.length, 1);
    assert.deepEqual(undo(saved).present, { n: 0 });
  });
});

describe('undo shortcuts', () => {
  const keys = (key: string, mods: Partial<UndoKeys> = {}): UndoKeys => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('maps Ctrl/⌘+Z to undo and Ctrl/⌘+Shift+Z and Ctrl+Y to redo, nothing else', () => {
    assert.equal(undoCommandOf(keys('z', { ctrlKey: true })), 'undo');
    assert.equal(undoCommandOf(keys('z', { metaKey: true })), 'undo');
    assert.equal(undoCommandOf(keys('Z', { ctrlKey: true, shiftKey: true })), 'redo');
    assert.equal(undoCommandOf(keys('Z', { metaKey: true, shiftKey: true })), 'redo');
    assert.equal(undoCommandOf(keys('y', { ctrlKey: true })), 'redo');
    assert.equal(undoCommandOf(keys('y', { metaKey: true })), undefined, '⌘Y is not redo on macOS');
    assert.equal(undoCommandOf(keys('z')), undefined);
    assert.equal(undoCommandOf(keys('z', { ctrlKey: true, altKey: true })), undefined, 'AltGr types characters');
    assert.equal(undoCommandOf(keys('x', { ctrlKey: true })), undefined);
    assert.equal(undoCommandOf(keys('я', { ctrlKey: true, code: 'KeyZ' })), 'undo', 'the physical key on another layout');
  });
});
