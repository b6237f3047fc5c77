// docs/parent-portal.md's examples, run as written (each fenced block is marked with the file
// name it stands for, `<!-- example: sammen-store.ts -->`): the TypeScript examples type-check
// together against the packages; the store example talks to the reference backend
// (@sammen/server) and sends the signed-in user's token; the React 18 and React 19 examples
// render in Chromium with the theme applied; the install command names published packages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { AuthenticationError, createPerspectiveSession, getDefaultStore } from '@sammen/sdk';
import { startServer, type RunningServer } from '@sammen/server';
// @ts-expect-error plain .mjs helpers without types
import { CHROMIUM_ARGS, ensureBrowser } from './scripts/find-browser.mjs';
// @ts-expect-error plain .mjs helpers without types
import { reactVersion } from '../packages/react/test/support/react-bundles.mjs';
import { freshDataDir } from '../packages/server/test/support/data-dir.js';

const ROOT = process.cwd();
const GUIDE = readFileSync('docs/parent-portal.md', 'utf8');
const EXAMPLE = /<!-- example: (\S+) -->\n```(\w+)\n([\s\S]*?)```/g;
const examples = new Map([...GUIDE.matchAll(EXAMPLE)].map((match) => [match[1]!, { language: match[2]!, code: match[3]! }]));
const code = (file: string) => {
  const example = examples.get(file);
  if (!example) throw new Error(`docs/parent-portal.md has no example ${file}`);
  return example.code;
};
/** The API address in the store example, replaced by the test server's. */
const EXAMPLE_API = 'https://portal.example.dk/api/sammen';
const TOKEN = 'portal-token-for-test';

// The examples in a folder of their own, next to the vendor's `portal.ts` (its login), which the
// store example imports; node_modules is the repository's, so the packages resolve as in an app.
const dir = mkdtempSync(join(tmpdir(), 'sammen-parent-portal-'));
symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
const PORTAL = `// The portal's own session (in the guide: your app's login).\nexport const portal = { accessToken: async (): Promise<string> => (globalThis as { portalToken?: string }).portalToken ?? '' };\n`;
writeFileSync(join(dir, 'portal.ts'), PORTAL);
writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n'); // ES modules, as in the app, so the examples share the test's module instances
for (const [file, example] of examples) writeFileSync(join(dir, file), example.code);

after(() => rmSync(dir, { recursive: true, force: true }));

test('every code block in the guide is a marked example, each file once', () => {
  const fences = GUIDE.match(/^```\w+$/gm) ?? [];
  assert.equal(examples.size, fences.length, 'every ```block is preceded by <!-- example: <file> --> (and no file name twice)');
  assert.deepEqual([...examples.keys()].sort(), ['group-overview.tsx', 'install.sh', 'parent-meeting.tsx', 'sammen-store.ts', 'theme.css']);
});

test('the install command names packages that are published (or React)', () => {
  const published = new Set(['react', 'react-dom']);
  for (const folder of ['sdk', 'core', 'content', 'reflection-cards', 'perspective-triangle', 'change-model', 'relation-map', 'sammen', 'react']) {
    const manifest = JSON.parse(readFileSync(join('packages', folder, 'package.json'), 'utf8')) as { name: string; private?: boolean };
    if (!manifest.private) published.add(manifest.name);
  }
  const commands = code('install.sh').trim().split('\n');
  for (const command of commands) {
    const [npm, verb, ...names] = command.split(/\s+/);
    assert.deepEqual([npm, verb], ['npm', 'install']);
    for (const name of names) assert.ok(published.has(name), `${name} is a published package`);
  }
});

test('the TypeScript examples type-check together against the packages', () => {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const files = ['portal.ts', 'sammen-store.ts', 'parent-meeting.tsx', 'group-overview.tsx'].map((file) => join(dir, file));
  const program = ts.createProgram(files, { ...config.options, types: ["node"], noEmit: true });
  // Only the examples' own diagnostics: the packages' sources are type-checked by `npm run typecheck`.
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const file of files) diagnostics.push(...ts.getPreEmitDiagnostics(program, program.getSourceFile(file)));
  const problems = diagnostics.map((diagnostic) => {
    const where = diagnostic.file ? `${diagnostic.file.fileName.replace(dir, 'docs/parent-portal.md:')}(${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1})` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
  assert.deepEqual(problems, []);
});

describe('the store example, against the reference backend', () => {
  let server: RunningServer;
  let dataDir: string;
  const seen: (string | undefined)[] = [];
  before(async () => {
    dataDir = await freshDataDir();
    server = await startServer(
      { port: 0, host: '127.0.0.1', dataDir, databaseUrl: undefined, bodyLimit: 1024 * 1024 },
      {
        // The vendor's sign-in: only the portal's token is let in.
        authenticate: async (request) => {
          seen.push(request.headers.authorization);
          return request.headers.authorization === `Bearer ${TOKEN}` ? { tenant: 'kommune', group: 'solsikken', subject: 'forælder-1', role: 'staff' } : undefined;
        },
      },
    );
    writeFileSync(join(dir, 'sammen-store.ts'), code('sammen-store.ts').replace(EXAMPLE_API, server.url));
  });
  after(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('it becomes the page’s default store, saves and reads back with the user’s token, and is refused without it', async () => {
    assert.ok(code('sammen-store.ts').includes(`'${EXAMPLE_API}'`), `the example's baseUrl is ${EXAMPLE_API}`);
    (globalThis as { portalToken?: string }).portalToken = TOKEN;
    const { store } = (await import(join(dir, 'sammen-store.ts'))) as { store: import('@sammen/sdk').Store };
    assert.equal(getDefaultStore(), store, 'setDefaultStore(store) made it every widget’s store');
    const session = createPerspectiveSession({ id: 'moede-1', title: 'Forældremøde' });
    await store.put(session, { expectedRevision: 0 });
    assert.equal((await store.get('perspective-session', 'moede-1'))?.title, 'Forældremøde');
    assert.ok(seen.length >= 2 && seen.every((header) => header === `Bearer ${TOKEN}`), 'every request carried the token from portal.accessToken()');
    (globalThis as { portalToken?: string }).portalToken = 'signed-out';
    await assert.rejects(store.get('perspective-session', 'moede-1'), (error: unknown) => error instanceof AuthenticationError && error.code === 'authentication');
  });
});

describe('the React examples and the theme, in Chromium', () => {
  let browser: Browser;
  let page: Server;
  let origin: string;
  const files = new Map<string, string>();

  /** A page rendering `component` from `file` with React `version`, the guide's theme, and a store that keeps nothing. */
  async function bundle(version: 18 | 19, file: string, component: string): Promise<string> {
    const entry = `
      import { createElement } from 'react';
      import { createRoot } from 'react-dom/client';
      import { ${component} } from './${file}';
      const model = await (await fetch('/model.json')).json();
      createRoot(document.getElementById('root')).render(createElement(${component}, { model }));
    `;
    const result = await esbuild.build({
      stdin: { contents: entry, resolveDir: dir, loader: 'tsx' },
      bundle: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      conditions: ['source', 'browser', 'production'],
      tsconfig: join(ROOT, 'tsconfig.json'),
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [
        reactVersion(version),
        {
          // In the browser the examples save in memory: the store example itself ran against the server above.
          name: 'memory-store',
          setup(build: esbuild.PluginBuild) {
            build.onResolve({ filter: /^\.\/sammen-store\.js$/ }, () => ({ path: 'sammen-store', namespace: 'stub' }));
            build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
              contents: "import { MemoryStore } from '@sammen/sdk'; export const store = new MemoryStore(); globalThis.guideStore = store;",
              resolveDir: dir,
              loader: 'js',
            }));
          },
        },
      ],
    });
    return result.outputFiles[0]!.text;
  }

  before(async () => {
    files.set('/model.json', readFileSync('test/fixtures/change-model/municipal-model.json', 'utf8'));
    files.set('/theme.css', code('theme.css'));
    files.set('/react18.js', await bundle(18, 'parent-meeting.tsx', 'ParentMeeting'));
    files.set('/react19.js', await bundle(19, 'group-overview.tsx', 'GroupOverview'));
    for (const version of ['18', '19']) {
      files.set(`/react${version}.html`, `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Portal</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/theme.css"></head><body><main id="root"></main><script type="module" src="/react${version}.js"></script></body></html>`);
    }
    page = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const body = files.get(path);
      const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : path.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
      response.writeHead(body === undefined ? 404 : 200, { 'content-type': type }).end(body);
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(page.address() as { port: number }).port}`;
    browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    page?.close();
  });

  /** Opens a page and waits until every tag shows its heading; returns console problems and a probe's answer. */
  async function open<T>(path: string, tags: string[], probe: () => T): Promise<{ problems: string[]; result: T }> {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
    });
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    try {
      await tab.goto(`${origin}${path}`);
      await tab.waitForFunction((names) => names.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('h2')?.textContent?.trim()), tags, { timeout: 30_000 });
      return { problems, result: await tab.evaluate(probe) };
    } finally {
      await tab.close();
    }
  }

  test('React 18: ParentMeeting renders the change model it was given and the deck, themed', async () => {
    const { problems, result } = await open('/react18.html', ['sammen-change-model', 'sammen-reflection-deck'], () => {
      const model = document.querySelector('sammen-change-model') as HTMLElement & { model?: { title: string } };
      const deck = document.querySelector('sammen-reflection-deck') as HTMLElement & { store?: unknown; sessionId?: string };
      const card = deck.shadowRoot!.querySelector<HTMLElement>('[part~="card"]')!;
      const summary = model.shadowRoot!.querySelector<HTMLElement>('[part~="summary"]')!;
      return {
        modelTitle: model.model?.title,
        heading: model.shadowRoot!.querySelector('h2')!.textContent!.trim(),
        sameStore: deck.store === (globalThis as { guideStore?: unknown }).guideStore,
        sessionId: deck.sessionId,
        cardBorder: getComputedStyle(card).borderInlineStartWidth,
        cardRadius: getComputedStyle(card).borderTopRightRadius,
        summaryWeight: getComputedStyle(summary).fontWeight,
      };
    });
    assert.deepEqual(problems, []);
    const model = JSON.parse(files.get('/model.json')!) as { title: string };
    assert.equal(result.modelTitle, model.title, 'the model prop arrived as the object');
    assert.ok(result.heading.includes(model.title), `the change model shows its title (${result.heading})`);
    assert.equal(result.sameStore, true, 'the store prop arrived as the store object');
    assert.equal(result.sessionId, 'foraeldremoede-2026');
    assert.deepEqual([result.cardBorder, result.cardRadius, result.summaryWeight], ['4px', '12px', '600'], 'the theme’s part rules and --sammen-radius reach inside');
  });

  test('React 19: GroupOverview renders the plain tags with properties set by React', async () => {
    const { problems, result } = await open('/react19.html', ['sammen-change-model', 'sammen-relation-map'], () => {
      const model = document.querySelector('sammen-change-model') as HTMLElement & { model?: { title: string }; view?: string };
      const map = document.querySelector('sammen-relation-map') as HTMLElement & { store?: unknown; documentId?: string };
      return {
        modelTitle: model.model?.title,
        view: model.view,
        sameStore: map.store === (globalThis as { guideStore?: unknown }).guideStore,
        documentId: map.documentId,
        attributes: [...model.attributes].map((attribute) => attribute.name),
      };
    });
    assert.deepEqual(problems, []);
    assert.equal(result.modelTitle, (JSON.parse(files.get('/model.json')!) as { title: string }).title, 'React 19 set `model` as a property');
    assert.equal(result.view, 'overview');
    assert.equal(result.sameStore, true, 'React 19 set `store` as a property');
    assert.equal(result.documentId, 'stue-solsikken-2026');
    assert.ok(!result.attributes.includes('model'), 'no "[object Object]" attribute');
  });
});
