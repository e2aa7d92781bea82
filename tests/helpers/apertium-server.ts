// Starts a real Apertium APy server on a free loopback port for tests (Debian: apertium-apy plus the
// apertium-fr-es and apertium-eng-spa pairs). Reused by the end-to-end tests.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export interface ApertiumServer {
  url: string;
  stop(): Promise<void>;
}

const MODES_DIR = process.env.APERTIUM_MODES ?? '/usr/share/apertium/modes';
const START_DEADLINE_MS = 30_000;

/** A port the OS reports free right now (tiny race with other processes, acceptable for tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startApertium(): Promise<ApertiumServer> {
  if (!existsSync(MODES_DIR)) {
    throw new Error(
      `Apertium modes not found in ${MODES_DIR}: apt-get install apertium-apy apertium-fr-es apertium-eng-spa`,
    );
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // detached: APy starts one pipeline process per pair; killing the group stops them with it.
  const child: ChildProcess = spawn('apertium-apy', ['-p', String(port), MODES_DIR], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const spawnError = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new Error(
              'apertium-apy is not installed: apt-get install apertium-apy apertium-fr-es apertium-eng-spa',
            )
          : error,
      );
    });
    child.once('exit', (code) => reject(new Error(`apertium-apy exited with code ${code}: ${stderr}`)));
  });
  spawnError.catch(() => undefined);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // Already gone.
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 3000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + START_DEADLINE_MS;
  try {
    while (Date.now() < deadline) {
      const ready = await Promise.race([
        fetch(`${url}/listPairs`, { signal: AbortSignal.timeout(1000) }).then(
          (r) => r.ok,
          () => false,
        ),
        spawnError,
      ]);
      if (ready) return { url, stop };
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  await stop();
  throw new Error(
    `apertium-apy did not answer /listPairs on ${url} within ${START_DEADLINE_MS / 1000} s: ${stderr}`,
  );
}
