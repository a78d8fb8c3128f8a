import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, type Server, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding, servePlayground } from '../../scripts/preview';

/** The playground's server (`npm run preview`, the Chromium tests): compressed as a production server would send it. */

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['GZIP', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['deflate', 'identity'],
    ['identity', 'identity'],
    ['gzip;q=0', 'identity'],
    [undefined, 'identity'],
    ['', 'identity'],
  ])('Accept-Encoding %p → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('servePlayground', () => {
  const script = `console.log(${JSON.stringify('Cuadre '.repeat(2000))});\n`;
  const picture = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  let dir = '';
  let server: Server;
  let url = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cuadre-preview-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script src="pane.js"></script>');
    writeFileSync(join(dir, 'pane.js'), script);
    writeFileSync(join(dir, 'brand.png'), picture);
    ({ server, url } = await servePlayground(dir, 0));
  });

  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The raw answer: Node's http client decompresses nothing. */
  function fetchRaw(path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      get(new URL(path, url), { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  it('sends the JavaScript gzipped to a client that accepts gzip', async () => {
    const answer = await fetchRaw('pane.js', { 'Accept-Encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(answer.body).toString()).toBe(script);
  });

  it('sends brotli to a browser that offers it with gzip, for the page too', async () => {
    const js = await fetchRaw('pane.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(js.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(js.body).toString()).toBe(script);
    const page = await fetchRaw('/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page.body).toString()).toContain('<script src="pane.js">');
  });

  it('sends the file as it is without Accept-Encoding, and pictures always as they are', async () => {
    const plain = await fetchRaw('pane.js', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    const png = await fetchRaw('brand.png', { 'Accept-Encoding': 'gzip, br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body).toEqual(picture);
  });

  it('answers 404 outside its folder and for missing files', async () => {
    expect((await fetchRaw('/../package.json', { 'Accept-Encoding': 'gzip' })).status).toBe(404);
    expect((await fetchRaw('/%2e%2e/package.json', { 'Accept-Encoding': 'gzip' })).status).toBe(404);
    expect((await fetchRaw('/missing.js', { 'Accept-Encoding': 'gzip' })).status).toBe(404);
  });
});
