// One tenant (municipality) never reads, lists, changes or deletes another's documents; one
// group (daycare) likewise inside a tenant, whatever the role. Real OIDC tokens (jose, JWKS on
// loopback), real server, every exchange checked against docs/api/openapi.yaml.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
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

const url = (path: string) => `${s.url}${path}`;
const put = (path: string, headers: Record<string, string>, body: unknown, condition: Record<string, string>) =>
  s.fetch(url(path), { method: 'PUT', headers: { ...headers, ...condition, 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function readAs(headers: Record<string, string>, id: string): Promise<{ status: number; body: Record<string, unknown> | undefined }> {
  const answer = await s.fetch(url(`/documents/reflection-notes/${id}`), { headers });
  return { status: answer.status, body: answer.status === 200 ? ((await answer.json()) as Record<string, unknown>) : (await answer.text(), undefined) };
}

/** Runs the isolation checks between an owner and an outsider (another tenant, or another group). */
function isolationSuite(label: string, owner: () => Promise<Record<string, string>>, outsider: () => Promise<Record<string, string>>) {
  describe(label, () => {
    const id = `secret-${label.replace(/\W+/g, '-')}`;
    let a: Record<string, string>;
    let b: Record<string, string>;
    before(async () => {
      a = await owner();
      b = await outsider();
      const created = await put(`/documents/reflection-notes/${id}`, a, notes(id, 'only for the owner'), { 'if-none-match': '*' });
      assert.equal(created.status, 201);
    });

    it('the outsider cannot read it (404, as if it did not exist)', async () => {
      assert.equal((await readAs(b, id)).status, 404);
    });

    it('the outsider does not see it in a list or in an export', async () => {
      const list = (await (await s.fetch(url('/documents/reflection-notes'), { headers: b })).json()) as { documents: { id: string }[] };
      assert.ok(!list.documents.some((doc) => doc.id === id));
      const bundle = (await (await s.fetch(url('/export'), { headers: b })).json()) as { documents: { id: string }[] };
      assert.ok(!bundle.documents.some((doc) => doc.id === id));
    });

    it('the outsider cannot change it: a conditional replace finds nothing, a create makes its own document', async () => {
      const replace = await put(`/documents/reflection-notes/${id}`, b, { ...notes(id, 'overwritten'), revision: 2 }, { 'if-match': '"1"' });
      assert.equal(replace.status, 409);
      assert.equal(((await replace.json()) as { current?: unknown }).current, undefined, 'nothing of the owner\'s document is revealed');
      const own = await put(`/documents/reflection-notes/${id}`, b, notes(id, 'the outsider\'s own'), { 'if-none-match': '*' });
      assert.equal(own.status, 201);
      const mine = await readAs(a, id);
      assert.equal(mine.body?.revision, 1);
      assert.deepEqual(mine.body?.cards, notes(id, 'only for the owner').cards);
    });

    it('the outsider cannot delete it, one by one or all at once', async () => {
      assert.ok([204, 404].includes((await s.fetch(url(`/documents/reflection-notes/${id}`), { method: 'DELETE', headers: b })).status));
      assert.equal((await s.fetch(url('/documents'), { method: 'DELETE', headers: b })).status, 204);
      assert.equal((await s.fetch(url('/purge?olderThanDays=0'), { method: 'POST', headers: b })).status, 200);
      assert.equal((await s.fetch(url('/privacy/group'), { method: 'DELETE', headers: b })).status, 200);
      const still = await readAs(a, id);
      assert.equal(still.status, 200);
      assert.equal((still.body?.cards as Record<string, { notes: { q1: string } }>)['card-1']!.notes.q1, 'only for the owner');
    });
  });
}

isolationSuite(
  'another tenant (leader)',
  () => s.as({ tenant: s.tenant('aarhus'), groups: ['solsikken'], roles: ['leader'], sub: 'anna' }),
  () => s.as({ tenant: s.tenant('odense'), groups: ['solsikken'], roles: ['leader'], sub: 'bo' }),
);
isolationSuite(
  'another group of the same tenant (leader)',
  () => s.as({ tenant: s.tenant('bergen'), groups: ['maurtua'], roles: ['leader'], sub: 'kari' }),
  () => s.as({ tenant: s.tenant('bergen'), groups: ['humla'], roles: ['leader'], sub: 'ola' }),
);

describe('groups named by the token', () => {
  it('with several groups, Sammen-Group picks the one to work in; a group the token does not name is 403', async () => {
    const tenant = s.tenant('trondheim');
    const both = await s.as({ tenant, groups: ['g-1', 'g-2'], roles: ['staff'] });
    const inG2 = { ...both, 'sammen-group': 'g-2' };
    assert.equal((await put('/documents/reflection-notes/in-g2', inG2, notes('in-g2'), { 'if-none-match': '*' })).status, 201);
    assert.equal((await readAs({ ...both, 'sammen-group': 'g-1' }, 'in-g2')).status, 404);
    assert.equal((await readAs(inG2, 'in-g2')).status, 200);
    const onlyG1 = await s.as({ tenant, groups: ['g-1'], roles: ['staff'] });
    const refused = await s.fetch(url('/documents/reflection-notes/in-g2'), { headers: { ...onlyG1, 'sammen-group': 'g-2' } });
    assert.equal(refused.status, 403);
    assert.deepEqual(Object.keys((await refused.json()) as object).sort(), ['code', 'message']);
  });
});

describe('roles inside a group', () => {
  it('staff read and write, but only a leader may erase the whole group or purge', async () => {
    const tenant = s.tenant('aalborg');
    const staff = await s.as({ tenant, groups: ['g'], roles: ['staff'] });
    const leader = await s.as({ tenant, groups: ['g'], roles: ['leader'] });
    assert.equal((await put('/documents/reflection-notes/kept', staff, notes('kept'), { 'if-none-match': '*' })).status, 201);
    for (const [method, path] of [['DELETE', '/documents'], ['POST', '/purge?olderThanDays=0'], ['DELETE', '/privacy/group'], ['GET', '/privacy/group/export']] as const) {
      const answer = await s.fetch(url(path), { method, headers: staff });
      assert.equal(answer.status, 403, `${method} ${path} as staff`);
      assert.equal(((await answer.json()) as { code: string }).code, 'authentication');
    }
    assert.equal((await readAs(leader, 'kept')).status, 200, 'staff\'s refused erasures deleted nothing');
    assert.equal((await s.fetch(url('/documents'), { method: 'DELETE', headers: leader })).status, 204);
    assert.equal((await readAs(staff, 'kept')).status, 404);
  });

  it('a token whose role claim maps to no Sammen role gets 403', async () => {
    const parent = await s.as({ tenant: s.tenant('x'), groups: ['g'], roles: ['parent'] });
    const answer = await s.fetch(url('/documents/reflection-notes'), { headers: parent });
    assert.equal(answer.status, 403);
  });
});
