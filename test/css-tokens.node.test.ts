// Every custom property a style reads is defined somewhere it can come from: a misspelt token
// (`var(--s-focus-ring-color)` for `--s-color-focus`) makes the whole declaration invalid, and the
// focus ring silently vanished from half the widgets. So: every `var(--s-…)` in any source or
// story file is a token core declares (or one declared in the same file); every `var(--sammen-…)`
// is a public token core mirrors or a widget's own documented `@cssprop`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` (recursively, skipping node_modules) whose name ends with `suffix`. */
function listFiles(dir: string, suffix: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'node_modules') return [];
    return statSync(path).isDirectory() ? listFiles(path, suffix) : entry.endsWith(suffix) ? [path] : [];
  });
}

const sources = [
  ...readdirSync('packages').flatMap((name) => listFiles(join('packages', name, 'src'), '.ts')),
  ...listFiles('stories', '.ts'),
  ...listFiles('.storybook', '.ts'),
].filter((file) => !file.includes('/generated/'));

const TOKENS_FILE = 'packages/core/src/styles/tokens.ts';
const declared = (text: string) => new Set([...text.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]!));
const used = (text: string) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!);

const coreTokens = declared(readFileSync(TOKENS_FILE, 'utf8'));
const mirrored = new Set(used(readFileSync(TOKENS_FILE, 'utf8')).filter((name) => name.startsWith('--sammen-')));
const documented = new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/@cssprop(?:erty)?\s+(--sammen-[\w-]+)/g)].map((match) => match[1]!)));

/** The custom properties `text` reads that nothing defines, for a file at `file`. */
function undefinedProperties(text: string): string[] {
  const local = declared(text);
  return used(text).filter((name) => {
    if (local.has(name)) return false;
    if (name.startsWith('--sammen-')) return !mirrored.has(name) && !documented.has(name);
    return !coreTokens.has(name);
  });
}

test('the check knows a misspelt token when it sees one', () => {
  assert.deepEqual(undefinedProperties('a { outline: 3px solid var(--s-focus-ring-color); }'), ['--s-focus-ring-color']);
  assert.deepEqual(undefinedProperties('a { color: var(--sammen-colour-text); }'), ['--sammen-colour-text']);
  assert.deepEqual(undefinedProperties('a { --_c: red; color: var(--_c, var(--s-color-text)); }'), []);
});

test('core declares the tokens the check reads (the scan found them)', () => {
  assert.ok(coreTokens.has('--s-color-focus') && coreTokens.has('--s-color-outline'));
  assert.ok(sources.length > 20, `scanned ${sources.length} files`);
});

for (const file of sources) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes('var(--')) continue;
  test(`${file}: every var(--…) it reads is defined`, () => {
    assert.deepEqual(undefinedProperties(text), [], `${file} reads custom properties no one defines`);
  });
}
