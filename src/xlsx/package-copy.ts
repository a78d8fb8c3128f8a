import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { REPORT_MARKER, REPORT_MARKER_CELL } from '../report/marker';
import type { SheetLayout } from '../report/layout';
import { freeSheetName } from '../report/sheet-name';
import { fileSource } from './read-workbook-file';
import { escapeAttribute, sheetPart } from './sheet-part';
import { appendFormats, emptyStylesPart } from './styles-part';
import { DamagedZip, type ZipEntry, entryChunks, zipEntries } from './zip-reader';
import type { ZipSource } from './zip-source';

/**
 * Adds the report sheet to a copy of the original package (STYLE.md 13): every entry the new
 * sheet does not need to touch is copied as its raw compressed bytes (local header, data and
 * descriptor), never inflated; only `[Content_Types].xml`, the workbook part, its relationships
 * and the styles part are rewritten, and the new worksheet part is added. The copy goes to a
 * temporary file beside the output, renamed into place when whole.
 */

export interface PackageCopyRequest {
  readonly input: string;
  readonly output: string;
  readonly layout: SheetLayout;
  /** The name wanted; numbered ` (2)`… when the workbook has it (chart sheets included). */
  readonly sheetName: string;
}

const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rels: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const STRICT = { main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', rels: 'http://purl.oclc.org/ooxml/officeDocument/relationships' };
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export async function copyWithReportSheet(request: PackageCopyRequest): Promise<{ sheetName: string }> {
  const file = await open(request.input, 'r');
  try {
    const source = await fileSource(file);
    const entries = await zipEntries(source);
    // A part's text; with `upTo`, only as far as that element (a sheet's head, not its 200,000 rows).
    const text = async (name: string, upTo?: string): Promise<string> => {
      const entry = entries.get(name);
      if (!entry) throw new DamagedZip(`${name} is missing`);
      const parts: Buffer[] = [];
      let length = 0;
      for await (const chunk of await entryChunks(source, entry)) {
        parts.push(Buffer.from(chunk));
        length += chunk.length;
        if (upTo !== undefined && (length > 1 << 20 || Buffer.from(chunk).includes(upTo))) break;
      }
      return Buffer.concat(parts).toString('utf8');
    };
    const plan = await planEdits(request, entries, text);
    const temp = join(dirname(request.output), `.${basename(request.output)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await writeCopy(source, entries, plan.changed, temp);
      await rename(temp, request.output);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { sheetName: plan.sheetName };
  } finally {
    await file.close();
  }
}

interface Edits {
  readonly sheetName: string;
  /** Entries to write with new contents (replacing the entry of that name, or added). */
  readonly changed: ReadonlyMap<string, string>;
}

type PartText = (name: string, upTo?: string) => Promise<string>;

/** Whether a sheet part's view says it is selected; only each part's head is read, up to its cells. */
async function anySheetSelected(entries: ReadonlyMap<string, ZipEntry>, text: PartText): Promise<boolean> {
  for (const name of entries.keys()) {
    if (!/(?:^|\/)(?:work|chart|dialog)sheets\/[^/]+\.xml$/.test(name)) continue;
    if (/<(?:[A-Za-z_][\w.-]*:)?sheetView\s[^>]*\btabSelected="(?:1|true)"/.test(await text(name, 'sheetData'))) return true;
  }
  return false;
}

/** The first window's active tab set to `index`. */
function activateTab(workbook: string, p: string, index: number): string {
  const view = new RegExp(`<${p}workbookView(\\s[^>]*?)?(/?)>`).exec(workbook);
  if (view) {
    const attrs = (view[1] ?? '').replace(/\s+activeTab="\d*"/, '');
    return workbook.slice(0, view.index) + `<${p}workbookView${attrs} activeTab="${index}"${view[2]}>` + workbook.slice(view.index + view[0].length);
  }
  const sheets = workbook.indexOf(`<${p}sheets`);
  return workbook.slice(0, sheets) + `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>` + workbook.slice(sheets);
}

async function planEdits(request: PackageCopyRequest, entries: ReadonlyMap<string, ZipEntry>, text: PartText): Promise<Edits> {
  const rootRels = entries.has('_rels/.rels') ? await text('_rels/.rels') : '';
  const workbookPath = relationshipTargets(rootRels, '').find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const workbook = await text(workbookPath);
  const rels = entries.has(relsPath)
    ? await text(relsPath)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const contentTypes = await text('[Content_Types].xml');

  const root = /<([A-Za-z_][\w.-]*:)?workbook[\s>]/.exec(workbook);
  if (!root) throw new DamagedZip(`${workbookPath} has no workbook element`);
  const p = root[1] ?? '';
  const strict = workbook.includes(STRICT.main);
  const ns = strict ? STRICT : TRANSITIONAL;

  const sheetTags = [...workbook.matchAll(new RegExp(`<${p}sheet\\s[^>]*>`, 'g'))].map((m) => m[0]);
  const taken = sheetTags.map((t) => unescapeAttribute(/\sname="([^"]*)"/.exec(t)?.[1] ?? ''));
  const sheetName = freeSheetName(taken, request.sheetName);
  const sheetId = Math.max(0, ...sheetTags.map((t) => Number(/\ssheetId="(\d+)"/.exec(t)?.[1] ?? 0))) + 1;
  const relIds = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (relIds.has(`rIdCuadre${n}`)) n++;
  const relId = `rIdCuadre${n}`;
  let k = sheetTags.length + 1;
  while (entries.has(`${folder}worksheets/sheet${k}.xml`)) k++;
  const sheetPath = `${folder}worksheets/sheet${k}.xml`;

  // The relationships namespace under a prefix the workbook already declares, or declared on the element.
  const declared = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${ns.rels}"`).exec(workbook.slice(root.index, workbook.indexOf('>', root.index)));
  const relAttr = declared ? `${declared[1]}:id="${relId}"` : `xmlns:cuadre_r="${ns.rels}" cuadre_r:id="${relId}"`;
  const sheetElement = `<${p}sheet name="${escapeAttribute(sheetName)}" sheetId="${sheetId}" ${relAttr}/>`;
  let newWorkbook = insertIntoSection(workbook, p, 'sheets', sheetElement, null);
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  const { titleRows } = request.layout.print;
  const localId = sheetTags.length;
  const names =
    `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${localId}">${escapeAttribute(`${quoted}!$${titleRows.first}:$${titleRows.last}`)}</${p}definedName>` +
    `<${p}definedName name="${REPORT_MARKER}" localSheetId="${localId}" hidden="1">${escapeAttribute(`${quoted}!${REPORT_MARKER_CELL}`)}</${p}definedName>`;
  newWorkbook = insertIntoSection(newWorkbook, p, 'definedNames', names, ['externalReferences', 'functionGroups', 'sheets']);

  const worksheetType = /\sType="([^"]*\/worksheet)"/.exec(rels)?.[1] ?? `${ns.rels}/worksheet`;
  const relsPrefix = /<([A-Za-z_][\w.-]*:)?Relationships[\s>]/.exec(rels)?.[1] ?? '';
  const target = sheetPath.slice(folder.length);
  let newRels = insertBeforeClose(rels, `${relsPrefix}Relationships`, `<${relsPrefix}Relationship Id="${relId}" Type="${worksheetType}" Target="${target}"/>`);
  const typesPrefix = /<([A-Za-z_][\w.-]*:)?Types[\s>]/.exec(contentTypes)?.[1] ?? '';
  let newTypes = insertBeforeClose(contentTypes, `${typesPrefix}Types`, `<${typesPrefix}Override PartName="/${sheetPath}" ContentType="${WORKSHEET_TYPE}"/>`);

  // The report opens as the active tab only when no sheet of the input is selected in its own
  // part (Excel always marks the active one): the new tab would be grouped with it, and a
  // source sheet's part is never rewritten.
  const activate = !(await anySheetSelected(entries, text));
  if (activate) newWorkbook = activateTab(newWorkbook, p, localId);

  const part = sheetPart(request.layout);
  const stylesRel = relationshipTargets(rels, folder).find((r) => r.type.endsWith('/styles'));
  const changed = new Map<string, string>();
  let stylesPath = stylesRel?.target;
  let styles: string;
  if (stylesPath !== undefined && entries.has(stylesPath)) {
    styles = await text(stylesPath);
  } else {
    // No styles part: a new one, named where Excel puts it, with a relationship and a content type.
    stylesPath = stylesPath ?? `${folder}styles.xml`;
    styles = emptyStylesPart(ns.main);
    if (!stylesRel) {
      const stylesType = worksheetType.replace(/\/worksheet$/, '/styles');
      newRels = insertBeforeClose(
        newRels,
        `${relsPrefix}Relationships`,
        `<${relsPrefix}Relationship Id="${relId}S" Type="${stylesType}" Target="${stylesPath.slice(folder.length)}"/>`,
      );
    }
    newTypes = insertBeforeClose(newTypes, `${typesPrefix}Types`, `<${typesPrefix}Override PartName="/${stylesPath}" ContentType="${STYLES_TYPE}"/>`);
  }
  const edit = appendFormats(styles, part.formats);
  changed.set(stylesPath, edit.xml);
  changed.set(workbookPath, newWorkbook);
  changed.set(relsPath, newRels);
  changed.set('[Content_Types].xml', newTypes);
  changed.set(
    sheetPath,
    part.xml((format) => edit.indexes[format]!, ns.main, activate),
  );
  return { sheetName, changed };
}

/** `Relationship` elements' types and targets, resolved against `base` (the folder of the part they belong to). */
function relationshipTargets(rels: string, base: string): { type: string; target: string }[] {
  return [...rels.matchAll(/<(?:[A-Za-z_][\w.-]*:)?Relationship\s([^>]*)>/g)].flatMap((m) => {
    const attrs = m[1]!;
    if (/\sTargetMode="External"/.test(` ${attrs}`)) return [];
    const type = /(?:^|\s)Type="([^"]*)"/.exec(attrs)?.[1];
    const target = /(?:^|\s)Target="([^"]*)"/.exec(attrs)?.[1];
    return type === undefined || target === undefined ? [] : [{ type, target: resolvePart(base, unescapeAttribute(target)) }];
  });
}

function resolvePart(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').filter((s) => s !== '');
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

function unescapeAttribute(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e === 'lt'
      ? '<'
      : e === 'gt'
        ? '>'
        : e === 'quot'
          ? '"'
          : e === 'apos'
            ? "'"
            : e === 'amp'
              ? '&'
              : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

/**
 * Appends `content` to a section of the workbook part (`<sheets>`), the section's self-closing
 * form included; a missing section is created after the first of `after` present.
 */
function insertIntoSection(xml: string, p: string, section: string, content: string, after: readonly string[] | null): string {
  const close = xml.indexOf(`</${p}${section}>`);
  if (close >= 0) return xml.slice(0, close) + content + xml.slice(close);
  const empty = new RegExp(`<${p}${section}(\\s[^>]*?)?/>`).exec(xml);
  if (empty) return xml.slice(0, empty.index) + `<${p}${section}${empty[1] ?? ''}>${content}</${p}${section}>` + xml.slice(empty.index + empty[0].length);
  if (after === null) throw new DamagedZip(`the workbook part has no ${section}`);
  for (const previous of after) {
    const end = xml.indexOf(`</${p}${previous}>`);
    if (end >= 0) {
      const at = end + `</${p}${previous}>`.length;
      return xml.slice(0, at) + `<${p}${section}>${content}</${p}${section}>` + xml.slice(at);
    }
  }
  throw new DamagedZip(`the workbook part has no ${after.join(' or ')}`);
}

function insertBeforeClose(xml: string, element: string, content: string): string {
  const close = xml.lastIndexOf(`</${element}>`);
  if (close >= 0) return xml.slice(0, close) + content + xml.slice(close);
  const empty = new RegExp(`<${element}(\\s[^>]*?)?/>`).exec(xml);
  if (!empty) throw new DamagedZip(`no ${element} element`);
  return xml.slice(0, empty.index) + `<${element}${empty[1] ?? ''}>${content}</${element}>` + xml.slice(empty.index + empty[0].length);
}

// --- The zip -------------------------------------------------------------------------------

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const UTF8_FLAG = 0x0800;

interface CentralRecord {
  readonly name: string;
  readonly bytes: Buffer;
  readonly localHeader: number;
}

/** The central directory's records as they are, in order, and where the directory starts. */
async function centralDirectory(source: ZipSource): Promise<{ records: CentralRecord[]; start: number }> {
  const tailStart = Math.max(0, source.size - (22 + 0xffff));
  const tail = Buffer.from(await source.read(tailStart, source.size - tailStart));
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--)
    if (tail.readUInt32LE(at) === END_SIGNATURE) {
      end = at;
      break;
    }
  if (end < 0) throw new DamagedZip('no end of central directory');
  const [count, size, start] = [tail.readUInt16LE(end + 10), tail.readUInt32LE(end + 12), tail.readUInt32LE(end + 16)];
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) throw new DamagedZip('a zip64 package: too large to copy');
  const directory = Buffer.from(await source.read(start, size));
  const records: CentralRecord[] = [];
  for (let at = 0, n = 0; n < count; n++) {
    if (directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new DamagedZip('broken central directory');
    const length = CENTRAL_SIZE + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    const bytes = directory.subarray(at, at + length);
    const localHeader = bytes.readUInt32LE(42);
    if (localHeader === 0xffffffff) throw new DamagedZip('a zip64 package: too large to copy');
    records.push({ name: bytes.toString('utf8', CENTRAL_SIZE, CENTRAL_SIZE + bytes.readUInt16LE(28)), bytes, localHeader });
    at += length;
  }
  return { records, start };
}

/** Now as an MS-DOS date and time, as zip entries carry it. */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    day: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** A deflated entry: its local header and data, and its central record (offset patched in later). */
function newEntry(name: string, content: string, when: { time: number; day: number }): { local: Buffer; central: Buffer } {
  const data = Buffer.from(content, 'utf8');
  const packed = deflateRawSync(data);
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(UTF8_FLAG, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(when.time, 10);
  local.writeUInt16LE(when.day, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(UTF8_FLAG, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(when.time, 12);
  central.writeUInt16LE(when.day, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  return { local: Buffer.concat([local, nameBytes, packed]), central: Buffer.concat([central, nameBytes]) };
}

async function writeCopy(source: ZipSource, entries: ReadonlyMap<string, ZipEntry>, changed: ReadonlyMap<string, string>, path: string): Promise<void> {
  const { records, start } = await centralDirectory(source);
  // Each entry runs from its local header to the next one's (or the directory): header, data, descriptor.
  const starts = [...records.map((r) => r.localHeader), start].sort((a, b) => a - b);
  const endOf = (offset: number): number => starts[starts.indexOf(offset) + 1]!;
  const when = dosDateTime(new Date());
  const out: FileHandle = await open(path, 'wx');
  try {
    let offset = 0;
    const write = async (bytes: Uint8Array): Promise<void> => {
      await out.write(bytes);
      offset += bytes.length;
    };
    const centrals: Buffer[] = [];
    const placed = (central: Buffer, at: number): Buffer => {
      const copy = Buffer.from(central);
      copy.writeUInt32LE(at, 42);
      return copy;
    };
    for (const record of [...records].sort((a, b) => a.localHeader - b.localHeader)) {
      const at = offset;
      const replacement = changed.get(record.name);
      if (replacement !== undefined) {
        const entry = newEntry(record.name, replacement, when);
        await write(entry.local);
        centrals.push(placed(entry.central, at));
      } else {
        for await (const chunk of source.chunks(record.localHeader, endOf(record.localHeader))) await write(chunk);
        centrals.push(placed(record.bytes, at));
      }
    }
    for (const [name, content] of changed) {
      if (entries.has(name)) continue;
      const at = offset;
      const entry = newEntry(name, content, when);
      await write(entry.local);
      centrals.push(placed(entry.central, at));
    }
    if (offset > 0xfffffffe) throw new Error('the copy would need zip64');
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_SIGNATURE, 0);
    end.writeUInt16LE(centrals.length, 8);
    end.writeUInt16LE(centrals.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    await write(directory);
    await write(end);
    await out.sync();
  } finally {
    await out.close();
  }
}
