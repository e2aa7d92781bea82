// Stops a test's HTTP server without waiting for the browser's sockets.
//
// Node's `server.close()` closes idle kept-alive connections but waits for every other one, and a browser can
// hold a connection that never carries a request: with two or three requests in flight, Chromium opens a
// socket per request, reuses one that has just finished, and parks the late one unused in its pool. Measured
// with Chromium on a loaded machine (load 20 on two cores): 6 of 84 rounds of three concurrent fetches left
// such a socket, and `close()` was still waiting 120 s later. That is how a translation test that took 1.1 s
// alone ran into its 60 s timeout under load. So every connection is closed with the server.

import type { Server } from 'node:http';

export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
