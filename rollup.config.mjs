// Builds every package to packages/<pkg>/dist as ES modules with source maps (one output module
// per source module, dependencies external, so consumers' bundlers tree-shake and lazy-load),
// and the all-in-one CDN file packages/sammen/dist/sammen.min.js (Lit and everything bundled, one
// file, minified). Type declarations come from `tsc -b` (npm run build:types).
import { existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
// Every workspace package, in dependency order, from the one list of widgets.
import { PACKAGES } from './packages/sammen/widgets.mjs';

const isBare = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

function packageBuild(name) {
  const dir = `packages/${name}`;
  const input = ['index', 'define'].map((entry) => `${dir}/src/${entry}.ts`).filter((file) => existsSync(file));
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

const cdnBundle = {
  // The package's own entry: it registers every widget and names every export.
  input: 'packages/sammen/src/index.ts',
  plugins: [
    // Workspace packages resolve to their TypeScript sources, so the bundle needs no prior build.
    nodeResolve({ exportConditions: ['source', 'browser', 'production'], extensions: ['.ts', '.js', '.mjs'] }),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2021', minify: true, legalComments: 'none' }),
  ],
  output: {
    file: 'packages/sammen/dist/sammen.min.js',
    format: 'es',
    sourcemap: true,
    // One file a page can load with one <script type="module">: lazy content packs are inlined.
    inlineDynamicImports: true,
  },
};

export default [...PACKAGES.map(packageBuild), cdnBundle];
