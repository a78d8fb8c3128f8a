import { type FileHandle, open } from 'node:fs/promises';
import type { Grid, Workbook } from '../domain/grid';
import { isDateFormat } from '../domain/host-cells';
import { sharedStringCells } from './cells';
import { type Relationship, isRelationship, relationshipsHandler, sharedStringsHandler, stylesHandler, workbookHandler } from './package-parts';
import { MAX_CELLS, WorkbookReadError } from './read-error';
import type { WorkbookReadErrorKind } from './read-error';
import { CellBudget, type SheetContext, TooManyCells, sheetHandler } from './sheet-cells';
import { HEAD_BYTES, isCompoundFile, sniffContainer } from './sniff';
import type { Container } from './sniff';
import { MalformedXml, type XmlHandler, scanXml } from './xml-scan';
import { DamagedZip, type ZipSource, bufferSource, entryStream, fileSource, zipEntries } from './zip-reader';

/**
 * An .xlsx file in, the domain's plain workbook out, read as a stream: the zip's directory,
 * then each part inflated and scanned as it arrives, so a sheet of 200,000 rows is never held
 * as text or as a spreadsheet library's objects, only as the cells the domain needs. Whatever
 * keeps the file from being read is a `WorkbookReadError` the person can act on.
 */

export async function readWorkbookFile(path: string): Promise<Workbook> {
  const file = await openFile(path);
  try {
    return await readWorkbookSource(await fileSource(file), path);
  } finally {
    await file.close();
  }
}

/** `file` names the workbook in error messages. */
export async function readWorkbookBuffer(data: Buffer | ArrayBuffer, file?: string): Promise<Workbook> {
  return readWorkbookSource(bufferSource(Buffer.isBuffer(data) ? data : Buffer.from(data)), file);
}

const FILE_ERRORS: Readonly<Record<string, WorkbookReadErrorKind>> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EISDIR: 'directory',
};

async function openFile(path: string): Promise<FileHandle> {
  let file: FileHandle | undefined;
  try {
    file = await open(path, 'r');
    // Opening a folder succeeds on Linux; reading it is what fails.
    if ((await file.stat()).isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    return file;
  } catch (error) {
    await file?.close();
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new WorkbookReadError(FILE_ERRORS[code] ?? 'unreadable', path, { cause: error });
  }
}

const CONTAINER_ERRORS: Record<Exclude<Container, 'zip'>, WorkbookReadErrorKind> = {
  empty: 'empty',
  xls: 'xls',
  encrypted: 'encrypted',
  other: 'not-xlsx',
};

async function readWorkbookSource(source: ZipSource, file: string | undefined): Promise<Workbook> {
  // The first bytes tell a zip; only an OLE file (an .xls, a password-protected .xlsx) is read whole.
  const head = await source.read(0, HEAD_BYTES);
  const container = sniffContainer(isCompoundFile(head) ? await source.read(0, source.size) : head);
  if (container !== 'zip') throw new WorkbookReadError(CONTAINER_ERRORS[container], file);
  try {
    return await readPackage(source, file);
  } catch (error) {
    const kind = failureKind(error);
    if (kind) throw new WorkbookReadError(kind, file, { cause: error });
    throw error;
  }
}

/**
 * The bytes open as a zip, so what fails past that is a truncated or corrupt file, a file that
 * cannot be read any further, or one too large; anything else is a bug of ours. (zlib and the file
 * system are told by their error codes, `Z_…` and `E…`: under jest their errors come from another
 * realm, where `instanceof` fails.)
 */
function failureKind(error: unknown): WorkbookReadErrorKind | null {
  if (error instanceof DamagedZip || error instanceof MalformedXml) return 'damaged';
  if (error instanceof TooManyCells) return 'too-large';
  const code = typeof error === 'object' && error !== null ? String((error as NodeJS.ErrnoException).code) : '';
  if (code.startsWith('Z_')) return 'damaged';
  return /^E[A-Z]+$/.test(code) ? 'unreadable' : null;
}

const OFFICE_DOCUMENT = 'officeDocument';

async function readPackage(source: ZipSource, file: string | undefined): Promise<Workbook> {
  const entries = await zipEntries(source);
  const part = async <H extends XmlHandler>(name: string, handler: H): Promise<H> => {
    const entry = entries.get(name);
    if (!entry) throw new DamagedZip(`${name} is missing`);
    await scanXml(await entryStream(source, entry), handler);
    return handler;
  };
  const rootRels = entries.has('_rels/.rels') ? (await part('_rels/.rels', relationshipsHandler(''))).byId : new Map<string, Relationship>();
  const declared = [...rootRels.values()].find((r) => isRelationship(r, OFFICE_DOCUMENT))?.target;
  const workbookPath = declared ?? 'xl/workbook.xml';
  // A zip of another kind (.docx, .ods, an archive of anything) has no workbook part; a
  // package that names one it does not hold is damaged (`part` says so).
  if (declared === undefined && !entries.has(workbookPath)) throw new WorkbookReadError('not-xlsx', file);
  const { workbook } = await part(workbookPath, workbookHandler());
  if (!workbook.isWorkbook) throw new WorkbookReadError('not-xlsx', file);
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const rels = entries.has(relsPath) ? (await part(relsPath, relationshipsHandler(folder))).byId : new Map<string, Relationship>();
  // Shared strings and styles are optional, but a part the workbook names must be there.
  const optional = async <H extends XmlHandler>(kind: string, handler: H): Promise<H> => {
    const target = [...rels.values()].find((r) => isRelationship(r, kind))?.target;
    return target === undefined ? handler : part(target, handler);
  };
  const context: SheetContext = {
    budget: new CellBudget(MAX_CELLS),
    sharedCells: sharedStringCells((await optional('sharedStrings', sharedStringsHandler())).strings),
    dateStyles: (await optional('styles', stylesHandler())).formats().map(isDateFormat),
    date1904: workbook.date1904,
    recalculate: workbook.fullCalcOnLoad,
  };
  // Chart sheets and the like are in the tab order too, but hold no cells.
  const worksheets = workbook.sheets.filter((s) => {
    const rel = rels.get(s.relationship);
    return rel !== undefined && isRelationship(rel, 'worksheet');
  });
  if (worksheets.length === 0) throw new WorkbookReadError('not-xlsx', file);
  const sheets: Grid[] = [];
  for (const sheet of worksheets) {
    const grid = (await part(rels.get(sheet.relationship)!.target, sheetHandler(context))).grid(sheet.name);
    sheets.push(workbook.reportSheets.has(workbook.sheets.indexOf(sheet)) ? { ...grid, isReport: true } : grid);
  }
  const active = workbook.activeTab === undefined ? undefined : workbook.sheets[workbook.activeTab];
  const activeSheet = active && worksheets.includes(active) ? active.name : undefined;
  return activeSheet === undefined ? { sheets } : { sheets, activeSheet };
}
