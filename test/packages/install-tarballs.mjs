// Installs what npm would publish into a fresh app, offline: `npm pack` of every public package,
// and of every third-party package they need, packed from the workspace's own node_modules (the
// versions package-lock.json pins), then `npm install --offline` of those tarballs alone. Nothing
// is fetched and the npm cache is not needed, so it runs the same on a fresh CI machine after
// `npm ci` as here. Used by test/packages/installable.pack.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGES } from '../../packages/sammen/widgets.mjs';

const ROOT = process.cwd();
const npm = (args, cwd = ROOT) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

/** The public workspace packages: `{folder, manifest}`. */
export function publishedPackages() {
  return PACKAGES.map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(ROOT, 'packages', folder, 'package.json'), 'utf8')) })).filter(
    (entry) => !entry.manifest.private,
  );
}

/** Packs directories into `dest`; returns npm's report per tarball (`{name, version, filename, files: [{path}]}`). */
export function pack(dirs, dest) {
  mkdirSync(dest, { recursive: true });
  return JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dest, ...dirs.map((dir) => `./${dir}`)]));
}

/**
 * Every third-party package `names` need, transitively (dependencies and required peers), where
 * package-lock.json installed it: name → folder (`node_modules/lit`). A name locked at two
 * versions cannot sit side by side at an app's top level, so it is an error that says so.
 */
export function lockedClosure(names) {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')).packages;
  const found = new Map();
  /** Node's lookup: `from`'s own node_modules, then each parent's. */
  const locate = (name, from) => {
    for (let base = from; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
      const location = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
      if (lock[location] && !lock[location].link) return location;
      if (!base) throw new Error(`package-lock.json installs no ${name} (needed from ${from || 'the root'})`);
    }
  };
  const visit = (name, from) => {
    const location = locate(name, from);
    const previous = found.get(name);
    if (previous === location) return;
    if (previous && lock[previous].version !== lock[location].version) throw new Error(`${name} is locked at ${lock[previous].version} and ${lock[location].version}: an app gets one`);
    if (previous) return;
    found.set(name, location);
    const entry = lock[location];
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    const needed = [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.peerDependencies ?? {}).filter((peer) => !optionalPeers[peer]?.optional)];
    for (const dependency of needed) visit(dependency, location);
  };
  for (const name of names) visit(name, '');
  return found;
}

/**
 * A fresh app folder: `tarballs/` with every public package and what they need (plus `extra`
 * third-party packages, e.g. react), and `package.json` depending on each tarball. Returns the
 * public packages' pack reports.
 */
export function installPublished(app, extra = []) {
  const published = publishedPackages();
  const ours = new Set(published.map((entry) => entry.manifest.name));
  const dest = join(app, 'tarballs');
  const reports = pack(published.map((entry) => `packages/${entry.folder}`), dest);
  const thirdParty = new Set(extra);
  for (const { manifest } of published) {
    const optionalPeers = manifest.peerDependenciesMeta ?? {};
    const needed = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}).filter((peer) => !optionalPeers[peer]?.optional)];
    for (const name of needed) if (!ours.has(name)) thirdParty.add(name);
  }
  const closure = lockedClosure([...thirdParty].sort());
  const theirs = pack([...closure.values()], dest);
  const dependencies = Object.fromEntries([...reports, ...theirs].map((report) => [report.name, `file:tarballs/${report.filename}`]));
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'sammen-install-check', private: true, type: 'module', dependencies }, null, 2)}\n`);
  npm(['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], app);
  return reports;
}
