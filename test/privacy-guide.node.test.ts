// docs/privacy.md is a DPIA's basis, so it must not drift from the code: its data inventory is
// held to the published JSON Schemas (every field listed, nothing listed that no schema has), and
// each of its code blocks runs — the export-and-erase function against a MemoryStore holding
// real documents, the device retention and shared-PC snippets against the page default, and the
// server's retention settings through the server's own parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getDefaultStore, MemoryStore, setDefaultStore, type SammenDocument, type Store } from 'sammen';
import { loadExampleGroup, loadWorkedCase } from '@sammen/content';
import { retentionFromEnv } from '../packages/server/src/privacy/retention.js';
import { codeBlocks, codeSpans, guide, runModule, section, tableRows } from './support/guide-blocks.js';

const PRIVACY = guide('privacy.md');
const METADATA = new Set(['schema', 'id', 'revision', 'updatedAt']);

/** Every field path of a JSON Schema (`people[].label`, `cards.*.notes`, `perspectives.child.answers`). */
function schemaPaths(kind: string): string[] {
  const schema = JSON.parse(readFileSync(`packages/sdk/schemas/${kind}.schema.json`, 'utf8')) as Record<string, unknown>;
  const defs = (schema.$defs ?? schema.definitions ?? {}) as Record<string, Record<string, unknown>>;
  const paths: string[] = [];
  const walk = (node: Record<string, unknown> | undefined, prefix: string, depth: number): void => {
    if (!node || depth > 4) return;
    if (typeof node.$ref === 'string') node = defs[node.$ref.split('/').pop()!] ?? node;
    for (const alternative of (node.anyOf ?? node.oneOf ?? []) as Record<string, unknown>[]) walk(alternative, prefix, depth);
    for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      const path = `${prefix}${name}`;
      paths.push(path);
      walk(child, `${path}.`, depth + 1);
      if (child.items) walk(child.items as Record<string, unknown>, `${path}[].`, depth + 1);
      if (child.additionalProperties && typeof child.additionalProperties === 'object') walk(child.additionalProperties as Record<string, unknown>, `${path}.*.`, depth + 1);
    }
  };
  walk(schema, '', 0);
  return [...new Set(paths)];
}

/** Whether the inventory's `listed` (with `*` for any one name) names `path` or a parent of it. */
function covers(listed: string, path: string): boolean {
  const pattern = new RegExp(`^${listed.replace(/[.[\]]/g, (char) => `\\${char}`).replace(/\*/g, '[^.[\\]]+')}(?:$|[.[])`);
  return pattern.test(path);
}

const INVENTORY: Record<string, string> = {
  'reflection-notes': 'Reflection deck: `reflection-notes`',
  'perspective-session': 'Perspective triangle: `perspective-session`',
  'change-model': 'Change model: `change-model`',
  'relation-map': 'Relation map: `relation-map`',
};

test('the coverage rule reads paths the way the inventory writes them', () => {
  assert.ok(covers('perspectives.*.answers', 'perspectives.child.answers'));
  assert.ok(covers('rounds[].ties', 'rounds[].ties[].quality'));
  assert.ok(!covers('rounds[].ties', 'rounds[].tiesX'));
  assert.ok(!covers('people[].label', 'people[].note'));
});

for (const [kind, heading] of Object.entries(INVENTORY)) {
  test(`the inventory lists every field of ${kind} and no field it does not have`, () => {
    const rows = tableRows(section(PRIVACY, heading));
    assert.ok(rows.length >= 3, `${kind}: ${rows.length} rows`);
    for (const row of rows) assert.equal(row.length, 6, `${kind}: every row says field, category, purpose, where, retention, who (${row[0]})`);
    const listed = rows.flatMap((row) => codeSpans(row[0]!));
    const paths = schemaPaths(kind);
    assert.ok(paths.length > 4, `${kind}: read ${paths.length} fields from the schema`);
    // A field that holds others (`people`, `perspectives.child`) is covered through them.
    const leaves = paths.filter((path) => !paths.some((other) => other !== path && covers(path, other)));
    assert.deepEqual(leaves.filter((path) => !METADATA.has(path) && !listed.some((field) => covers(field, path))), [], `${kind}: fields the inventory leaves out`);
    assert.deepEqual(listed.filter((field) => !paths.some((path) => covers(field, path))), [], `${kind}: fields listed that the schema does not have`);
  });
}

/** A MemoryStore holding our worked case and example group, as a device would after a day's work. */
async function storeWithWork(): Promise<Store> {
  const store = new MemoryStore();
  for (const doc of [await loadWorkedCase('da'), await loadExampleGroup('da')] as SammenDocument[]) {
    await store.put({ ...doc, revision: 0 }, { expectedRevision: 0 });
  }
  return store;
}

test('“export and erase” hands over every document as a sammen.export/v1 file, then leaves nothing', async () => {
  const block = codeBlocks(PRIVACY, 'js').find((code) => code.includes('exportAndErase'))!;
  const { exportAndErase } = await runModule<{ exportAndErase: (store: Store) => Promise<Blob> }>(block);
  const store = await storeWithWork();
  const before = (await store.exportAll()).documents.map((doc) => doc.id).sort();
  assert.equal(before.length, 2);
  const file = await exportAndErase(store);
  const bundle = JSON.parse(await file.text()) as { format: string; documents: SammenDocument[] };
  assert.equal(bundle.format, 'sammen.export/v1');
  assert.deepEqual(bundle.documents.map((doc) => doc.id).sort(), before);
  assert.deepEqual((await store.exportAll()).documents, []);
  // The file reads back.
  const restored = new MemoryStore();
  await restored.importAll(bundle as never);
  assert.equal((await restored.exportAll()).documents.length, 2);
});

test('the device retention snippet deletes what has not changed for a year, and keeps the rest', async () => {
  const block = codeBlocks(PRIVACY, 'js').find((code) => code.includes('purgeOlderThan'))!;
  const store = await storeWithWork();
  const { documents } = await store.exportAll();
  const old = { ...documents[0]!, id: 'last-year', updatedAt: new Date(Date.now() - 400 * 86_400_000).toISOString() };
  await store.importAll({ format: 'sammen.export/v1', exportedAt: new Date().toISOString(), documents: [old] } as never);
  setDefaultStore(store);
  const { deleted } = await runModule<{ deleted: number }>(block, 'export { deleted };');
  assert.equal(deleted, 1);
  assert.deepEqual((await store.exportAll()).documents.map((doc) => doc.id).sort(), documents.map((doc) => doc.id).sort());
});

test('the shared-PC snippet makes the page keep nothing after the tab closes', async () => {
  const block = codeBlocks(PRIVACY, 'js').find((code) => code.includes('setDefaultStore(new MemoryStore())'))!;
  setDefaultStore(new MemoryStore());
  const before = getDefaultStore();
  await runModule(block);
  assert.notEqual(getDefaultStore(), before, 'a new store');
  assert.ok(getDefaultStore() instanceof MemoryStore);
  assert.equal(getDefaultStore().location?.type, 'memory');
});

test('the server retention settings are what the guide says, read by the server’s own parser', () => {
  const block = codeBlocks(PRIVACY, 'sh')[0]!;
  const env = Object.fromEntries(block.trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]));
  assert.deepEqual(retentionFromEnv(env), { kinds: { 'relation-map': 365, 'reflection-notes': 365, 'perspective-session': 730 }, auditDays: 1095 });
  assert.match(PRIVACY, /relation maps and\s+notes after a year, perspective sessions after two, the audit trail after three/);
});

/** Source files (not tests, not generated) of the packages that run in a page. */
function pageSources(): string[] {
  const list = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      if (entry === 'generated') return [];
      return statSync(path).isDirectory() ? list(path) : path.endsWith('.ts') ? [path] : [];
    });
  return ['sdk', 'core', 'content', 'reflection-cards', 'perspective-triangle', 'change-model', 'relation-map', 'sammen'].flatMap((pkg) => list(join('packages', pkg, 'src')));
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

// Addresses that are no place anything is sent: the SVG namespace, and the example origin in the
// embed page's error message for a misconfigured origin.
const NOT_REQUESTS = ['http://www.w3.org/2000/svg', 'packages/sammen/src/embed/embed-config.ts: https://intranet.kommune.dk'];

test('no address of ours or anyone else’s in the code a page runs', () => {
  const addresses = pageSources().flatMap((file) => [...withoutComments(readFileSync(file, 'utf8')).matchAll(/https?:\/\/[^\s'"`),]+/g)].map((match) => `${file}: ${match[0]}`));
  assert.ok(addresses.length >= 2, 'the scan finds addresses');
  assert.deepEqual(addresses.filter((line) => !NOT_REQUESTS.some((allowed) => line.endsWith(allowed))), []);
});

test('nothing a person types reaches the console: the only console call is the autoloader’s “could not load <tag>”', () => {
  const calls = pageSources().flatMap((file) => [...withoutComments(readFileSync(file, 'utf8')).matchAll(/console\.\w+\([^)]*/g)].map((match) => `${file}: ${match[0]}`));
  assert.deepEqual(calls, ['packages/sammen/src/autoloader.ts: console.error(`Sammen could not load <${tag}>:`, error']);
});
