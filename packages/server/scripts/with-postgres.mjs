#!/usr/bin/env node
// Runs a command against a real, throw-away PostgreSQL: finds Debian's server binaries (installs
// `postgresql` with apt-get when run as root and they are missing), initialises a cluster in a
// temporary directory, starts it on a free loopback port as a non-root user (postgres refuses
// root), creates a database, runs the command with DATABASE_URL set, stops the server and
// removes the directory. Without PostgreSQL (and no way to install it) it says so and exits 0,
// so a machine without apt still runs the rest of CI.
//
//   node packages/server/scripts/with-postgres.mjs                 # the server's PG suites
//   node packages/server/scripts/with-postgres.mjs -- <command…>   # any command
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const started = performance.now();
const seconds = (from) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const log = (line) => process.stdout.write(`[with-postgres] ${line}\n`);

function findBin() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : undefined;
}

function install() {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || spawnSync('sh', ['-c', 'command -v apt-get']).status !== 0) return;
  const from = performance.now();
  log('installing Debian\'s postgresql (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { stdio: ['ignore', 'ignore', 'inherit'], env };
  if (spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], opts).status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], opts);
    spawnSync('apt-get', ['install', '-y', '-qq', 'postgresql'], opts);
  }
  log(`apt-get took ${seconds(from)}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a postgres binary as a non-root user when we are root (initdb and postgres refuse root). */
function asPostgresUser(bin, args) {
  if (process.getuid?.() !== 0) return [bin, args];
  const user = spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody';
  return ['runuser', ['-u', user, '--', bin, ...args]];
}

function ownDir(dir) {
  if (process.getuid?.() !== 0) return;
  const id = (flag) => Number(spawnSync('id', [flag, spawnSync('id', ['-u', 'postgres']).status === 0 ? 'postgres' : 'nobody']).stdout.toString().trim());
  chownSync(dir, id('-u'), id('-g'));
  chmodSync(dir, 0o700);
}

async function waitReady(url, child) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const dashdash = process.argv.indexOf('--');
const command = dashdash >= 0 ? process.argv.slice(dashdash + 1) : [process.execPath, 'packages/server/scripts/run-pg-suites.mjs'];

let bin = findBin();
if (!bin) {
  install();
  bin = findBin();
}
if (!bin) {
  log('PostgreSQL is not installed and cannot be installed here (not root, or no apt-get): real-PostgreSQL suites skipped.');
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'sammen-pg-'));
const data = join(dir, 'data');
let postgres;
let status = 1;
try {
  ownDir(dir);
  let from = performance.now();
  const [initCmd, initArgs] = asPostgresUser(join(bin, 'initdb'), ['-D', data, '-U', 'sammen', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const init = spawnSync(initCmd, initArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (init.status !== 0) throw new Error(`initdb failed (${init.status})`);
  log(`initdb ${seconds(from)}`);
  const port = await freePort();
  from = performance.now();
  // Loopback only, socket in the temporary directory; fsync off because the cluster is thrown
  // away (the kill test kills the Sammen server, not PostgreSQL).
  const [pgCmd, pgArgs] = asPostgresUser(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=200']);
  postgres = spawn(pgCmd, pgArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  let pgLog = '';
  postgres.stderr.on('data', (chunk) => (pgLog = (pgLog + chunk).slice(-4000)));
  const admin = `postgres://sammen@127.0.0.1:${port}/postgres`;
  await waitReady(admin, postgres).catch((error) => {
    process.stderr.write(pgLog);
    throw error;
  });
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query('CREATE DATABASE sammen_test');
  await client.end();
  log(`PostgreSQL ${bin.split('/').at(-2)} ready on 127.0.0.1:${port} in ${seconds(from)}`);
  from = performance.now();
  const env = { ...process.env, DATABASE_URL: `postgres://sammen@127.0.0.1:${port}/sammen_test` };
  const run = spawnSync(command[0], command.slice(1), { stdio: 'inherit', env });
  status = run.status ?? 1;
  log(`${command.join(' ')}: exit ${status} after ${seconds(from)}`);
} catch (error) {
  process.stderr.write(`[with-postgres] ${error instanceof Error ? error.message : String(error)}\n`);
  status = 1;
} finally {
  if (postgres && postgres.exitCode === null) {
    const exited = new Promise((resolve) => postgres.once('exit', resolve));
    // Signal the postmaster itself (its pid is the first line of postmaster.pid): runuser does
    // not pass SIGINT on. SIGINT is PostgreSQL's "fast" shutdown.
    let pid;
    try {
      pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    } catch {
      pid = undefined;
    }
    if (pid) process.kill(pid, 'SIGINT');
    else postgres.kill('SIGINT');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (postgres.exitCode === null) postgres.kill('SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
  log(`total ${seconds(started)}`);
}
process.exit(status);
