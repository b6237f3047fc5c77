// Builds every package to packages/<pkg>/dist as ES modules with source maps (one output module
// per source module, dependencies external, so consumers' bundlers tree-shake and lazy-load);
// the CDN folder packages/sammen/dist/ (sammen.js, an autoloader, plus chunks: each widget, each
// package's locale, each content pack, and the shared parts); and the all-in-one CDN file
// packages/sammen/dist/sammen.min.js (Lit and everything bundled, one file, minified). Type
// declarations come from `tsc -b` (npm run build:types).
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify, defaultShouldMinifyCSS } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import terser from '@rollup/plugin-terser';
// Every workspace package, in dependency order, from the one list of widgets.
import { PACKAGES, WIDGETS } from './packages/sammen/widgets.mjs';
import { msgIds } from './packages/core/scripts/msg-ids.mjs';

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

function packageBuild(name) {
  const dir = `packages/${name}`;
  // Every module the package.json `exports` (its `source` condition under src/): a subpath export
  // with no built file is a package a user cannot import (test/package-manifests.node.test.ts).
  const { exports } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const sources = Object.values(exports).map((target) => (typeof target === 'object' ? target.source : undefined));
  const input = [...new Set(sources.filter((source) => source?.startsWith('./src/')).map((source) => `${dir}/${source.slice(2)}`))];
  return {
    input,
    external: isBare,
    plugins: [esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' })],
    output: {
      dir: `${dir}/dist`,
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: `${dir}/src`,
    },
  };
}

// Workspace packages resolve to their TypeScript sources, so the CDN builds need no prior build;
// `production` picks Lit's build without dev-mode warnings.
const bundleResolve = () => nodeResolve({ exportConditions: ['source', 'browser', 'production'], extensions: ['.ts', '.js', '.mjs'] });

/** The tags core's `define` registers (its shared parts), read from its source. */
const coreTags = [...readFileSync('packages/core/src/define.ts', 'utf8').matchAll(/^define\('([a-z-]+)'/gm)].map((match) => match[1]);

// html`` and svg`` templates lose only their indentation: a run of white space that holds a line
// break becomes one line break. No tag, attribute or entity is touched, and white space between
// inline elements stays white space (text a person reads), so the page renders as written; about
// 0.1–0.2 kB gzip off each page.
const collapseLineBreaks = (html) => html.replace(/[ \t]*\n\s*/g, '\n');

// css`` literals minified by lightningcss (whitespace, comments, shorter values): gzip compresses
// whitespace well, but not that well. Declaration-list fragments (`buttonBox`) are left as written:
// they are no stylesheet a CSS parser accepts.
const minifyCss = () =>
  minifyLiterals({
    options: {
      shouldMinify: defaultShouldMinify,
      strategy: { ...defaultStrategy, minifyHTML: collapseLineBreaks },
      shouldMinifyCSS: (template) => defaultShouldMinifyCSS(template) && template.parts.some((part) => part.text.includes('{')),
    },
  });

// TypeScript → ES2021 by esbuild, then minified per chunk by terser (about 2% smaller gzip than
// esbuild's minifier here), property-safe: property names are never mangled (Lit reads them by
// name); two compress passes; no comments (no legal comments either). And every msg() gets its
// message id written in (packages/core/scripts/msg-ids.mjs), so no page carries @lit/localize's
// hashing of templates into ids (about 1 kB gzip); the package builds keep msg() as written.
const TERSER = { ecma: 2020, module: true, compress: { passes: 2 }, mangle: { properties: false }, format: { comments: false } };
const bundleMinify = () => [minifyCss(), esbuild({ tsconfig: 'tsconfig.json', target: 'es2021' }), msgIds(), terser(TERSER)];

const AUTOLOADER_ENTRY = '\0sammen-autoloader-entry';
const EMBED_ENTRY = '\0sammen-embed-entry';

/** Every tag a package's source defines (`define('sammen-…'`): widgets, core's parts, the embed page's. */
const definedTags = () =>
  PACKAGES.flatMap((pkg) => {
    const files = readdirSync(`packages/${pkg}/src`, { recursive: true }).filter((file) => String(file).endsWith('.ts'));
    return files.flatMap((file) => [...readFileSync(`packages/${pkg}/src/${file}`, 'utf8').matchAll(/\bdefine\('(sammen-[a-z-]+)'/g)].map((match) => match[1]));
  });

/**
 * A build whose tags start with `<prefix>-` (`v2-sammen-reflection-deck`, and so every internal
 * tag such as `v2-sammen-button`), for a second Sammen version on a page whose browser has no
 * scoped custom element registries: the two versions then define different tags and neither's
 * `define` is a no-op. Only whole tag names are renamed, so events (`sammen-error`), CSS custom
 * properties (`--sammen-…`) and parts stay as documented.
 */
export function tagPrefix(prefix) {
  if (!/^[a-z][a-z0-9]*$/.test(prefix)) throw new Error(`A tag prefix is lower-case letters and digits, starting with a letter: not ${JSON.stringify(prefix)}`);
  const tags = [...new Set(definedTags())].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\w-])(${tags.join('|')})(?![\\w-])`, 'g');
  return {
    name: 'sammen-tag-prefix',
    transform(code) {
      pattern.lastIndex = 0;
      if (!pattern.test(code)) return null;
      return { code: code.replace(pattern, `${prefix}-$1`), map: null };
    },
  };
}

/** One dynamic import per tag, from the one list of widgets (and core's shared parts). */
const tagLoaders = () =>
  `{\n${[
    ...WIDGETS.map((widget) => `${JSON.stringify(widget.tag)}: () => import('@sammen/${widget.package}/define')`),
    ...coreTags.map((tag) => `${JSON.stringify(tag)}: core`),
  ].join(',\n')}\n}`;

const AUTOLOADER = JSON.stringify(resolve('packages/sammen/src/autoloader.ts'));
/** Opens an entry that calls `autoload(tagLoaders())`. */
const AUTOLOAD_PRELUDE = `import { autoload } from ${AUTOLOADER};\nconst core = () => import('@sammen/core/define');\n`;

/** The autoloader's entry. */
function autoloaderEntry() {
  return {
    name: 'sammen-autoloader-entry',
    resolveId: (id) => (id === AUTOLOADER_ENTRY ? id : null),
    load: (id) =>
      id === AUTOLOADER_ENTRY ? `${AUTOLOAD_PRELUDE}export { discover } from ${AUTOLOADER};\nautoload(${tagLoaders()});\n` : null,
  };
}

/**
 * The embed page (`embed.html` + its script `embed.js`, which loads the chosen widget through the
 * autoloader): the widgets it can show come from the one list of widgets. A build of its own,
 * its chunks in `embed/`: an extra entry in the CDN folder's build made rollup cut the shared
 * code into more chunks, and every widget page paid about 1.5 kB gzip more for it.
 */
function embedPage() {
  const widgets = WIDGETS.map((widget) => ({ package: widget.package, tag: widget.tag }));
  return {
    name: 'sammen-embed-page',
    resolveId: (id) => (id === EMBED_ENTRY ? id : null),
    load: (id) =>
      id === EMBED_ENTRY
        ? `${AUTOLOAD_PRELUDE}import { startEmbed } from ${JSON.stringify(resolve('packages/sammen/src/embed/embed.ts'))};\nautoload(${tagLoaders()});\nvoid startEmbed(${JSON.stringify(widgets)});\n`
        : null,
    buildStart() {
      for (const fileName of ['embed.html', 'embed.config.json']) this.emitFile({ type: 'asset', fileName, source: readFileSync(`packages/sammen/src/embed/${fileName}`, 'utf8') });
    },
  };
}

/**
 * Where a chunk goes in the CDN folder, by what it holds: `widgets/<package>`, `locales/<package>.
 * <locale>` (`locales/<package>-<part>.<locale>` for a lazily loaded part's messages),
 * `content/<pack>`, and `chunks/` for shared code (Lit, core, the SDK parts in use).
 * Hashed names, so a server can cache them for good; only sammen.js keeps its name.
 */
function chunkFileName(chunk) {
  // A widget's define module is not always the chunk's facade: when a lazy chunk of the widget
  // (the change model's editor) imports from it, rollup keeps the chunk without one. It is still
  // the widget's chunk.
  // (Core's own define module sits in the shared chunk every widget imports: that is no widget.)
  const define = (chunk.moduleIds ?? []).find((id) => /[\\/]packages[\\/](?!core[\\/])[^\\/]+[\\/]src[\\/]define\.ts$/.test(id));
  const facade = chunk.facadeModuleId && !chunk.facadeModuleId.startsWith('\0') ? chunk.facadeModuleId : define;
  const source = facade ? relative(process.cwd(), facade).split(sep) : [];
  if (source[0] === 'packages') {
    const [, pkg, , ...rest] = source;
    const file = rest.join('/').replace(/\.ts$/, '');
    if (file === 'define') return `widgets/${pkg}-[hash].js`;
    if (file.startsWith('generated/locales/')) return `locales/${pkg}.${file.slice('generated/locales/'.length)}-[hash].js`;
    // A lazily loaded part's messages (packages/core/scripts/locale-parts.mjs): `locales/core-errors.da`.
    const part = /^generated\/parts\/([^/]+)\/locales\/(.+)$/.exec(file);
    if (part) return `locales/${pkg}-${part[1]}.${part[2]}-[hash].js`;
    if (pkg === 'content') return `content/[name]-[hash].js`;
  }
  return 'chunks/[name]-[hash].js';
}

/** The example documents (packages/content/examples/*.json) in `examples/`, to copy, edit and point `src` at. */
function exampleDocuments() {
  return {
    name: 'sammen-example-documents',
    buildStart() {
      for (const name of readdirSync('packages/content/examples').filter((file) => file.endsWith('.json'))) {
        this.emitFile({ type: 'asset', fileName: `examples/${name}`, source: readFileSync(`packages/content/examples/${name}`, 'utf8') });
      }
    },
  };
}

/** The theme style sheets (packages/core/themes/*.css) in `themes/`, to link after the site's own style sheet. */
function themeStyleSheets() {
  return {
    name: 'sammen-theme-style-sheets',
    buildStart() {
      for (const name of readdirSync('packages/core/themes').filter((file) => file.endsWith('.css'))) {
        this.emitFile({ type: 'asset', fileName: `themes/${name}`, source: readFileSync(`packages/core/themes/${name}`, 'utf8') });
      }
    },
  };
}

export const cdnFolder = {
  input: { sammen: AUTOLOADER_ENTRY },
  plugins: [autoloaderEntry(), exampleDocuments(), themeStyleSheets(), bundleResolve(), ...bundleMinify()],
  output: {
    dir: 'packages/sammen/dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: chunkFileName,
  },
};

export const embedFolder = {
  input: { embed: EMBED_ENTRY },
  plugins: [embedPage(), bundleResolve(), ...bundleMinify()],
  output: {
    dir: 'packages/sammen/dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => `embed/${chunkFileName(chunk)}`,
  },
};

/** The CDN folder with every tag prefixed (`tagPrefix`), into `packages/sammen/dist/<prefix>/`. */
export function prefixedCdnFolder(prefix) {
  return { ...cdnFolder, plugins: [tagPrefix(prefix), ...cdnFolder.plugins], output: { ...cdnFolder.output, dir: `packages/sammen/dist/${prefix}` } };
}

const cdnBundle = {
  // The package's own entry: it registers every widget and names every export.
  input: 'packages/sammen/src/index.ts',
  plugins: [bundleResolve(), ...bundleMinify()],
  output: {
    file: 'packages/sammen/dist/sammen.min.js',
    format: 'es',
    sourcemap: true,
    // One file a page can load with one <script type="module">: lazy content packs are inlined.
    inlineDynamicImports: true,
  },
};

/**
 * `sammen.scoped.js`: every widget and part as classes, defined only where the host says
 * (`defineSammen(registry)`), for a second Sammen version in a scoped custom element registry
 * (docs/embedding.md). One file, like sammen.min.js: it defines nothing in the page's registry.
 */
export const scopedBundle = {
  input: 'packages/sammen/src/scoped.ts',
  plugins: [bundleResolve(), ...bundleMinify()],
  output: { file: 'packages/sammen/dist/sammen.scoped.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
};

// `SAMMEN_TAG_PREFIX=v2 npm run build:js` also builds the prefixed CDN folder dist/v2/.
const prefix = process.env.SAMMEN_TAG_PREFIX;
export default [...PACKAGES.map(packageBuild), cdnFolder, ...(prefix ? [prefixedCdnFolder(prefix)] : []), embedFolder, cdnBundle, scopedBundle];
