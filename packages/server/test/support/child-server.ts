// `npm run server`'s entry as a child process on a given data folder, for the kill and
// shutdown tests: it is started, written to, and stopped by a real signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export interface ChildServer {
  url: string;
  /** The dev bearer token it printed (its key is made at start: valid for this process only). */
  token: string;
  child: ChildProcess;
  /** Everything the process wrote to stdout so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/** Starts the server on an ephemeral loopback port; resolves once it printed its API base. */
export function startChild(dataDir: string): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', MAIN, '--dev'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SAMMEN_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (err += chunk));
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const base = /^api base: (\S+)$/m.exec(out)?.[1];
      const token = /^token: (\S+)$/m.exec(out)?.[1];
      if (base && token) resolve({ url: base, token, child, output: () => out, exited });
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before it was ready: ${err.slice(-2000)}`)));
  });
}
