// `npm run analyze`: writes the Custom Elements Manifest (custom-elements.json) of every package
// that defines elements, from the JSDoc on each class, and a merged one at the root for Storybook.
// Runs before Storybook starts and in `npm run build`; takes a few seconds, needs no build.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const cli = join(process.cwd(), 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const packages = readdirSync('packages').filter((name) => existsSync(join('packages', name, 'src', 'define.ts')) && name !== 'sammen');
const merged = { schemaVersion: '1.0.0', readme: '', modules: [] };

for (const name of packages) {
  const dir = join('packages', name);
  execFileSync(process.execPath, [cli, 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**', '--outdir', '.'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  // Paths relative to the repo root in the merged manifest, so names never collide.
  for (const module of manifest.modules) merged.modules.push({ ...module, path: `packages/${name}/${module.path}` });
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
  process.stdout.write(`${dir}/custom-elements.json: ${elements.length} elements\n`);
}
writeFileSync('custom-elements.json', `${JSON.stringify(merged, null, 2)}\n`);
