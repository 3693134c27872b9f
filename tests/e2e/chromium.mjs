// Finds a Chromium for the browser tests; Playwright cannot download its own browsers here.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then Chrome. When none is found and we run
// as root on Debian/Ubuntu, Debian's `chromium` package is installed. Otherwise: one line saying
// how to get one, and a non-zero exit. It never skips the browser tests.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** Flags that work on these machines (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  }
  return CANDIDATES.find((p) => existsSync(p));
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isDebianLike()) {
    throw new Error(
      'No Chromium found for the browser tests: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  console.error("chokepoint: no Chromium found; installing Debian's chromium package…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed)
    throw new Error('apt-get installed chromium, but no binary was found at /usr/bin/chromium');
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`chokepoint: browser tests use ${ensureChromium()}`);
  } catch (e) {
    console.error(`chokepoint: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
