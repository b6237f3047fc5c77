// Finds a Chromium for the browser tests, or installs Debian's when we may (root on Debian/Ubuntu).
// Nothing here downloads a browser of its own: this machine reaches only npm and apt.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags Chromium needs on a root, offline, GPU-less machine (see docs/contributing.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function which(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** @returns {string | undefined} the path of an existing browser */
export function findBrowser() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  for (const path of CANDIDATES) if (existsSync(path)) return path;
  for (const name of ON_PATH) {
    const path = which(name);
    if (path) return path;
  }
  return undefined;
}

function isDebianLike() {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
  } catch {
    return false;
  }
}

/** Finds the browser, installing Debian's chromium with apt when running as root on Debian/Ubuntu. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && isDebianLike()) {
    process.stderr.write('No Chromium found: installing Debian\'s chromium with apt-get (root)…\n');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = findBrowser();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium or Chrome found for the browser tests.\n' +
      '  Install one, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  or point CHROME_PATH at a Chrome/Chromium binary: CHROME_PATH=/path/to/chrome npm test',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.stdout.write(`${ensureBrowser()}\n`);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
