// What npm publishes is what a user can import (issue 17, "packages a user can install"): every
// public package's package.json agrees with its sources — `exports` point at built files that
// `files` ships (never TypeScript sources outside the repository's own `source` condition),
// `types` comes before `default`, `sideEffects` names every module that registers a tag (or a
// bundler drops it and the widget never appears), `customElements` names the manifest of every
// package that defines elements, and every package a module imports is a dependency. The built
// tarballs themselves are installed and run by test/packages/installable.pack.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { ADAPTER_PACKAGES, PACKAGES } from '../packages/sammen/widgets.mjs';

type Target = string | Record<string, string>;
interface Manifest {
  name: string;
  private?: boolean;
  type?: string;
  main?: string;
  types?: string;
  exports: Record<string, Target>;
  files: string[];
  sideEffects: boolean | string[];
  customElements?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const published = PACKAGES.map((folder) => ({ folder, dir: join('packages', folder), manifest: JSON.parse(readFileSync(join('packages', folder, 'package.json'), 'utf8')) as Manifest })).filter(
  (entry) => !entry.manifest.private,
);

/** The TypeScript modules under `dir`, recursively (generated locales included: they ship too). */
function modules(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
}

/** `./src/x.ts` → `./dist/x.js`: the module rollup builds from a source module. */
const built = (source: string) => source.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js');

test('every package a user installs is listed (the workspaces that are not private)', () => {
  assert.deepEqual(
    published.map((entry) => entry.manifest.name),
    ['@sammen/sdk', '@sammen/core', '@sammen/content', '@sammen/reflection-cards', '@sammen/perspective-triangle', '@sammen/change-model', '@sammen/relation-map', 'sammen', ...ADAPTER_PACKAGES.map((name) => `@sammen/${name}`)],
  );
});

test('exports point at built files that `files` ships, types first; main and types agree with "."', () => {
  for (const { dir, manifest } of published) {
    assert.equal(manifest.type, 'module', `${manifest.name}: an ES module package`);
    const root = manifest.exports['.'] as Record<string, string>;
    assert.equal(manifest.main, root.default, `${manifest.name}: main is exports["."].default`);
    assert.equal(manifest.types, root.types, `${manifest.name}: types is exports["."].types`);
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const where = `${manifest.name} exports["${subpath}"]`;
      const conditions = typeof target === 'string' ? { default: target } : target;
      const keys = Object.keys(conditions);
      if (conditions.types && conditions.default) assert.ok(keys.indexOf('types') < keys.indexOf('default'), `${where}: "types" before "default" (TypeScript takes the first match)`);
      for (const [condition, path] of Object.entries(conditions)) {
        if (condition === 'source') {
          assert.ok(existsSync(join(dir, path)), `${where}.source: ${path} exists`);
          continue;
        }
        assert.ok(!/(?<!\.d)\.ts$/.test(path), `${where}.${condition} is ${path}: a TypeScript source no user's Node or bundler can run`);
        const folder = path.replace(/^\.\//, '').split('/')[0]!;
        assert.ok(manifest.files.includes(folder), `${where}.${condition}: ${folder}/ is in "files", so npm publishes ${path}`);
      }
      if (conditions.source?.startsWith('./src/') && conditions.default) {
        assert.equal(conditions.default, built(conditions.source), `${where}: default is what rollup builds from ${conditions.source}`);
        assert.equal(conditions.types, built(conditions.source).replace(/\.js$/, '.d.ts'), `${where}: types is what tsc emits for ${conditions.source}`);
      }
    }
  }
});

test('sideEffects names every module that registers a tag, in src and in dist', () => {
  for (const { dir, manifest } of published) {
    if (manifest.sideEffects === true) continue;
    const listed = manifest.sideEffects === false ? [] : manifest.sideEffects;
    for (const file of modules(join(dir, 'src'))) {
      const source = readFileSync(file, 'utf8');
      const registers = /^define\('sammen-/m.test(source) || /^import '[^']+\/define(\.js)?';$/m.test(source);
      if (!registers) continue;
      const path = `./${file.slice(dir.length + 1)}`;
      assert.ok(listed.includes(path) && listed.includes(built(path)), `${manifest.name}: ${path} registers a tag, so "sideEffects" lists it and ${built(path)}`);
    }
    for (const path of listed) if (path.startsWith('./src/')) assert.ok(existsSync(join(dir, path)), `${manifest.name}: sideEffects names ${path}, which exists`);
  }
});

test('customElements names the manifest of every package that defines elements, and npm ships it', () => {
  for (const { dir, manifest } of published) {
    const defines = modules(join(dir, 'src')).some((file) => /^define\('sammen-/m.test(readFileSync(file, 'utf8')));
    if (defines) {
      assert.equal(manifest.customElements, 'custom-elements.json', `${manifest.name} defines elements: "customElements" names its manifest`);
      assert.ok(manifest.files.includes('custom-elements.json'), `${manifest.name}: "files" ships custom-elements.json`);
    } else {
      assert.equal(manifest.customElements, undefined, `${manifest.name} defines no element of its own: no manifest to name`);
    }
  }
});

test('every package a published module imports is a dependency (or a peer), never only a devDependency', () => {
  const builtins = new Set(builtinModules);
  for (const { dir, manifest } of published) {
    const declared = new Set([manifest.name, ...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
    for (const file of modules(join(dir, 'src'))) {
      const source = readFileSync(file, 'utf8');
      const specifiers = [...source.matchAll(/^(?:import|export)\b[^;']*?\bfrom '([^']+)'|^import '([^']+)'|\bimport\('([^']+)'\)/gm)].map((match) => match[1] ?? match[2] ?? match[3]);
      for (const specifier of specifiers.filter((path) => !path!.startsWith('.'))) {
        if (specifier!.startsWith('node:') || builtins.has(specifier!)) continue;
        const name = specifier!.split('/').slice(0, specifier!.startsWith('@') ? 2 : 1).join('/');
        assert.ok(declared.has(name), `${file} imports ${specifier}: ${manifest.name} must depend on ${name}`);
      }
    }
  }
});

/** npm registry CDNs: none of them has a `sammen` package, and a municipality hosts its own copy. */
const REGISTRY_CDNS = /\b(unpkg\.com|cdn\.jsdelivr\.net|esm\.sh|esm\.run|cdn\.skypack\.dev|ga\.jspm\.io)\b/;

test('the README and every guide load Sammen from the municipality’s own server, never a registry CDN', () => {
  const guides = ['README.md', ...readdirSync('docs').filter((file) => file.endsWith('.md')).map((file) => join('docs', file)), ...readdirSync('packages').map((pkg) => join('packages', pkg, 'README.md'))].filter((file) => existsSync(file));
  for (const file of guides) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!REGISTRY_CDNS.test(text), `${file} points at a registry CDN (${REGISTRY_CDNS.exec(text)?.[0]}): show the self-hosted CDN folder instead`);
  }
  for (const { manifest } of published) {
    for (const field of ['unpkg', 'jsdelivr', 'browser']) assert.equal((manifest as unknown as Record<string, unknown>)[field], undefined, `${manifest.name} has no "${field}" field pointing users at a registry CDN`);
  }
  // The README's embed example: the autoloader from a path on the page's own server.
  const readme = readFileSync('README.md', 'utf8');
  const embed = /## Embed in any page[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const sources = [...embed.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  assert.deepEqual(sources, ['/sammen/sammen.js'], 'the embed example loads sammen.js from the folder the municipality copied to its own server');
});

/** Every `<sammen-…>` tag a package's sources define, with the attributes its class declares with `@property`. */
function definedTags(dirs: readonly string[]): Map<string, Set<string>> {
  const attributesOfClass = new Map<string, Set<string>>();
  const classOfTag = new Map<string, string>();
  for (const file of dirs.flatMap((dir) => (existsSync(join(dir, 'src')) ? modules(join(dir, 'src')) : []))) {
    const source = readFileSync(file, 'utf8');
    // Lit's attribute: the `attribute` option, else the property's name in lower case; none with `attribute: false`.
    const attributes = [...source.matchAll(/@property\((\{[^}]*\})?\)\s+(?:(?:override|declare|accessor)\s+)*(\w+)/g)]
      .filter((match) => !/attribute:\s*false/.test(match[1] ?? ''))
      .map((match) => /attribute:\s*'([^']+)'/.exec(match[1] ?? '')?.[1] ?? match[2]!.toLowerCase());
    for (const match of source.matchAll(/^export class (\w+) extends /gm)) attributesOfClass.set(match[1]!, new Set(attributes));
    for (const match of source.matchAll(/\bdefine\('(sammen-[a-z0-9-]+)', (\w+)\)/g)) classOfTag.set(match[1]!, match[2]!);
  }
  return new Map([...classOfTag].map(([tag, name]) => [tag, attributesOfClass.get(name) ?? new Set<string>()]));
}

/** Attributes every HTML element has. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'dir', 'hidden', 'title', 'slot', 'part', 'tabindex', 'inert']);

test('every package that ships README.md has one, titled with its name, naming only tags and attributes that exist', () => {
  const workspaces = (JSON.parse(readFileSync('package.json', 'utf8')) as { workspaces: string[] }).workspaces;
  const tags = definedTags(workspaces);
  assert.ok(tags.has('sammen-reflection-deck') && tags.get('sammen-reflection-deck')!.has('session-id'), 'the sources’ tags and attributes are found');
  for (const dir of workspaces) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Partial<Manifest>;
    if (!manifest.files?.includes('README.md')) continue;
    const file = join(dir, 'README.md');
    assert.ok(existsSync(file), `${manifest.name}: "files" lists README.md, so ${file} exists (else its npm page is empty)`);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith(`# ${manifest.name}\n`), `${file} starts with "# ${manifest.name}"`);
    for (const [, tag] of text.matchAll(/<(sammen-[a-z0-9-]+)/g)) assert.ok(tags.has(tag!), `${file} names <${tag}>, which no source defines`);
    for (const [, block] of text.matchAll(/```html\n([\s\S]*?)```/g)) {
      for (const [, tag, attributes] of block!.matchAll(/<(sammen-[a-z0-9-]+)([^>]*)>/g)) {
        for (const [, attribute] of attributes!.matchAll(/\s([a-zA-Z][\w-]*)(?==|\s|$)/g)) {
          const known = GLOBAL_ATTRIBUTES.has(attribute!) || /^(data|aria)-/.test(attribute!) || tags.get(tag!)?.has(attribute!);
          assert.ok(known, `${file}: <${tag} ${attribute}> — ${tag} has no attribute "${attribute}"`);
        }
      }
    }
  }
});
