// Data protection on the running server: no document content in the logs, an audit trail of
// who read and wrote which document id (never content), retention that really deletes, and
// export and erasure of what a person or a group owns.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { purgeExpired } from '../src/privacy/retention.js';
import { notes, startSecuredServer, type SecuredServer } from './support/secured-server.js';

let s: SecuredServer;
before(async () => {
  s = await startSecuredServer();
});
after(async () => {
  // Close first: a failed check must not leave the server (and the test process) running.
  await s.close();
  s.exchanges.assertConforming();
});

const MARKER = 'MARKER-7f3a-børnehave-secret';
const json = { 'content-type': 'application/json' };

function put(headers: Record<string, string>, id: string, body: unknown, condition: Record<string, string> = { 'if-none-match': '*' }) {
  // Malformed JSON breaks the request schema on purpose: sent past the OpenAPI check.
  return (typeof body === 'string' ? fetch : s.fetch)(`${s.url}/documents/reflection-notes/${encodeURIComponent(id)}`, { method: 'PUT', headers: { ...headers, ...json, ...condition }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('logs', () => {
  it('hold no document content: writes, reads, conflicts, invalid and malformed bodies with a marker never log it', async () => {
    const who = await s.as({ tenant: s.tenant('logs'), groups: ['g'], roles: ['leader'] });
    const before = s.logs().length;
    assert.equal((await put(who, 'logged', notes('logged', MARKER))).status, 201);
    assert.equal((await put(who, 'logged', { ...notes('logged', `${MARKER} v2`), revision: 2 }, { 'if-match': '"1"' })).status, 200);
    assert.equal((await put(who, 'logged', { ...notes('logged', `${MARKER} stale`), revision: 2 }, { 'if-match': '"1"' })).status, 409);
    assert.equal((await put(who, 'bad', { ...notes('bad', MARKER), deckId: 7, [MARKER]: MARKER })).status, 422);
    assert.equal((await put(who, 'broken', `{"schema": "sammen.reflection-notes/v1", "x": "${MARKER}`)).status, 400);
    assert.equal((await put(who, 'broken', `${MARKER}`)).status, 400);
    assert.equal((await s.fetch(`${s.url}/documents/reflection-notes/logged`, { headers: who })).status, 200);
    assert.equal((await s.fetch(`${s.url}/export`, { headers: who })).status, 200);
    const written = s.logs().slice(before);
    assert.ok(written.includes('/documents/reflection-notes/logged'), 'the requests were logged (the capture works)');
    assert.ok(!written.includes(MARKER), 'no log line carries the document text');
    assert.ok(!written.includes('7f3a'), 'not even part of it');
  });
});

interface AuditRow {
  tenant: string;
  group_id: string;
  subject: string;
  action: string;
  kind: string | null;
  document_id: string | null;
  revision: number | null;
  at: Date | string;
}

describe('audit trail', () => {
  it('records who read and wrote which document id and when, and nothing else', async () => {
    const tenant = s.tenant('audit');
    const anna = await s.as({ tenant, groups: ['g'], roles: ['staff'], sub: 'anna' });
    const bo = await s.as({ tenant, groups: ['g'], roles: ['staff'], sub: 'bo' });
    const started = Date.now() - 1000;
    assert.equal((await put(anna, 'audited', notes('audited', MARKER))).status, 201);
    assert.equal((await s.fetch(`${s.url}/documents/reflection-notes/audited`, { headers: bo })).status, 200);
    assert.equal((await put(bo, 'audited', { ...notes('audited', 'x'), revision: 2 }, { 'if-match': '"1"' })).status, 200);
    assert.equal((await s.fetch(`${s.url}/documents/reflection-notes`, { headers: anna })).status, 200);
    assert.equal((await put(anna, 'audited', { ...notes('audited', 'y'), revision: 2 }, { 'if-match': '"1"' })).status, 409);
    assert.equal((await s.fetch(`${s.url}/documents/reflection-notes/audited`, { method: 'DELETE', headers: anna })).status, 204);

    const { rows } = await s.server.db.query<AuditRow>('SELECT * FROM audit_log WHERE tenant = $1 ORDER BY seq', [tenant]);
    assert.deepEqual(
      rows.map((row) => [row.subject, row.action, row.kind, row.document_id, row.revision]),
      [
        ['anna', 'create', 'reflection-notes', 'audited', 1],
        ['bo', 'read', 'reflection-notes', 'audited', 1],
        ['bo', 'update', 'reflection-notes', 'audited', 2],
        ['anna', 'list', 'reflection-notes', 'audited', 2],
        ['anna', 'delete', 'reflection-notes', 'audited', null],
      ],
      'the refused (409) write is not recorded as a write',
    );
    for (const row of rows) {
      assert.equal(row.group_id, 'g');
      const at = new Date(row.at).getTime();
      assert.ok(at >= started && at <= Date.now() + 1000, 'when');
    }
    const everything = JSON.stringify((await s.server.db.query('SELECT * FROM audit_log')).rows);
    assert.ok(!everything.includes(MARKER), 'no content in the audit trail');
  });
});

describe('retention', () => {
  it('purges documents of a kind older than its configured days: the rows are gone from the database', async () => {
    const tenant = s.tenant('retention');
    const who = await s.as({ tenant, groups: ['g'], roles: ['leader'] });
    for (const id of ['old-notes', 'new-notes']) assert.equal((await put(who, id, notes(id))).status, 201);
    const session = { schema: 'sammen.perspective-session/v1', id: 'old-session', revision: 1, updatedAt: new Date().toISOString() };
    const created = await s.fetch(`${s.url}/documents/perspective-session/old-session`, { method: 'PUT', headers: { ...who, ...json, 'if-none-match': '*' }, body: JSON.stringify(session) });
    assert.ok([201, 422].includes(created.status));
    // Age two documents by 40 days (the server stamps updatedAt with its own clock).
    await s.server.db.query(`UPDATE documents SET updated_at = now() - interval '40 days' WHERE tenant = $1 AND id IN ('old-notes', 'old-session')`, [tenant]);
    const count = async (id: string) => (await s.server.db.query('SELECT 1 FROM documents WHERE tenant = $1 AND id = $2', [tenant, id])).rows.length;
    assert.equal(await count('old-notes'), 1);

    const purged = await purgeExpired(s.server.db, s.server.notifier, { kinds: { 'reflection-notes': 30 } });
    assert.ok(purged.documents >= 1);
    assert.equal(await count('old-notes'), 0, 'the old notes row is deleted');
    assert.equal(await count('new-notes'), 1, 'recent notes stay');
    if (created.status === 201) assert.equal(await count('old-session'), 1, 'a kind without retention stays');
    assert.equal((await s.fetch(`${s.url}/documents/reflection-notes/old-notes`, { headers: who })).status, 404);
  });

  it('purges audit rows older than the audit retention', async () => {
    const tenant = s.tenant('audit-retention');
    await s.server.db.query(`INSERT INTO audit_log (at, tenant, group_id, subject, action) VALUES (now() - interval '400 days', $1, 'g', 'p', 'read'), (now(), $1, 'g', 'p', 'read')`, [tenant]);
    await purgeExpired(s.server.db, s.server.notifier, { kinds: {}, auditDays: 365 });
    assert.equal((await s.server.db.query('SELECT 1 FROM audit_log WHERE tenant = $1', [tenant])).rows.length, 1);
  });
});

describe('export and erasure', () => {
  it('a person exports what they created (with their audit rows) and erases it; the group\'s other documents stay', async () => {
    const tenant = s.tenant('gdpr');
    const anna = await s.as({ tenant, groups: ['g'], roles: ['staff'], sub: 'anna' });
    const bo = await s.as({ tenant, groups: ['g'], roles: ['staff'], sub: 'bo' });
    const leader = await s.as({ tenant, groups: ['g'], roles: ['leader'], sub: 'lea' });
    assert.equal((await put(anna, 'annas', notes('annas'))).status, 201);
    assert.equal((await put(bo, 'bos', notes('bos'))).status, 201);

    const mine = (await (await s.fetch(`${s.url}/privacy/people/anna/export`, { headers: anna })).json()) as { format: string; documents: { id: string }[]; audit: { action: string; id: string }[] };
    assert.equal(mine.format, 'sammen.export/v1');
    assert.deepEqual(mine.documents.map((doc) => doc.id), ['annas']);
    assert.ok(mine.audit.some((row) => row.action === 'create' && row.id === 'annas'));

    assert.equal((await s.fetch(`${s.url}/privacy/people/bo/export`, { headers: anna })).status, 403, 'staff cannot export someone else');
    assert.equal((await s.fetch(`${s.url}/privacy/people/bo`, { method: 'DELETE', headers: anna })).status, 403, 'staff cannot erase someone else');

    const erased = (await (await s.fetch(`${s.url}/privacy/people/anna`, { method: 'DELETE', headers: anna })).json()) as { deleted: number };
    assert.equal(erased.deleted, 1);
    assert.equal((await s.server.db.query('SELECT 1 FROM documents WHERE tenant = $1 AND created_by = $2', [tenant, 'anna'])).rows.length, 0);
    assert.equal((await s.fetch(`${s.url}/documents/reflection-notes/bos`, { headers: anna })).status, 200, 'Bo\'s document stays');

    const group = (await (await s.fetch(`${s.url}/privacy/group/export`, { headers: leader })).json()) as { documents: { id: string }[] };
    assert.deepEqual(group.documents.map((doc) => doc.id), ['bos']);
    assert.equal(((await (await s.fetch(`${s.url}/privacy/people/bo`, { method: 'DELETE', headers: leader })).json()) as { deleted: number }).deleted, 1, 'a leader erases a member\'s documents');
    assert.equal((await put(bo, 'later', notes('later'))).status, 201);
    assert.equal(((await (await s.fetch(`${s.url}/privacy/group`, { method: 'DELETE', headers: leader })).json()) as { deleted: number }).deleted, 1);
    assert.equal((await s.server.db.query('SELECT 1 FROM documents WHERE tenant = $1', [tenant])).rows.length, 0, 'the group\'s rows are gone');
  });
});
