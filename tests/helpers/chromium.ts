import { existsSync } from 'node:fs';
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from '../../scripts/lib/chromium.mjs';

export { QUIET_CHROMIUM_FLAGS };

/** The Chromium the tests drive: CHROME_PATH, else the usual install paths; a clear error otherwise. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && !existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
  const found = chromiumPath();
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}
