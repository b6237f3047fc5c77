// The server's small parts on their own: configuration, migrations, the unknown-field check,
// the notifier (a change is announced on commit, never on rollback).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { parseDocumentOfKind, createReflectionNotes } from '@sammen/sdk';
import { DEFAULT_BODY_LIMIT, DEFAULT_DATA_DIR, buildApp, databaseNotifier, migrate, MIGRATIONS, openDatabase, readConfig, type ChangeEvent } from '../src/index.js';
import { unknownFieldIssues } from '../src/unknown-fields.js';
import { freshDataDir } from './support/data-dir.js';

describe('readConfig', () => {
  it('defaults: port 8787 on 127.0.0.1, the embedded database in the gitignored .sammen-data/', () => {
    assert.deepEqual(readConfig({}, []), { port: 8787, host: '127.0.0.1', dataDir: DEFAULT_DATA_DIR, databaseUrl: undefined, bodyLimit: DEFAULT_BODY_LIMIT, dev: false });
    assert.match(DEFAULT_DATA_DIR, /[/\\]\.sammen-data[/\\]?$/);
  });

  it('reads PORT, HOST, SAMMEN_DATA_DIR, DATABASE_URL (empty means embedded) and --dev; refuses a bad port', () => {
    const config = readConfig({ PORT: '9000', HOST: '0.0.0.0', SAMMEN_DATA_DIR: '/srv/sammen', DATABASE_URL: ' ' }, ['--dev']);
    assert.deepEqual([config.port, config.host, config.dataDir, config.databaseUrl, config.dev], [9000, '0.0.0.0', '/srv/sammen', undefined, true]);
    assert.equal(readConfig({ DATABASE_URL: 'postgres://db/sammen' }, []).databaseUrl, 'postgres://db/sammen');
    assert.throws(() => readConfig({ PORT: 'eighty' }, []), /PORT must be a whole number/);
  });
});

describe('unknownFieldIssues', () => {
  it('names every field validation dropped, nested ones by their path, and nothing else', () => {
    const sent = { ...createReflectionNotes({ id: 'n', deckId: 'd' }), extra: 1, cards: { c1: { discussed: true, notes: { q1: 'x' }, mood: 'ok' } } };
    const parsed = parseDocumentOfKind('reflection-notes', sent);
    assert.ok(parsed.ok);
    assert.deepEqual(unknownFieldIssues(sent, parsed.value).map((issue) => issue.path).sort(), ['cards.c1.mood', 'extra']);
    const clean = createReflectionNotes({ id: 'n', deckId: 'd' });
    const again = parseDocumentOfKind('reflection-notes', clean);
    assert.ok(again.ok);
    assert.deepEqual(unknownFieldIssues(clean, again.value), []);
  });
});

describe('migrations, the notifier and the app seams on PGlite', () => {
  it('migrate applies each step once (a restart applies nothing); a change is announced on commit, never on rollback; the auth and beforeRoutes seams', async () => {
    const folder = await freshDataDir('sammen-parts-');
    const db = await openDatabase({ dataDir: folder });
    try {
      const ids = MIGRATIONS.map((migration) => migration.id);
      assert.deepEqual(await migrate(db), ids);
      assert.deepEqual(await migrate(db), []);
      const extra = [{ id: 2, name: 'test step', sql: ['CREATE TABLE test_step (n integer)'] }];
      assert.deepEqual(await migrate(db, extra), [2]);
      assert.deepEqual((await db.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id')).rows.map((row) => row.id), [...ids, 2].sort((a, b) => a - b));

      const notifier = await databaseNotifier(db);
      const heard: ChangeEvent[] = [];
      notifier.subscribe((change) => heard.push(change));
      const change = (id: string): ChangeEvent => ({ tenant: 't', group: 'g', kind: 'reflection-notes', id, type: 'delete' });
      await db
        .transaction(async (tx) => {
          await notifier.publish(tx, change('rolled-back'));
          throw new Error('roll back');
        })
        .catch(() => undefined);
      await db.transaction((tx) => notifier.publish(tx, change('committed')));
      const end = Date.now() + 5_000;
      while (heard.length === 0 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.deepEqual(heard.map((entry) => entry.id), ['committed']);

      // The seams the security layer uses: an Authenticate that refuses gets 401 on every route
      // but /health, and what beforeRoutes registers wraps every route.
      const app = buildApp({
        db,
        notifier,
        authenticate: async () => undefined,
        beforeRoutes: (instance) => instance.addHook('onSend', async (_request, reply) => void reply.header('x-seam', 'yes')),
      });
      const refused = await app.inject({ method: 'GET', url: '/documents/reflection-notes' });
      assert.deepEqual([refused.statusCode, refused.headers['www-authenticate'], refused.headers['x-seam'], refused.body], [401, 'Bearer', 'yes', '']);
      const forbidden = buildApp({
        db,
        notifier,
        authenticate: async () => {
          throw Object.assign(new Error('not in this group'), { statusCode: 403 });
        },
      });
      assert.equal((await forbidden.inject({ method: 'GET', url: '/export' })).statusCode, 403, 'a 403 thrown by the hook stays a 403');
      await forbidden.close();
      const health = await app.inject({ method: 'GET', url: '/health' });
      assert.deepEqual([health.statusCode, health.headers['x-seam']], [200, 'yes']);
      await app.close();
      await notifier.close();
    } finally {
      await db.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
