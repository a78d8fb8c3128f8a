import { deflateRawSync } from 'node:zlib';
import { a1 } from '../../src/domain/grid';
import { LOG_MARKER, REPORT_MARKER } from '../../src/report/marker';

/**
 * .xlsx files written byte by byte, for what exceljs cannot or will not write: a sheet of
 * hundreds of thousands of rows in a second or two (exceljs takes fifteen), and XML a
 * workbook program would never produce (values that are no number, unknown cell types,
 * namespace prefixes, parts that are missing).
 */

export interface ZipEntry {
  readonly name: string;
  readonly data: string | Buffer;
  /** Kept as is rather than deflated (zip method 0), as some writers do. */
  readonly stored?: boolean;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipOptions {
  /**
   * Zip64 records, as writers that stream files of unknown size emit them even for small ones:
   * sizes and offsets in the zip64 extra fields, a zip64 end record and its locator.
   */
  readonly zip64?: boolean;
  /** Sizes and CRC after each entry's data (general purpose flag bit 3), as streaming writers do. */
  readonly dataDescriptors?: boolean;
}

const MAX32 = 0xffffffff;

/** A zip of deflated entries, dated 1980-01-01 so that the same entries give the same bytes. */
export function zipOf(entries: readonly ZipEntry[], opts: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const flags = 0x0800 | (opts.dataDescriptors ? 0x0008 : 0); // UTF-8 names; sizes after the data
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const packed = entry.stored ? data : deflateRawSync(data);
    const method = entry.stored ? 0 : 8;
    const crc = crc32(data);
    const zip64Extra = (fields: readonly number[]): Buffer => {
      const extra = Buffer.alloc(4 + 8 * fields.length);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(8 * fields.length, 2);
      fields.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
      return extra;
    };
    const localExtra = opts.zip64 ? zip64Extra(opts.dataDescriptors ? [0, 0] : [data.length, packed.length]) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(opts.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    if (!opts.dataDescriptors) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(opts.zip64 ? MAX32 : packed.length, 18);
      local.writeUInt32LE(opts.zip64 ? MAX32 : data.length, 22);
    } else if (opts.zip64) {
      local.writeUInt32LE(MAX32, 18);
      local.writeUInt32LE(MAX32, 22);
    }
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    const descriptor = Buffer.alloc(opts.dataDescriptors ? (opts.zip64 ? 24 : 16) : 0);
    if (opts.dataDescriptors) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      if (opts.zip64) {
        descriptor.writeBigUInt64LE(BigInt(packed.length), 8);
        descriptor.writeBigUInt64LE(BigInt(data.length), 16);
      } else {
        descriptor.writeUInt32LE(packed.length, 8);
        descriptor.writeUInt32LE(data.length, 12);
      }
    }
    const centralExtra = opts.zip64 ? zip64Extra([data.length, packed.length, offset]) : Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(opts.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(opts.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(opts.zip64 ? MAX32 : packed.length, 20);
    central.writeUInt32LE(opts.zip64 ? MAX32 : data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(opts.zip64 ? MAX32 : offset, 42);
    locals.push(local, name, localExtra, packed, descriptor);
    centrals.push(central, name, centralExtra);
    offset += local.length + name.length + localExtra.length + packed.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(opts.zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(opts.zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(opts.zip64 ? MAX32 : directory.length, 12);
  end.writeUInt32LE(opts.zip64 ? MAX32 : offset, 16);
  if (!opts.zip64) return Buffer.concat([...locals, directory, end]);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries.length), 24);
  record.writeBigUInt64LE(BigInt(entries.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([...locals, directory, record, locator, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface RawSheet {
  readonly name: string;
  /** The whole worksheet part, e.g. from `worksheetXml`. */
  readonly xml: string;
}

export interface RawBookOptions {
  readonly sharedStrings?: readonly string[];
  readonly date1904?: boolean;
  readonly activeTab?: number;
  /** `<calcPr fullCalcOnLoad="1"/>`, as XlsxWriter writes it: the file asks to be recalculated on load. */
  readonly fullCalcOnLoad?: boolean;
  /** Positions of the sheets that carry Cuadre's report marker, a defined name scoped to each (src/report/marker.ts). */
  readonly reportSheets?: readonly number[];
  /** Positions of the sheets that carry Cuadre's audit-log marker. */
  readonly logSheets?: readonly number[];
  /** Entries to add, or to put in place of the generated ones with the same name. */
  readonly replace?: readonly ZipEntry[];
  /** Names of generated entries to leave out. */
  readonly omit?: readonly string[];
}

/**
 * Style indexes of `STYLES_XML`: 0 General, 1 `#,##0.00`, 2 `dd/mm/yyyy` (a date), 3 built-in 14
 * (a date with no format code of its own).
 */
export const STYLE = { general: 0, amount: 1, date: 2, builtinDate: 3 } as const;

export const STYLES_XML = `${XML_HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="#,##0.00"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** A workbook around ready-made worksheet parts, with the parts Excel itself writes. */
export function rawXlsx(sheets: readonly RawSheet[], opts: RawBookOptions = {}): Buffer {
  const sheetEntries = sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml }));
  const strings = opts.sharedStrings;
  const generated: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><bookViews><workbookView activeTab="${opts.activeTab ?? 0}"/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>${definedNamesXml(sheets, opts.reportSheets ?? [], opts.logSheets ?? [])}${opts.fullCalcOnLoad ? '<calcPr calcId="124519" fullCalcOnLoad="1"/>' : ''}</workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>${strings ? `<Relationship Id="rIdT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    },
    { name: 'xl/styles.xml', data: STYLES_XML },
    ...(strings
      ? [
          {
            name: 'xl/sharedStrings.xml',
            data: `${XML_HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`,
          },
        ]
      : []),
    ...sheetEntries,
  ];
  const replaced = new Map((opts.replace ?? []).map((e) => [e.name, e]));
  const kept = generated.filter((e) => !(opts.omit ?? []).includes(e.name)).map((e) => replaced.get(e.name) ?? e);
  const added = (opts.replace ?? []).filter((e) => !generated.some((g) => g.name === e.name));
  return zipOf([...kept, ...added]);
}

function definedNamesXml(sheets: readonly RawSheet[], reports: readonly number[], logs: readonly number[]): string {
  if (reports.length + logs.length === 0) return '';
  const name = (marker: string) => (i: number) =>
    `<definedName name="${marker}" localSheetId="${i}" hidden="1">'${escapeXml(sheets[i]!.name.replace(/'/g, "''"))}'!$A$1</definedName>`;
  const names = [...reports.map(name(REPORT_MARKER)), ...logs.map(name(LOG_MARKER))];
  return `<definedNames>${names.join('')}</definedNames>`;
}

/** A worksheet part around `<row>` elements (and, after them, `<mergeCells>` if any). */
export function worksheetXml(rowsXml: string, merges: readonly string[] = []): string {
  const mergeCells = merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rowsXml}</sheetData>${mergeCells}</worksheet>`;
}

const SERIAL_ORIGIN_UTC = Date.UTC(1899, 11, 30);

/**
 * Collects the text of string cells into the shared string table, as Excel does: each
 * distinct text once, cells pointing at it by index.
 */
export class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
}

/**
 * One `<c>` element for a row value as `xlsxFrom` takes them: a number (styled as an amount),
 * a string (shared), a boolean, a Date (styled as a date), `{ error }`, or `{ formula, result? }`.
 */
export function cellXml(row: number, col: number, value: unknown, strings: SharedStrings): string {
  const r = a1(row, col);
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return `<c r="${r}" s="${STYLE.amount}"><v>${value}</v></c>`;
  if (typeof value === 'string') return `<c r="${r}" t="s"><v>${strings.of(value)}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${r}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) return `<c r="${r}" s="${STYLE.date}"><v>${(value.getTime() - SERIAL_ORIGIN_UTC) / 86_400_000}</v></c>`;
  if (typeof value === 'object' && 'error' in value) return `<c r="${r}" t="e"><v>${escapeXml(String(value.error))}</v></c>`;
  if (typeof value === 'object' && 'formula' in value) {
    const f = `<f>${escapeXml(String(value.formula))}</f>`;
    if (!('result' in value)) return `<c r="${r}">${f}</c>`;
    const result = value.result;
    if (typeof result === 'string') return `<c r="${r}" t="str">${f}<v>${escapeXml(result)}</v></c>`;
    return `<c r="${r}" s="${STYLE.amount}">${f}<v>${String(result)}</v></c>`;
  }
  throw new Error(`cellXml: no cell for ${String(value)}`);
}

/** `<row>` elements for rows of values, the first at sheet row `top`. */
export function rowsXml(rows: Iterable<readonly unknown[]>, strings: SharedStrings, top = 1): string {
  const out: string[] = [];
  let row = top;
  for (const values of rows) {
    const cells = values.map((v, c) => cellXml(row, c + 1, v, strings)).join('');
    if (cells !== '') out.push(`<row r="${row}">${cells}</row>`);
    row++;
  }
  return out.join('');
}
