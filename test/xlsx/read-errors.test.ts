import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { WorkbookReadError, isWorkbookReadError } from '../../src/xlsx/read-error';
import type { WorkbookReadErrorKind } from '../../src/xlsx/read-error';
import { memoXlsx } from '../support/workbook-builder';

/**
 * The start of an OLE compound file with directory entries naming its streams, as Office
 * writes them (not a complete compound file: only what tells an .xls from an encrypted .xlsx).
 */
function oleFile(...streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header);
  const entries = ['Root Entry', ...streams].map((name) => {
    const entry = Buffer.alloc(128);
    entry.write(`${name}\0`, 'utf16le');
    entry.writeUInt16LE((name.length + 1) * 2, 64);
    return entry;
  });
  return Buffer.concat([header, ...entries]);
}

function damaged(xlsx: Buffer): Buffer {
  return Buffer.from(xlsx).fill(0, 600, 900);
}

type Content = Buffer | 'nothing' | 'folder';

function place(path: string, content: Content): void {
  if (content === 'folder') mkdirSync(path);
  else if (content !== 'nothing') writeFileSync(path, content);
}

const EMPTY_ZIP = Buffer.concat([Buffer.from('PK\x05\x06', 'latin1'), Buffer.alloc(18)]);

describe('readWorkbookFile: files that are no readable workbook', () => {
  let dir: string;
  let xlsx: Buffer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cuadre-xlsx-'));
    xlsx = await memoXlsx();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const CASES: readonly [string, WorkbookReadErrorKind, () => Content | Promise<Content>][] = [
    ['a missing file', 'missing', () => 'nothing'],
    ['a directory', 'directory', () => 'folder'],
    ['an empty file', 'empty', () => Buffer.alloc(0)],
    ['a CSV text file', 'not-xlsx', () => Buffer.from('MES;TOTAL\nENERO;12.742.937,65\n')],
    ['an HTML table saved as .xls', 'not-xlsx', () => Buffer.from('<html><body><table><tr><td>ENERO</td></tr></table></body></html>')],
    ['a zip with no workbook', 'not-xlsx', () => EMPTY_ZIP],
    ['a workbook without worksheets', 'not-xlsx', async () => Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer())],
    ['a truncated .xlsx', 'damaged', () => xlsx.subarray(0, xlsx.length >> 1)],
    ['an .xlsx with corrupt bytes', 'damaged', () => damaged(xlsx)],
    ['a password-protected .xlsx', 'encrypted', () => oleFile('EncryptionInfo', 'EncryptedPackage')],
    ['an Excel 97-2003 .xls', 'xls', () => oleFile('Workbook', '\x05SummaryInformation')],
    ['an Excel 5 .xls', 'xls', () => oleFile('Book')],
    ['another OLE file (a .doc)', 'not-xlsx', () => oleFile('WordDocument', '1Table')],
  ];

  it.each(CASES)('%s → %s', async (name, kind, make) => {
    const path = join(dir, `${name.replace(/\W+/g, '-')}.xlsx`);
    place(path, await make());

    const error: unknown = await readWorkbookFile(path).catch((e: unknown) => e);

    expect(isWorkbookReadError(error)).toBe(true);
    const { kind: actual, messages } = error as WorkbookReadError;
    expect([actual, messages.es.includes(`«${path}»`), messages.en.includes(`"${path}"`)]).toEqual([kind, true, true]);
    expect(`${messages.es} ${messages.en}`.replaceAll(path, '')).not.toMatch(/zip|exceljs|central directory|Error:/i);
  });

  // Permissions do not stop root, who runs the tests in some containers.
  (process.getuid?.() === 0 ? it.skip : it)('a file without read permission → unreadable', async () => {
    const file = join(dir, 'locked.xlsx');
    writeFileSync(file, xlsx, { mode: 0o000 });
    await expect(readWorkbookFile(file)).rejects.toMatchObject({ kind: 'unreadable' });
  });

  it('names a path through a file as missing', async () => {
    const file = join(dir, 'sample.xlsx');
    writeFileSync(file, xlsx);
    await expect(readWorkbookFile(join(file, 'hoja.xlsx'))).rejects.toMatchObject({ kind: 'missing' });
  });
});

describe('WorkbookReadError messages', () => {
  it.each([
    ['xls', 'guárdelo como libro de Excel (.xlsx)', 'save it as an Excel Workbook (.xlsx)'],
    ['encrypted', 'quite la contraseña', 'remove the password'],
    ['not-xlsx', 'guárdelo como libro de Excel (.xlsx)', 'save it as an Excel Workbook (.xlsx)'],
    ['too-large', 'más de 10.000.000 celdas con datos', 'more than 10,000,000 cells with data'],
  ] as const)('%s says what to do', (kind, es, en) => {
    const error = new WorkbookReadError(kind, 'recaudacion.xls');
    expect(error.messages.es).toContain(es);
    expect(error.messages.en).toContain(en);
    expect(error.message).toBe(error.messages.es);
  });

  it('speaks of "the file" when it has no name', async () => {
    const error = await readWorkbookBuffer(Buffer.from('hola')).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'not-xlsx', messages: { es: expect.stringMatching(/^El archivo no es/), en: expect.stringMatching(/^The file is not/) } });
  });

  it('reads an ArrayBuffer as a Buffer', async () => {
    const xlsx = await memoXlsx();
    const view = new Uint8Array(xlsx.length);
    view.set(xlsx);
    await expect(readWorkbookBuffer(view.buffer)).resolves.toMatchObject({ sheets: [{ sheet: 'Recaudación 2024', top: 1, left: 1 }] });
  });
});
