import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { readWorkbookBlob, readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { hostileFiles } from '../support/hostile-workbooks';
import { memoXlsx, xlsxFrom } from '../support/workbook-builder';

/**
 * The .xlsx reader runs in the browser (the playground's «Abrir libro»): the same code reads a
 * Node file, bytes in memory and a browser `Blob`, with the same result and the same errors, and
 * nothing the pane or the playground bundles reaches a Node module.
 */

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'samples', 'recaudacion-2024.xlsx');
const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** A browser's file: its bytes copied into memory of their own, as a `File` holds them. */
const blobOf = (bytes: Uint8Array): Blob => new Blob([new Uint8Array(bytes)]);

/** Every source file a bundle entry reaches through relative imports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      if (!spec!.startsWith('.')) continue;
      const base = resolve(dirname(file), spec!);
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((f) => existsSync(f) && !f.endsWith('/'));
      if (found && /\.(tsx?|json)$/.test(found)) visit(found);
    }
  };
  visit(entry);
  return [...seen].filter((f) => /\.tsx?$/.test(f));
}

describe.each(['src/playground/index.tsx', 'src/taskpane/index.tsx'])('what %s bundles', (entry) => {
  const files = reachable(join(ROOT, entry));

  it('reaches the .xlsx reader (the playground) or not, but never Node', () => {
    const bad = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)]
        .map((m) => m[1]!)
        .filter((spec) => NODE_ONLY.has(spec) || spec === 'exceljs')
        .map((spec) => `${relative(ROOT, f)}: ${spec}`),
    );
    expect(bad).toEqual([]);
    if (entry.includes('playground')) expect(files.map((f) => relative(ROOT, f))).toContain(join('src', 'xlsx', 'read-workbook.ts'));
  });

  it('uses no Node global', () => {
    const bad = files.filter((f) => /(?<![\w.])(process|Buffer)\.|(?<![\w.])require\(|__dirname|__filename/.test(readFileSync(f, 'utf8')));
    expect(bad.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

describe('one reader for a file, bytes and a Blob', () => {
  it.each([
    ['the sample', async () => readFileSync(SAMPLE)],
    ['the memo with notes and text amounts', () => memoXlsx({ notes: true, amountsAs: 'text' })],
    ['two sheets, the table on the second', () => xlsxFrom([{ name: 'Notas', rows: [['nota']] }, { name: 'Datos', rows: [['ENERO', 1]], top: 3, left: 2 }])],
  ])('%s', async (_name, make) => {
    const bytes = await make();
    const fromBytes = await readWorkbookBuffer(bytes);
    expect(await readWorkbookBlob(blobOf(bytes))).toEqual(fromBytes);
    // An ArrayBuffer, as `File.arrayBuffer()` gives it, and a view into a larger one.
    expect(await readWorkbookBuffer(new Uint8Array(bytes).buffer)).toEqual(fromBytes);
    const padded = new Uint8Array(bytes.length + 8);
    padded.set(bytes, 4);
    expect(await readWorkbookBuffer(padded.subarray(4, 4 + bytes.length))).toEqual(fromBytes);
  });

  it('the sample file as the CLI reads it', async () => {
    expect(await readWorkbookBlob(blobOf(readFileSync(SAMPLE)), 'x.xlsx')).toEqual(await readWorkbookFile(SAMPLE));
  });

  it.each(hostileFiles().map((f) => [f.name, f] as const))('%s: the same outcome from a Blob', async (_name, file) => {
    const bytes = await file.bytes();
    const outcome = (read: Promise<unknown>) =>
      read.then(
        (book) => ({ book }),
        (error: { kind?: string; messages?: unknown }) => ({ kind: error.kind, messages: error.messages }),
      );
    expect(await outcome(readWorkbookBlob(blobOf(bytes), 'libro.xlsx'))).toEqual(await outcome(readWorkbookBuffer(bytes, 'libro.xlsx')));
  });

  it('a Blob that can no longer be read (the file changed since it was picked) is unreadable', async () => {
    const bytes = await memoXlsx();
    const gone = Object.assign(new Error('The file could not be read'), { name: 'NotReadableError' });
    const blob = blobOf(bytes);
    let slices = 0;
    // The directory is read; the sheet's bytes are not.
    const failing = {
      size: blob.size,
      slice: (start?: number, end?: number) => {
        const part = blob.slice(start, end);
        return ++slices < 4 ? part : { arrayBuffer: () => Promise.reject(gone), stream: () => new ReadableStream({ pull: (c) => c.error(gone) }) };
      },
    } as unknown as Blob;
    await expect(readWorkbookBlob(failing, 'libro.xlsx')).rejects.toMatchObject({ kind: 'unreadable', file: 'libro.xlsx' });
  });

  it('deflated bytes that do not inflate are a damaged file, not a crash', async () => {
    const bytes = Buffer.from(await memoXlsx());
    // The sheet's deflated data, just past the name in its local header.
    const data = bytes.indexOf('xl/worksheets/sheet1.xml') + 40;
    for (let at = data; at < data + 300; at += 7) bytes[at] = bytes[at]! ^ 0xa5;
    await expect(readWorkbookBlob(blobOf(bytes), 'libro.xlsx')).rejects.toMatchObject({ kind: 'damaged' });
  });
});
