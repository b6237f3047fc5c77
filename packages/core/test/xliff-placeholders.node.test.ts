// A translation's placeholders go back into XLIFF as the source's elements (localize.mjs), and no
// generated locale module shows XLIFF markup as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs build script, no declarations
import { withPlaceholders } from '../scripts/xliff-placeholders.mjs';

const x = (id: number, expression: string) => ({ element: `<x id="${id}" equiv-text="${expression}"/>`, expression });

test('an expression used twice becomes its two elements, not markup nested in markup', () => {
  const out = withPlaceholders('${name} valgte andre, som ikke valgte ${name} igen.', [x(0, '${name}'), x(1, '${name}')]);
  assert.equal(out, '<x id="0" equiv-text="${name}"/> valgte andre, som ikke valgte <x id="1" equiv-text="${name}"/> igen.');
});

test('reordered and overlapping expressions each find their own element', () => {
  const out = withPlaceholders('${b} før ${a}, og ${a.length}', [x(0, '${a}'), x(1, '${b}'), x(2, '${a.length}')]);
  assert.equal(out, '<x id="1" equiv-text="${b}"/> før <x id="0" equiv-text="${a}"/>, og <x id="2" equiv-text="${a.length}"/>');
});

test('no generated locale module holds XLIFF markup as text', () => {
  const files = readdirSync('packages', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /[\\/]src[\\/]generated[\\/].*locales[\\/][a-z]+\.ts$/.test(join(entry.parentPath, entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
  assert.ok(files.length >= 12, `${files.length} locale modules`);
  const broken = files.filter((file) => /&lt;x id=|<x id=/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(broken, []);
});
