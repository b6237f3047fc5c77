// `npm run server` as a child process (the real entry point, src/main.ts), configured through the
// environment like a deployment: for tests that need several processes on one database.
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestProvider } from './oidc-provider.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Stops it with SIGTERM and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts src/main.ts on a free loopback port, trusting `provider`'s tokens, on `databaseUrl`. */
export async function startServerProcess(provider: TestProvider, databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/server/src/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      SAMMEN_OIDC_ISSUER: provider.issuer,
      SAMMEN_OIDC_AUDIENCE: provider.audience,
      SAMMEN_OIDC_JWKS_URL: provider.jwksUrl,
      SAMMEN_RATE_LIMIT: '1000000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += String(chunk);
      const found = /Sammen server on (http:\/\/\S+?),/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
