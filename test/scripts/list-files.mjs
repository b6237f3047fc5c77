// Node 20's test runner takes no globs: list test files ourselves.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` (recursively, skipping node_modules/dist) whose name ends with `suffix`. */
export function listFiles(dir, suffix) {
  const found = [];
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...listFiles(path, suffix));
    else if (entry.endsWith(suffix)) found.push(path);
  }
  return found.sort();
}

/** Every Node-side test file of the repo. */
export function nodeTestFiles() {
  const packages = readdirSync('packages').map((name) => join('packages', name, 'test'));
  return [...packages.flatMap((dir) => listFiles(dir, '.node.test.ts')), ...listFiles('test', '.node.test.ts')];
}
