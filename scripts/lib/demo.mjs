// The bundled demo article and the build it is shown with: shared by npm start and npm run screenshots.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Bitget-style addresses, so the early content script sees a catalogue site. */
export const DEMO_URL = 'https://www.bitget.com/news/detail/unshill-demo';
export const DEMO_FR_URL = 'https://www.bitget.com/fr/news/detail/unshill-demo';

/** The demo's English and French editions, by the address they are served at. */
export function demoPages(root) {
  return new Map([
    [DEMO_URL, readFileSync(join(root, 'assets/demo/news-demo.html'), 'utf8')],
    [DEMO_FR_URL, readFileSync(join(root, 'assets/demo/news-demo.fr.html'), 'utf8')],
  ]);
}

/** Builds the Chrome extension unless `--no-build` was given; exits on a failed build. Returns its folder. */
export function chromeBuild(root, args) {
  if (!args.includes('--no-build')) {
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  return join(resolve(root, process.env.UNSHILL_OUT_DIR || '.output'), 'chrome-mv3');
}
