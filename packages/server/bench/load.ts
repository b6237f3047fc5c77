// `npm run bench:server`: a bounded load test of @sammen/server on loopback, through the real
// entry point (`npm run server -- --dev`, its dev token), on the embedded PGlite, or on the real
// PostgreSQL in DATABASE_URL (`node packages/server/scripts/with-postgres.mjs -- npm run bench:server`).
//
// Scenarios (autocannon, a fixed number of requests each, so every write is answered before the
// count): reads of one document; writers on different documents; writers on the same document.
// Every writer loops "PUT with If-Match → on 409 take the current document from the answer and
// try again". After each write scenario the final state is read and compared with the
// acknowledged writes: the revision moved once per acknowledged write, and each writer's own
// counter in the document equals its number of acknowledged writes. Any difference is a lost
// update and fails the run (exit 1).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Client, type Result } from 'autocannon';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);

interface Doc {
  schema: string;
  id: string;
  revision: number;
  updatedAt: string;
  deckId: string;
  cards: Record<string, { discussed: boolean; notes: Record<string, string> }>;
}

async function startServer(): Promise<{ url: string; token: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sammen-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/server/src/main.ts', '--dev'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SAMMEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn', SAMMEN_RATE_LIMIT: '100000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const { url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const url = /^api base: (\S+)$/m.exec(out)?.[1];
      const token = /^token: (\S+)$/m.exec(out)?.[1];
      if (url && token) resolve({ url, token });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return {
    url,
    token,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

function notes(id: string): Doc {
  return { schema: 'sammen.reflection-notes/v1', id, revision: 1, updatedAt: new Date().toISOString(), deckId: 'deck', cards: {} };
}

/** Per-writer state: the document as last seen, and how many of its writes were acknowledged. */
interface Writer {
  id: string;
  seen: Doc;
  acked: number;
  conflicts: number;
}

/** A write scenario: `writers[i]` is connection i's writer, looping PUT/If-Match on `writers[i].id`. */
async function writeScenario(title: string, url: string, auth: Record<string, string>, writers: Writer[]): Promise<Result> {
  let next = 0;
  const result = await autocannon({
    title,
    url,
    connections: writers.length,
    amount: REQUESTS,
    timeout: 30,
    headers: { ...auth, 'content-type': 'application/json' },
    setupClient(client: Client) {
      // Each connection is one writer for the whole run (autocannon resets a client's context
      // to its initial context on every loop over the request list).
      const iterator = (client as unknown as { requestIterator: { initialContext: object; resetContext(): void; rebuildRequest(): void } }).requestIterator;
      iterator.initialContext = { writer: next++ };
      iterator.resetContext();
      iterator.rebuildRequest();
    },
    requests: [
      {
        method: 'PUT',
        setupRequest(request, context) {
          const writer = writers[(context as { writer?: number }).writer ?? 0]!;
          const { seen } = writer;
          const mine = `w${(context as { writer?: number }).writer ?? 0}`;
          const body: Doc = { ...seen, revision: seen.revision + 1, cards: { ...seen.cards, [mine]: { discussed: true, notes: { n: String(writer.acked + 1) } } } };
          return { ...request, path: `/documents/reflection-notes/${writer.id}`, headers: { ...request.headers, 'if-match': `"${seen.revision}"` }, body: JSON.stringify(body) };
        },
        onResponse(status, body, context) {
          const writer = writers[(context as { writer?: number }).writer ?? 0]!;
          if (status === 200) {
            writer.acked += 1;
            writer.seen = JSON.parse(body) as Doc;
          } else if (status === 409) {
            writer.conflicts += 1;
            writer.seen = (JSON.parse(body) as { current: Doc }).current;
          } else throw new Error(`${title}: unexpected ${status}: ${body.slice(0, 200)}`);
        },
      },
    ],
  });
  return result;
}

async function verify(title: string, url: string, auth: Record<string, string>, writers: Writer[]): Promise<string[]> {
  const problems: string[] = [];
  const byDoc = new Map<string, { acked: number; writers: number[] }>();
  writers.forEach((writer, index) => {
    const entry = byDoc.get(writer.id) ?? { acked: 0, writers: [] };
    entry.acked += writer.acked;
    entry.writers.push(index);
    byDoc.set(writer.id, entry);
  });
  for (const [id, { acked, writers: indexes }] of byDoc) {
    const final = (await (await fetch(`${url}/documents/reflection-notes/${id}`, { headers: auth })).json()) as Doc;
    if (final.revision !== 1 + acked) problems.push(`${title}: ${id} is at revision ${final.revision}, expected ${1 + acked} (1 + acknowledged writes)`);
    for (const index of indexes) {
      const counted = Number(final.cards[`w${index}`]?.notes.n ?? 0);
      if (counted !== writers[index]!.acked) problems.push(`${title}: writer ${index} had ${writers[index]!.acked} writes acknowledged, the document holds ${counted}`);
    }
  }
  return problems;
}

async function create(url: string, auth: Record<string, string>, id: string): Promise<Doc> {
  const answer = await fetch(`${url}/documents/reflection-notes/${id}`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json', 'if-none-match': '*' }, body: JSON.stringify(notes(id)) });
  if (answer.status !== 201) throw new Error(`create ${id}: ${answer.status}`);
  return (await answer.json()) as Doc;
}

function line(result: Result, extra = ''): string {
  return `| ${result.title} | ${result.connections} | ${result.requests.sent} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx} | ${extra} |`;
}

const server = await startServer();
const auth = { authorization: `Bearer ${server.token}` };
const rows: string[] = [];
const problems: string[] = [];
try {
  const read = await create(server.url, auth, 'read-me');
  const reads = await autocannon({ title: 'read one document (GET)', url: `${server.url}/documents/reflection-notes/${read.id}`, connections: CONNECTIONS, amount: REQUESTS, headers: auth, timeout: 30 });
  rows.push(line(reads));

  const separate: Writer[] = [];
  for (let i = 0; i < CONNECTIONS; i += 1) separate.push({ id: `own-${i}`, seen: await create(server.url, auth, `own-${i}`), acked: 0, conflicts: 0 });
  const different = await writeScenario('writers on different documents (PUT If-Match)', server.url, auth, separate);
  problems.push(...(await verify('different documents', server.url, auth, separate)));
  rows.push(line(different, `${separate.reduce((n, w) => n + w.acked, 0)} acknowledged, 0 lost: ${problems.length === 0 ? 'yes' : 'NO'}`));

  const shared = await create(server.url, auth, 'shared');
  const contenders: Writer[] = Array.from({ length: CONNECTIONS }, () => ({ id: 'shared', seen: shared, acked: 0, conflicts: 0 }));
  const same = await writeScenario('writers on the same document (PUT If-Match, retry on 409)', server.url, auth, contenders);
  const sameProblems = await verify('same document', server.url, auth, contenders);
  problems.push(...sameProblems);
  const acked = contenders.reduce((n, w) => n + w.acked, 0);
  const conflicts = contenders.reduce((n, w) => n + w.conflicts, 0);
  rows.push(line(same, `${acked} acknowledged, ${conflicts} conflicts (409, retried), 0 lost: ${sameProblems.length === 0 ? 'yes' : 'NO'}`));
} finally {
  await server.stop();
}

const engine = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
process.stdout.write(
  [
    `@sammen/server load test on ${engine}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${REQUESTS} requests per scenario, loopback`,
    '',
    '| scenario | connections | requests | req/s (mean) | p50 ms | p99 ms | non-2xx | check |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    problems.length === 0 ? 'No lost updates.' : `LOST UPDATES:\n${problems.join('\n')}`,
    '',
  ].join('\n'),
);
process.exit(problems.length === 0 ? 0 : 1);
