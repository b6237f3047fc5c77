// Message ids written at build time (packages/core/scripts/msg-ids.mjs): the CDN builds give every
// msg() call the id `lit-localize extract` gives its message, so no page carries @lit/localize's
// hashing of templates into ids. Checked three ways: the rewrite itself on small modules; the
// built CDN folder and the all-in-one file, which hold no hashing code and whose every written id
// is a key of the generated translations; and pages of the CDN folder in Danish, Bokmål and
// Nynorsk, where every widget shows its texts in the page's language, none in English, with no
// console error (a msg() left without an id throws there).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { rollup, type Plugin, type RollupOptions } from 'rollup';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error plain .mjs helper without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
// @ts-expect-error plain .mjs helper without types
import { WIDGETS, buildCdnFolder, serveFolder } from './scripts/page-bytes.mjs';
// @ts-expect-error plain .mjs config without types
import configs, { cdnFolder } from '../rollup.config.mjs';
// @ts-expect-error plain .mjs script without types
import { shortIds, writeMsgIds } from '../packages/core/scripts/msg-ids.mjs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

type Widget = { package: string; tag: string };
type Written = { code: string; ids: string[] } | null;
const rewrite = (code: string): Written => writeMsgIds(code, parseAst(code), 'sample.js') as Written;
const HEAD = "import { msg, str } from '@lit/localize';\nimport { html } from 'lit';\n";

describe('the rewrite of a module', () => {
  test('gives each kind of msg() call the id lit-localize computes for it', () => {
    const written = rewrite(`${HEAD}msg('Close');\nmsg(str\`Open: \${name}\`);\nmsg(html\`<b>\${who}</b>!\`);\nmsg(\`Plain\`);\n`)!;
    const expected = [generateMsgId(['Close'], false), generateMsgId(['Open: ', ''], false), generateMsgId(['<b>', '</b>!'], true), generateMsgId(['Plain'], false)];
    assert.deepEqual(written.ids, expected);
    // "Close" is core's `Luk`: the id its generated Danish module is keyed by.
    assert.equal(expected[0], 's5e8250fb85d64c23');
    for (const id of expected) assert.ok(written.code.includes(`{id: "${id}"}`), id);
    assert.equal(parseAst(written.code).type, 'Program', 'the result is JavaScript');
  });

  test('keeps a written id, drops a description, follows an import alias and a shadowing name', () => {
    const code = `import { msg as m } from '@lit/localize';\nm('A', {id: 'kept'});\nm('B', {desc: 'for translators'});\nfunction f(m) { return m('not ours'); }\nconst o = { m: 1 }; o.m;\n`;
    const written = rewrite(code)!;
    assert.deepEqual(written.ids, ['kept', generateMsgId(['B'], false)]);
    assert.match(written.code, /m\('A', \{id: "kept"\}\)/);
    assert.doesNotMatch(written.code, /for translators/);
    assert.match(written.code, /return m\('not ours'\);/);
    assert.equal(rewrite("import { html } from 'lit';\nhtml`x`;\n"), null, 'a module without msg is left alone');
  });

  test('writes the short id of a translated message, its place among all ids sorted in base 36', () => {
    const close = generateMsgId(['Close'], false);
    const short = shortIds(['h0', ...Array.from({ length: 40 }, (_, index) => `s${String(index).padStart(2, '0')}`), close].sort());
    assert.equal(short.get(close), (41).toString(36));
    const written = writeMsgIds(`${HEAD}msg('Close');\nmsg('Untranslated');\n`, parseAst(`${HEAD}msg('Close');\nmsg('Untranslated');\n`), 'sample.js', (id: string) => short.get(id) ?? id) as Written;
    assert.match(written!.code, /msg\('Close', \{id: "15"\}\)/);
    assert.ok(written!.code.includes(`msg('Untranslated', {id: "${generateMsgId(['Untranslated'], false)}"})`), 'an untranslated message keeps its full id');
    assert.deepEqual(written!.ids, [close, generateMsgId(['Untranslated'], false)], 'the full ids are reported');
  });

  test('stops the build on a msg() it cannot give an id', () => {
    const bad = {
      'msg as a value': `${HEAD}const f = msg;`,
      'msg in a shorthand property': `${HEAD}({ msg });`,
      'a template with expressions, untagged': `${HEAD}msg(\`a\${b}\`);`,
      'a template with another tag': `${HEAD}msg(css\`a\`);`,
      'a variable': `${HEAD}msg(text);`,
      'options that are no object literal': `${HEAD}msg('a', options);`,
      'an unknown option': `${HEAD}msg('a', {lang: 'da'});`,
      'three arguments': `${HEAD}msg('a', {}, 1);`,
      'a namespace import': "import * as localize from '@lit/localize';\nlocalize.msg('a');",
      'a re-export of msg': "export { msg } from '@lit/localize';",
    };
    for (const [name, code] of Object.entries(bad)) assert.throws(() => rewrite(code), /msg-ids\.mjs/, name);
  });
});

/** The generated message ids of every package in `locale` (packages/<pkg>/src/generated/**\/locales/<locale>.ts). */
async function translatedIds(locale: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const pkg of readdirSync('packages')) {
    const dir = join('packages', pkg, 'src', 'generated');
    let files: string[];
    try {
      files = readdirSync(dir, { recursive: true }).map(String);
    } catch {
      continue;
    }
    for (const file of files.filter((name) => name.endsWith(`locales/${locale}.ts`))) {
      const { templates } = (await import(`../${join(dir, file)}`)) as { templates: Record<string, unknown> };
      for (const id of Object.keys(templates)) ids.add(id);
    }
  }
  return ids;
}

const writtenIds = (config: RollupOptions) => {
  const plugin = (config.plugins as Plugin[]).find((entry) => entry.name === 'sammen-msg-ids') as Plugin & { ids: Map<string, string[]> };
  return new Set([...plugin.ids.values()].flat());
};
const HASHING = /node_modules\/@lit\/localize\/internal\/(id-generation|fnv1a64)\.js$/;

/**
 * Every text node of each widget (by tag), through every shadow root, trimmed: runs in the page
 * (no named inner functions: tsx would wrap them in a helper the page does not have).
 */
function shownTexts(tags: string[]): string[][] {
  return tags.map((tag) => {
    const out: string[] = [];
    const stack: Node[] = [document.querySelector(tag)?.shadowRoot ?? document.createDocumentFragment()];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) out.push(node.textContent!.trim());
      const shadow = (node as Element).shadowRoot;
      if (shadow) stack.push(shadow);
      stack.push(...[...node.childNodes].reverse());
    }
    return out;
  });
}

describe('the CDN folder', () => {
  let dir: string;
  let chunks: Map<string, { modules: string[] }>;
  before(async () => {
    ({ dir, chunks } = await buildCdnFolder());
  });

  test('holds no hashing of templates into ids: only the stand-in that names a msg() without one', () => {
    const hashing = [...chunks].flatMap(([file, chunk]) => chunk.modules.filter((module) => HASHING.test(module)).map((module) => `${file}: ${module}`));
    assert.deepEqual(hashing, []);
    const code = [...chunks.keys()].map((file) => readFileSync(join(dir, file), 'utf8'));
    assert.ok(code.some((text) => text.includes('msg() without a build-time id (packages/core/scripts/msg-ids.mjs)')), 'the stand-in generateMsgId is in the bundle');
    // FNV-1a's 64-bit offset basis, as fnv1a64.js writes it in 16-bit parts (0xcbf2, 0x9ce4, 0x8422).
    const basis = [/\b(?:52210|0xcbf2)\b/i, /\b(?:40164|0x9ce4)\b/i, /\b(?:33826|0x8422)\b/i];
    assert.deepEqual(code.filter((text) => basis.every((part) => part.test(text))).length, 0);
  });

  test('the messages and the translations are keyed by short ids: no chunk holds a full one', () => {
    const full = [...chunks.keys()].filter((file) => /["'][sh][0-9a-f]{16}["']/.test(readFileSync(join(dir, file), 'utf8')));
    assert.deepEqual(full, []);
  });

  test('every id written in is a key of the generated translations, in every target locale', async () => {
    const written = writtenIds(cdnFolder as RollupOptions);
    assert.ok(written.size > 200, `ids written: ${written.size}`);
    for (const locale of ['da', 'nb', 'nn']) {
      const known = await translatedIds(locale);
      assert.deepEqual([...written].filter((id) => !known.has(id)), [], `ids without a ${locale} translation`);
    }
  });

  describe('pages in each language', () => {
    let browser: Browser;
    let served: { origin: string; server: { close(): void } };
    before(async () => {
      const pages: Record<string, string> = {};
      for (const lang of ['da', 'nb', 'nn']) {
        pages[`/${lang}.html`] = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Sammen</title></head><body>
${(WIDGETS as Widget[]).map((widget) => `<${widget.tag}></${widget.tag}>`).join('\n')}
<script type="module" src="/sammen.js"></script></body></html>`;
      }
      served = await serveFolder(dir, pages);
      browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
    });
    after(async () => {
      await browser?.close();
      served?.server.close();
    });

    for (const lang of ['da', 'nb', 'nn']) {
      test(`<html lang="${lang}">: every widget shows its texts in ${lang}, none in English, with no console error`, async () => {
        const texts = (pkg: string, locale: string): Record<string, string> => {
          try {
            return JSON.parse(readFileSync(join('packages', pkg, 'translations', `${locale}.json`), 'utf8')) as Record<string, string>;
          } catch {
            return {};
          }
        };
        const others = ['da', 'nb', 'nn'].filter((locale) => locale !== lang);
        const expected = (WIDGETS as Widget[]).map((widget) => {
          const own = { ...texts('core', lang), ...texts(widget.package, lang) };
          const elsewhere = new Set(others.flatMap((locale) => Object.values({ ...texts('core', locale), ...texts(widget.package, locale) })));
          const only = Object.entries(own).filter(([english, text]) => text !== english && !elsewhere.has(text) && !text.includes('${') && text.length > 3);
          const english = Object.entries(own).filter(([english, text]) => text !== english && !english.includes('${'));
          return { tag: widget.tag, strings: only.map(([, text]) => text), english: english.map(([source]) => source) };
        });
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        try {
          await page.goto(`${served.origin}/${lang}.html`);
          const tags = expected.map(({ tag }) => tag);
          const inLanguage = (nodes: string[][]) => expected.every(({ strings }, index) => strings.some((string) => nodes[index]!.some((text) => text.includes(string))));
          const deadline = Date.now() + 20_000;
          while (!inLanguage(await page.evaluate(shownTexts, tags))) {
            assert.ok(Date.now() < deadline, `the widgets did not show their ${lang} texts: ${errors.join('; ')}`);
            await page.waitForTimeout(100);
          }
          await page.waitForLoadState('networkidle');
          const nodes = await page.evaluate(shownTexts, tags);
          expected.forEach(({ tag, english }, index) => {
            assert.deepEqual(nodes[index]!.filter((text) => english.includes(text)), [], `<${tag}> shows English on a ${lang} page`);
          });
          assert.deepEqual(errors, []);
        } finally {
          await context.close();
        }
      });
    }
  });
});

test('the all-in-one sammen.min.js holds no hashing of templates into ids either', async () => {
  const config = (configs as RollupOptions[]).find((entry) => !Array.isArray(entry.output) && String(entry.output?.file).endsWith('sammen.min.js'))!;
  const bundle = await rollup(config);
  const { output } = await bundle.generate({ ...(config.output as object), sourcemap: false });
  await bundle.close();
  assert.deepEqual(output.flatMap((item) => (item.type === 'chunk' ? item.moduleIds.filter((module) => HASHING.test(module)) : [])), []);
  assert.ok(writtenIds(config).size > 200);
});
