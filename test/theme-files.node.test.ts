// The theme files a package ships (packages/core/themes/*.css): every `--sammen-*` token they set
// is one the widgets read (a misspelt token would silently do nothing), every Designsystemet
// token the mapping reads exists in Designsystemet's default theme, and every pair of colours a
// theme sets keeps WCAG 2.2 AA contrast, in the light and the dark scheme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { blocks, contrastProblems, declarations } from './support/theme-contrast.js';

const THEMES_DIR = 'packages/core/themes';
const themes = readdirSync(THEMES_DIR).filter((file) => file.endsWith('.css'));
const read = (file: string) => readFileSync(`${THEMES_DIR}/${file}`, 'utf8');

// The public tokens: those core's tokens mirror into `--s-*` (as test/css-tokens.node.test.ts reads them).
const tokensSource = readFileSync('packages/core/src/styles/tokens.ts', 'utf8');
const publicTokens = new Set([...tokensSource.matchAll(/var\(\s*(--sammen-[\w-]+)/g)].map((match) => match[1]!));

/** Tokens `css` sets that no widget reads. */
const unknownTokens = (css: string) => [...declarations(css).keys()].filter((name) => !publicTokens.has(name));

// Designsystemet's default theme (light, then dark over it), as test/fixtures/designsystemet-tokens.css holds it.
const dsCss = readFileSync('test/fixtures/designsystemet-tokens.css', 'utf8');
const dsLight = declarations(blocks(dsCss, ':root'));
const dsDark = new Map([...dsLight, ...declarations(blocks(dsCss, "[data-color-scheme='dark']"))]);
const NO_PAGE_TOKENS = new Map<string, string>();

test('the themes are there: the Designsystemet mapping and the municipal example', () => {
  assert.deepEqual(themes.sort(), ['designsystemet.css', 'municipal-example.css']);
});

test('the check knows a misspelt token when it sees one', () => {
  assert.deepEqual(unknownTokens(':root { --sammen-colour-primary: red; --sammen-color-primary: red; }'), ['--sammen-colour-primary']);
});

for (const file of themes) {
  test(`${file}: sets only --sammen-* tokens the widgets read`, () => {
    const set = [...declarations(read(file)).keys()];
    assert.ok(set.length >= 10, `${file} sets ${set.length} tokens`);
    assert.deepEqual(unknownTokens(read(file)), []);
  });
}

test('designsystemet.css reads only Designsystemet tokens that its default theme defines', () => {
  const read_ = [...read('designsystemet.css').matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]!);
  assert.ok(read_.length >= 20);
  assert.deepEqual(read_.filter((name) => !name.startsWith('--ds-')), [], 'only --ds-* tokens');
  assert.deepEqual(read_.filter((name) => !dsLight.has(name)), [], 'each one set by the default theme');
});

test('the contrast check fails a theme whose button text is too pale (the test can fail)', () => {
  const pale = ':root { --sammen-color-primary: #7fb3e0; --sammen-color-on-primary: #ffffff; }';
  const { problems } = contrastProblems(pale, NO_PAGE_TOKENS, 'light');
  assert.ok(problems.some((line) => line.startsWith('text on a primary button')), problems.join('\n'));
  assert.ok(problems.some((line) => line.startsWith('links and outlined buttons')), problems.join('\n'));
});

test('the municipal example keeps AA contrast for every pair it sets', () => {
  const { checked, problems } = contrastProblems(read('municipal-example.css'), NO_PAGE_TOKENS, 'light');
  assert.ok(checked >= 15, `${checked} pairs checked`);
  assert.deepEqual(problems, []);
});

for (const [scheme, tokens] of [['light', dsLight], ['dark', dsDark]] as const) {
  test(`the Designsystemet mapping keeps AA contrast with Designsystemet's default ${scheme} theme`, () => {
    const { checked, problems } = contrastProblems(read('designsystemet.css'), tokens, scheme);
    assert.ok(checked >= 20, `${checked} pairs checked`);
    assert.deepEqual(problems, []);
  });
}

test('the themes ship: exported by @sammen/core and copied into the CDN folder’s themes/', async () => {
  const pkg = JSON.parse(readFileSync('packages/core/package.json', 'utf8')) as { exports: Record<string, unknown>; files: string[] };
  assert.ok(pkg.files.includes('themes'));
  for (const file of themes) assert.equal(pkg.exports[`./themes/${file}`], `./themes/${file}`);
  // @ts-expect-error: the rollup config is plain .mjs
  const { cdnFolder } = (await import('../rollup.config.mjs')) as { cdnFolder: { plugins: { name: string; buildStart?: (this: unknown) => void }[] } };
  const emitted: { fileName: string; source: string }[] = [];
  for (const plugin of cdnFolder.plugins.filter(({ name }) => name.startsWith('sammen-'))) plugin.buildStart?.call({ emitFile: (file: { fileName: string; source: string }) => emitted.push(file) });
  for (const file of themes) assert.equal(emitted.find((asset) => asset.fileName === `themes/${file}`)?.source, read(file), `themes/${file}`);
});

test('the municipal brand in docs/theming.md is the shipped example’s, value for value', () => {
  const guide = readFileSync('docs/theming.md', 'utf8');
  const block = /### A municipal brand[\s\S]*?```css\n([\s\S]*?)```/.exec(guide)![1]!;
  const shown = declarations(block);
  const shipped = declarations(read('municipal-example.css'));
  assert.ok(shown.size >= 6);
  for (const [name, value] of shown) assert.equal(value, shipped.get(name), name);
});

test('the Designsystemet table in docs/theming.md names the tokens the mapping reads', () => {
  const guide = readFileSync('docs/theming.md', 'utf8');
  const table = /### Designsystemet[\s\S]*?(\| Sammen \| Designsystemet \|[\s\S]*?)\n\n/.exec(guide)![1]!;
  const mapping = read('designsystemet.css');
  for (const name of new Set([...table.matchAll(/`(--ds-[\w-]+)`/g)].map((match) => match[1]!))) assert.ok(mapping.includes(`var(${name})`), `${name} is read`);
  // …and every --sammen-* token it sets is in the table (in full, or as a `-suffix` after the row's first).
  for (const name of declarations(mapping).keys()) {
    const parts = name.split('-');
    const written = table.includes(`\`${name}\``) || parts.some((_, at) => at > 3 && table.includes(`\`-${parts.slice(at).join('-')}\``));
    assert.ok(written, `${name} is in the table`);
  }
});
