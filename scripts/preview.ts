import { readFile, stat } from 'node:fs/promises';
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * `npm run preview`: serves the built playground (webpack.playground.js → dist-playground/) on
 * http://127.0.0.1:$PORT/ (3001 by default). Plain HTTP on the loopback interface only: the
 * playground talks to no Office and holds nothing secret, and no one else on the network should
 * reach a development build. The end-to-end tests start it on a free port.
 *
 * Text files go compressed as a production server would send them: brotli or gzip, whichever the
 * request's Accept-Encoding takes (brotli first), each file compressed once at the highest level
 * and kept in memory (the playground is a few files).
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

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to answer `Accept-Encoding` with: brotli, else gzip, else none. A coding with
 * `q=0` is refused; `*` stands for any coding not named.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find((m) => m !== null);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  const accepts = (coding: string): boolean => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

const compressors: Readonly<Record<Exclude<Encoding, 'identity'>, (body: Buffer) => Promise<Buffer>>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => promisify(gzip)(body, { level: constants.Z_BEST_COMPRESSION }),
};

/** Starts serving the folder `root` (`/` is its index.html); resolves once listening. Port 0 takes a free one. */
export function servePlayground(root: string, port: number): Promise<{ server: Server; url: string }> {
  root = resolve(root);
  // By file, encoding and modification time: a rebuild while serving is picked up.
  const compressed = new Map<string, Promise<Buffer>>();
  const bodyFor = async (file: string, headers: IncomingHttpHeaders): Promise<{ body: Buffer; encoding: Encoding }> => {
    const { mtimeMs } = await stat(file);
    const encoding = CONTENT_TYPES[extname(file)] === undefined ? 'identity' : chooseEncoding(headers['accept-encoding']);
    if (encoding === 'identity') return { body: await readFile(file), encoding };
    const key = `${encoding} ${mtimeMs} ${file}`;
    // The file is read only to compress it: a kept copy serves every later request.
    if (!compressed.has(key)) compressed.set(key, readFile(file).then(compressors[encoding]));
    return { body: await compressed.get(key)!, encoding };
  };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolve(join(root, path === '/' ? 'index.html' : path));
    // Only files inside root: `..` in a request must not reach the rest of the disk.
    if (!file.startsWith(root + sep) || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    bodyFor(file, request.headers).then(
      ({ body, encoding }) =>
        response
          .writeHead(200, {
            'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
            'Cache-Control': 'no-cache',
            Vary: 'Accept-Encoding',
            ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
          })
          .end(body),
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
