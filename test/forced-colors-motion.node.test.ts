// Every component that draws borders, focus rings or lines says what happens under Windows high
// contrast (`forced-colors: active`) and under `prefers-reduced-motion`: a `@media` block for
// each, so neither is forgotten when a component is written (docs/theming.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const styled = readdirSync('packages')
  .flatMap((name) => {
    try {
      return listFiles(join('packages', name, 'src'));
    } catch {
      return [];
    }
  })
  .filter((file) => !file.includes('/generated/'))
  .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
  .filter(({ text }) => /\bcss`/.test(text));

const draws = (text: string) => /\b(border(-[\w-]+)?|outline|stroke)\s*:/.test(text);

test('the scan finds the styled components', () => {
  assert.ok(styled.length >= 10, `${styled.length} files with css\`\``);
});

for (const { file, text } of styled.filter(({ text }) => draws(text))) {
  test(`${file} has forced-colors and reduced-motion blocks`, () => {
    assert.match(text, /@media \(forced-colors: active\)/, `${file} draws borders/rings/lines: add @media (forced-colors: active)`);
    assert.match(text, /@media \(prefers-reduced-motion: (reduce|no-preference)\)/, `${file} draws borders/rings/lines: add @media (prefers-reduced-motion: …)`);
  });
}
