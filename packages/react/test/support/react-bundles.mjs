// A web-test-runner plugin that serves two real React trees to the browser tests:
// `/__react/18.js` (React 18 and react-dom 18, from packages/react's own devDependencies) and
// `/__react/19.js` (React 19, the repository's). React ships CommonJS, and both versions are named
// `react`, which the test runner's resolver cannot tell apart: esbuild bundles each version with
// @sammen/react's wrappers built against it, and leaves Lit and the widgets' packages as bare
// imports, so the test runner serves them once for both trees (one Lit, one definition per tag).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** Where each version's `react` and `react-dom` are resolved from. */
const REACT_HOME = {
  18: fileURLToPath(new URL('../../package.json', import.meta.url)),
  19: `${ROOT}package.json`,
};

/** What each bundle holds itself: React, and @sammen/react built against it (esbuild's filters have no look-ahead). */
const BUNDLED = /^(react|react-dom|scheduler|@lit\/react|@sammen\/react)(\/|$)/;

const ENTRY = `
export * as React from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
export { SammenReflectionDeck, SammenPerspectiveTriangle, SammenChangeModel, SammenRelationMap } from '@sammen/react';
`;

/**
 * An esbuild plugin that resolves `react`, `react-dom` (and their `scheduler`) to React `version`:
 * the guide's test (test/parent-portal-guide.node.test.ts) bundles its examples with it too.
 */
export function reactVersion(version) {
  const requireReact = createRequire(REACT_HOME[version]);
  return {
    name: `react-${version}`,
    setup(build) {
      build.onResolve({ filter: /^(react|react-dom|scheduler)(\/.*)?$/ }, (args) => ({
        // react-dom's own `require('react')` and `require('scheduler')` resolve from its folder.
        path: args.importer.includes('node_modules') ? createRequire(args.importer).resolve(args.path) : requireReact.resolve(args.path),
      }));
    },
  };
}

/** Bundles React `version` with @sammen/react; every other bare import stays for the test runner. */
async function bundle(version) {
  const result = await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    conditions: ['source', 'browser', 'development'],
    tsconfig: `${ROOT}tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [
      reactVersion(version),
      {
        name: 'test-runner-imports',
        setup(build) {
          // Lit, the widgets and everything else reach the browser through the test runner.
          build.onResolve({ filter: /^[^./]/ }, (args) => (BUNDLED.test(args.path) ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function reactBundles() {
  const built = new Map();
  return {
    name: 'sammen-react-bundles',
    serve(context) {
      const match = /^\/__react\/(18|19)\.js$/.exec(context.path);
      if (!match) return undefined;
      if (!built.has(match[1])) built.set(match[1], bundle(Number(match[1])));
      return built.get(match[1]).then((body) => ({ body, type: 'js' }));
    },
  };
}
