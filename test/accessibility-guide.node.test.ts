// docs/accessibility.md must not drift from the widgets: each keyboard table is compared with the
// widget's own keyboard help (relation map, change model) or with its key handling (the deck's
// focus mode and the triangle, through core's roving rule and the handlers' own keys), and every
// test file the statement cites exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { rovingTarget } from '../packages/core/src/focus/roving-navigation.js';
import { keyboardHelpEntries } from '../packages/relation-map/src/keyboard-help.js';
import { POSITIONS } from '../packages/perspective-triangle/src/triangle-geometry.js';
import { PART_IDS, type PartId } from '../packages/perspective-triangle/src/session-progress.js';
import { guide, section, tableRows } from './support/guide-blocks.js';

const GUIDE = guide('accessibility.md');
/** A table's cells without Markdown (`<kbd>`), as a person reads them. */
const plain = (cell: string) => cell.replace(/<\/?kbd>/g, '').trim();
/** The rows of the `table`-th table (0 = first) under `heading`, in plain text. */
function rowsOf(heading: string, table = 0): string[][] {
  const tables: string[] = [];
  let previous = false;
  for (const line of section(GUIDE, heading).split('\n')) {
    const inTable = line.startsWith('|');
    if (inTable && !previous) tables.push('');
    if (inTable) tables[tables.length - 1] += `${line}\n`;
    previous = inTable;
  }
  return tableRows(tables[table]!).map((row) => row.map(plain));
}

/** Key names as a table writes them (`← / →`, `Home / End`, `Esc`) → KeyboardEvent.key values. */
function keysOf(cell: string): string[] {
  const names: Record<string, string> = { '←': 'ArrowLeft', '→': 'ArrowRight', '↑': 'ArrowUp', '↓': 'ArrowDown', Esc: 'Escape', Space: ' ', R: 'r' };
  return cell.split('/').map((key) => key.trim()).map((key) => names[key] ?? key);
}

test('every test the statement names exists', () => {
  const cited = [...new Set([...GUIDE.matchAll(/`((?:packages\/[\w-]+\/)?test\/[\w./-]+\.ts)`/g)].map((match) => match[1]!))];
  assert.ok(cited.length >= 15, `${cited.length} tests cited`);
  assert.deepEqual(cited.filter((file) => !existsSync(file)), []);
});

test('relation map: the table is the drawing’s own keyboard help, for each kind of map', () => {
  const rows = rowsOf('Relation map — keyboard');
  for (const mode of ['group', 'network'] as const) {
    const documented = rows.filter(([map]) => map === mode || map === 'both').map(([, keys, does]) => `${keys} | ${does}`);
    const help = keyboardHelpEntries(mode).map(([keys, does]) => `${keys} | ${does}`);
    assert.deepEqual(documented.sort(), help.sort(), mode);
  }
});

/** The `msg('…')` texts of `file` between `from` and `to` (the change model's help, written as messages). */
function messages(file: string, from: string, to: string): string[] {
  const source = readFileSync(file, 'utf8');
  const start = source.indexOf(from);
  assert.ok(start >= 0, `${from} in ${file}`);
  return [...source.slice(start, source.indexOf(to, start)).matchAll(/msg\('([^']+)'\)/g)].map((match) => match[1]!);
}

test('change model: the board’s table is its "Keyboard" disclosure, and the edit table its hint', () => {
  const board = rowsOf('Change model — keyboard', 0).map(([keys, does]) => `${keys}: ${does}`);
  const disclosure = messages('packages/change-model/src/toolbar.ts', 'export function renderKeyHelp', '</details>').filter((text) => text !== 'Keyboard');
  assert.equal(disclosure.length, 6);
  assert.deepEqual(board, disclosure);
  const edit = rowsOf('Change model — keyboard', 1).map(([keys, does]) => `${keys}: ${does}`).join(' ');
  const [hint] = messages('packages/change-model/src/edit/edit-columns.ts', 'id="edit-keys-hint"', '</p>');
  assert.equal(edit, hint);
});

test('reflection deck: focus mode answers exactly the keys the table lists', () => {
  const documented = rowsOf('Reflection deck — keyboard').flatMap(([keys]) => keysOf(keys!));
  assert.deepEqual(documented.sort(), ['ArrowLeft', 'ArrowRight', 'End', 'Escape', 'Home', 'r'].sort());
  const source = readFileSync('packages/reflection-cards/src/focus-mode-keys.ts', 'utf8');
  // The cards are a horizontal list in core's roving rule: ←/→ (mirrored right to left), Home, End; ↑/↓ do nothing.
  assert.match(source, /layout: \(\) => \(\{ kind: 'list', orientation: 'horizontal' \}\)/);
  const layout = { kind: 'list', orientation: 'horizontal' } as const;
  const cards = ['a', 'b', 'c'];
  assert.equal(rovingTarget(cards, 'b', 'ArrowLeft', layout), 'a');
  assert.equal(rovingTarget(cards, 'b', 'ArrowRight', layout), 'c');
  assert.equal(rovingTarget(cards, 'b', 'ArrowRight', layout, { rtl: true }), 'a', 'swapped right to left');
  assert.equal(rovingTarget(cards, 'b', 'Home', layout), 'a');
  assert.equal(rovingTarget(cards, 'b', 'End', layout), 'c');
  assert.equal(rovingTarget(cards, 'b', 'ArrowDown', layout), undefined);
  // R draws, Escape leaves: the handler's own keys.
  assert.match(source, /event\.key === 'r' \|\| event\.key === 'R'/);
  assert.match(source, /event\.key === 'Escape'/);
});

test('perspective triangle: the keys and the arrow table are what the triangle does', () => {
  const keys = rowsOf('Perspective triangle — keyboard', 0).flatMap(([cell]) => keysOf(cell!));
  assert.deepEqual(keys.sort(), ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown', 'Home', 'End', 'Enter', ' ', 'Escape'].sort());
  const layout = { kind: 'spatial', positions: POSITIONS } as const;
  assert.equal(rovingTarget(PART_IDS, 'parents', 'Home', layout), 'child');
  assert.equal(rovingTarget(PART_IDS, 'parents', 'End', layout), 'centre');
  const arrows = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
  const table = rowsOf('Perspective triangle — keyboard', 1);
  assert.equal(table.length, 4);
  for (const [from, ...to] of table) {
    arrows.forEach((key, index) => assert.equal(rovingTarget(PART_IDS, from as PartId, key, layout), to[index], `${key} from ${from}`));
  }
  const source = readFileSync('packages/perspective-triangle/src/perspective-triangle.ts', 'utf8');
  assert.match(source, /event\.key === 'Enter' \|\| event\.key === ' '/);
  assert.match(source, /onEscape: \(\) => this\.closePanel\(\)/);
});
