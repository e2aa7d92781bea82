#!/usr/bin/env node
// `npm test`: unit tests (vitest + jsdom), then the end-to-end tests, which drive the BUILT extension
// in a real Chromium. Builds first so the e2e tests never run against a stale build.
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './lib/chromium.mjs';

const e2eOnly = process.argv.includes('--e2e-only');
const chrome = chromiumPath();
if (!chrome) {
  console.error(
    'npm test needs a Chromium or Chrome for the end-to-end tests, and none was found.\n' +
      'Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or point CHROME_PATH at a binary:\n' +
      '  CHROME_PATH=/path/to/chrome npm test',
  );
  process.exit(1);
}

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome, ...env },
  });
  console.log(
    `  ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!e2eOnly) run('unit tests', 'npx', ['vitest', 'run']);
run('build (chrome-mv3)', 'npx', ['wxt', 'build']);
run('build (chrome-mv3-e2e)', 'npx', ['wxt', 'build', '--mode', 'e2e']);
run('end-to-end tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts']);
