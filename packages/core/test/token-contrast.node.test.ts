// Non-text contrast (WCAG 1.4.11): the token that draws field borders and the triangle's lines
// keeps at least 3:1 against every background a widget sits on, in the light and dark schemes,
// whatever text colour the host page uses (surfaces are mixed from it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokens } from '../src/styles/tokens.js';
import { contrast, mix, over, parseColor, type Rgba } from './support/contrast.js';

const css = tokens.cssText;
const darkBlock = css.slice(css.indexOf('prefers-color-scheme: dark'), css.indexOf('forced-colors: active'));
const lightBlock = css.slice(0, css.indexOf('@media'));

/** The default (fallback) value of `--s-<name>` in a block of the tokens. */
function defaultOf(block: string, name: string): string {
  const match = new RegExp(`--s-${name}:\\s*var\\(--sammen-[\\w-]+,\\s*(.+?)\\);\\n`).exec(block);
  assert.ok(match, `--s-${name} has a default in the block`);
  return match[1]!.trim();
}

/** A token's default as a colour, with `currentColor` standing for the text colour. */
function colorOf(value: string, text: Rgba): Rgba {
  const mixed = /^color-mix\(in srgb,\s*(.+?)\s+(\d+)%,\s*(.+)\)$/.exec(value);
  if (mixed) {
    const first = mixed[1] === 'currentColor' ? text : parseColor(mixed[1]!);
    return mix(first, Number(mixed[2]), parseColor(mixed[3]!));
  }
  return value === 'currentColor' ? text : parseColor(value);
}

// Text colours a host page may use: black, GitHub's #1f2328 (the stories' page), and the palest
// grey that still passes 4.5:1 on white.
const LIGHT_TEXTS = ['#000000', '#1f2328', '#595959'].map(parseColor);
const WHITE = parseColor('#ffffff');

test('field borders and lines (--s-color-outline) reach 3:1 on the light scheme’s backgrounds', () => {
  const outline = colorOf(defaultOf(lightBlock, 'color-outline'), WHITE);
  const raised = colorOf(defaultOf(lightBlock, 'color-surface-raised'), WHITE);
  for (const text of LIGHT_TEXTS) {
    const surface = over(colorOf(defaultOf(lightBlock, 'color-surface'), text), WHITE);
    for (const [name, background] of [['page (white)', WHITE], ['raised surface', raised], ['surface', surface]] as const) {
      const ratio = contrast(over(outline, background), background);
      assert.ok(ratio >= 3, `outline on ${name} with text ${text.join(',')}: ${ratio.toFixed(2)}:1`);
    }
  }
});

test('field borders and lines reach 3:1 on the dark scheme’s backgrounds', () => {
  const text = colorOf(defaultOf(darkBlock, 'color-text'), WHITE);
  const page = colorOf(defaultOf(darkBlock, 'color-background'), WHITE);
  const raised = colorOf(defaultOf(darkBlock, 'color-surface-raised'), WHITE);
  const surface = over(colorOf(defaultOf(lightBlock, 'color-surface'), text), page);
  const outline = colorOf(defaultOf(darkBlock, 'color-outline'), WHITE);
  for (const [name, background] of [['background', page], ['raised surface', raised], ['surface', surface]] as const) {
    const ratio = contrast(over(outline, background), background);
    assert.ok(ratio >= 3, `outline on dark ${name}: ${ratio.toFixed(2)}:1`);
  }
});

test('the old mixed border would not have passed: the test can tell 2.7:1 from 3:1', () => {
  const text = parseColor('#1f2328');
  const border = over(colorOf(defaultOf(lightBlock, 'color-border'), text), WHITE);
  assert.ok(contrast(border, WHITE) < 3, 'the decorative border stays below 3:1, so it must not draw fields or lines');
});
