// HttpStore's store contract and import suite against @sammen/server on PGlite: the contract in
// docs/api/openapi.yaml holds against a real server and a real (embedded) PostgreSQL, and every
// request and answer of the run is checked against the OpenAPI file.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runImportSuite } from '../../sdk/test/import-suite.js';
import { runStoreContract } from '../../sdk/test/support/store-contract.js';
import { conformingIt, startTestServer, type TestServer } from './support/test-server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

const fresh = async () => {
  const store = server.store();
  await store.deleteAll();
  return store;
};
const checked = conformingIt(() => server);

// On the real PostgreSQL in DATABASE_URL when scripts/with-postgres.mjs runs it (.ci/run).
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
runStoreContract(`HttpStore against @sammen/server on ${engine}`, fresh, { describe, it: checked });
runImportSuite(`HttpStore against @sammen/server on ${engine}`, fresh, { describe, it: checked });

describe('@sammen/server and docs/api/openapi.yaml', () => {
  it('every request of the store contract and its answer conformed to the OpenAPI file', (t) => {
    server.exchanges.assertConforming();
    t.diagnostic(`${server.exchanges.checked} exchanges validated against docs/api/openapi.yaml`);
    assert.ok(server.exchanges.checked > 100, `only ${server.exchanges.checked} exchanges were checked`);
  });
});
