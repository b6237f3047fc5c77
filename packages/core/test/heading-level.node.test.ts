// The heading level a widget renders for a host's `heading-level` attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_HEADING_LEVEL, headingLevel } from '../src/ui/heading/heading.js';

test('a widget’s top headings default to level 2', () => {
  assert.equal(DEFAULT_HEADING_LEVEL, 2);
  assert.equal(headingLevel(undefined), 2);
  assert.equal(headingLevel(undefined, 1), 3);
});

test('the host’s level is the top, deeper headings go one level down per step', () => {
  assert.equal(headingLevel(4), 4);
  assert.equal(headingLevel(4, 1), 5);
  assert.equal(headingLevel(1, 2), 3);
});

test('levels stay within 1–6; an empty or invalid attribute means the default', () => {
  assert.equal(headingLevel(6, 2), 6);
  assert.equal(headingLevel(9), 6);
  assert.equal(headingLevel(0), 2, 'heading-level="" reads as 0');
  assert.equal(headingLevel(Number.NaN), 2, 'heading-level="x" reads as NaN');
  assert.equal(headingLevel(-3), 2);
  assert.equal(headingLevel(2.6), 3);
});
