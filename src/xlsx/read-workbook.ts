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
import { InflateFailed } from './inflate';
import { DamagedZip, entryChunks, zipEntries } from './zip-reader';
import { type ZipSource, blobSource, bytesSource } from './zip-source';

/**
 * An .xlsx file in, the domain's plain workbook out, read as a stream: the zip's directory,
 * then each part inflated and scanned as it arrives, so a sheet of 200,000 rows is never held
 * as text or as a spreadsheet library's objects, only as the cells the domain needs. Whatever
 * keeps the file from being read is a `WorkbookReadError` the person can act on.
 */

/** Bytes in memory (a Node Buffer is such bytes); `file` names the workbook in error messages. */
export async function readWorkbookBuffer(data: Uint8Array | ArrayBuffer, file?: string): Promise<Workbook> {
  return readWorkbookSource(bytesSource(data instanceof Uint8Array ? data : new Uint8Array(data)), file);
}

/** A file the user picked or dropped in a browser, read slice by slice. */
export async function readWorkbookBlob(blob: Blob, file?: string): Promise<Workbook> {
  return readWorkbookSource(blobSource(blob), file);
}

const CONTAINER_ERRORS: Record<Exclude<Container, 'zip'>, WorkbookReadErrorKind> = {
  empty: 'empty',
  xls: 'xls',
  encrypted: 'encrypted',
  other: 'not-xlsx',
};

/** Any source of a zip's bytes: the Node file reader (read-workbook-file.ts) comes in here too. */
export async function readWorkbookSource(source: ZipSource, file: string | undefined): Promise<Workbook> {
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
 * cannot be read any further, or one too large; anything else is a bug of ours. (The file system
 * is told by its error codes, `E…`: under jest its errors come from another realm, where
 * `instanceof` fails; a browser's `Blob` that can no longer be read, a file changed or removed
 * since it was picked, fails with a `NotReadableError` or `NotFoundError`.)
 */
function failureKind(error: unknown): WorkbookReadErrorKind | null {
  if (error instanceof DamagedZip || error instanceof MalformedXml || error instanceof InflateFailed) return 'damaged';
  if (error instanceof TooManyCells) return 'too-large';
  const { code, name } = typeof error === 'object' && error !== null ? (error as { code?: unknown; name?: unknown }) : {};
  if (name === 'NotReadableError' || name === 'NotFoundError') return 'unreadable';
  return /^E[A-Z]+$/.test(String(code)) ? 'unreadable' : null;
}

const OFFICE_DOCUMENT = 'officeDocument';

async function readPackage(source: ZipSource, file: string | undefined): Promise<Workbook> {
  const entries = await zipEntries(source);
  const part = async <H extends XmlHandler>(name: string, handler: H): Promise<H> => {
    const entry = entries.get(name);
    if (!entry) throw new DamagedZip(`${name} is missing`);
    await scanXml(await entryChunks(source, entry), handler);
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
    const position = workbook.sheets.indexOf(sheet);
    sheets.push({
      ...grid,
      ...(workbook.reportSheets.has(position) ? { isReport: true as const } : {}),
      ...(workbook.logSheets.has(position) ? { isLog: true as const } : {}),
    });
  }
  const active = workbook.activeTab === undefined ? undefined : workbook.sheets[workbook.activeTab];
  const activeSheet = active && worksheets.includes(active) ? active.name : undefined;
  return activeSheet === undefined ? { sheets } : { sheets, activeSheet };
}
