import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/**
 * `npm run preview`: serves the built playground (webpack.playground.js → dist-playground/) on
 * http://127.0.0.1:$PORT/ (3001 by default). Plain HTTP on the loopback interface only: the
 * playground talks to no Office and holds nothing secret, and no one else on the network should
 * reach a development build. The end-to-end tests start it on a free port.
 */

/** Where webpack.playground.js writes, from the package root. */
export const PLAYGROUND_DIR = 'dist-playground';
const DEFAULT_PORT = 3001;
const HOST = '127.0.0.1';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  // Chromium applies no stylesheet served under another type: Fluent's extracted styles would be lost.
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Starts serving the folder `root` (`/` is its index.html); resolves once listening. Port 0 takes a free one. */
export function servePlayground(root: string, port: number): Promise<{ server: Server; url: string }> {
  root = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolve(join(root, path === '/' ? 'index.html' : path));
    // Only files inside root: `..` in a request must not reach the rest of the disk.
    if (!file.startsWith(root + sep) || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolveListening, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolveListening({ server, url: `http://${HOST}:${(server.address() as AddressInfo).port}/` }));
  });
}

async function main(): Promise<void> {
  // npm runs scripts from the package root.
  const { url } = await servePlayground(PLAYGROUND_DIR, Number(process.env.PORT ?? DEFAULT_PORT));
  console.log(`Cuadre playground: ${url}  (?lang=en English, ?api=1.9 an Excel without undo; Ctrl+C stops it)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
