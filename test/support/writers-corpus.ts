import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { a1 } from '../../src/domain/grid';
import { MEMO_KEYS, MEMO_MONTHS } from '../../src/sample/memo-2024';
import { type CheckEssence, type FindingEssence, sortFindings } from './check-essence';
import { convertWithLibreOffice } from './libreoffice';
import { STYLE, STYLES_XML, SharedStrings, type ZipEntry, type ZipOptions, escapeXml, zipOf } from './raw-xlsx';
import { MEMO_SHEET, memoRows, xlsxFrom } from './workbook-builder';

/**
 * The memo's table (src/sample/memo-2024.ts) as other programs write it: LibreOffice's own
 * output (through `soffice`), and packages written by hand for what LibreOffice cannot write —
 * Gnumeric's text results as shared strings, XlsxWriter's cached 0 with `fullCalcOnLoad`,
 * openpyxl's formulas without a cached value and its write-only inline strings, SheetJS's
 * ISO dates, Strict Open XML, `x:` prefixes, rows and cells without `r`, zip64, data
 * descriptors, UTF-16 and ISO-8859-1 parts.
 *
 * Every workbook holds the same table, so a check of it gives the sample's essence
 * (`check-essence.ts`), save where a file does not hold its formulas' results: there a file
 * reader cannot know the totals (`cell.not-calculated`, `expectedEssence`), while Excel, which
 * calculates them, hands the add-in the sample's figures.
 */

export interface WriterBook {
  readonly name: string;
  /** The program whose output the workbook is, or imitates. */
  readonly writer: string;
  /** LibreOffice writes it: without `soffice` it cannot be built. */
  readonly needsLibreOffice: boolean;
  /**
   * The totals row's `=SUM` formulas have no usable result in the file (none cached, or the file
   * asks to be recalculated on load): a file reader does not know the totals; Excel does.
   */
  readonly totalsNotCalculated: boolean;
  readonly bytes: () => Promise<Buffer>;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CONTENT_TYPES = 'http://schemas.openxmlformats.org/package/2006/content-types';
const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** Sheet rows of the memo at A1: months 6–17, the adjustment 18, the totals 19; TOTAL…CONVENIOS in B…H. */
const FIRST_MONTH_ROW = 6;
const ADJUSTMENT_ROW = 18;
const TOTALS_ROW = 19;
const MERGES = ['B4:C4'];

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'iso-8859-1';

interface PackageOptions {
  /** How text cells are kept: the shared string table, inline strings, or `t="str"` values. */
  readonly strings: 'shared' | 'inline' | 'str';
  /** The month labels: text; a formula whose text result is a shared string (Gnumeric); an ISO date (SheetJS). */
  readonly labels?: 'text' | 'formula-shared-string' | 'iso-date';
  /** The totals row: values; `=SUM` with its result; with 0 cached (XlsxWriter); with `<v></v>` (openpyxl); with no `<v>` (SheetJS). */
  readonly totals?: 'values' | 'formulas' | 'formulas-zero' | 'formulas-empty' | 'formulas-bare';
  readonly fullCalcOnLoad?: boolean;
  /** Rows and cells carry their `r` (default); without it each follows the previous one. */
  readonly addresses?: boolean;
  readonly strict?: boolean;
  /** A namespace prefix on every element of the spreadsheet parts (`x`, as the Open XML SDK writes). */
  readonly prefix?: string;
  readonly encoding?: Encoding;
  readonly zip?: ZipOptions;
}

const MONTH_NAMES = MEMO_MONTHS.map((m) => m[0]);

/** The memo's table as an .xlsx package written by hand, the way `opts` says. */
export function memoPackage(opts: PackageOptions): Buffer {
  const [main, rel] = opts.strict ? [STRICT_MAIN, STRICT_REL] : [MAIN, REL];
  const strings = new SharedStrings();
  const sheet = sheetXml(opts, strings, main, rel);
  const withStrings = opts.strings === 'shared' || opts.labels === 'formula-shared-string';
  const relType = (kind: string): string => `${rel}/${kind}`;
  const spreadsheetParts: ZipEntry[] = [
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns="${main}" xmlns:r="${rel}"${opts.strict ? ' conformance="strict"' : ''}><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="${escapeXml(MEMO_SHEET)}" sheetId="1" r:id="rId1"/></sheets>${opts.fullCalcOnLoad ? '<calcPr calcId="124519" fullCalcOnLoad="1"/>' : ''}</workbook>`,
    },
    { name: 'xl/styles.xml', data: STYLES_XML.replace(/^<\?xml[^>]*>\n?/, '').replace(MAIN, main) },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ...(withStrings
      ? [
          {
            name: 'xl/sharedStrings.xml',
            data: `<sst xmlns="${main}" count="${strings.list.length}" uniqueCount="${strings.list.length}">${strings.list.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`,
          },
        ]
      : []),
  ].map((e) => ({ ...e, data: opts.prefix ? prefixed(String(e.data), main, opts.prefix) : e.data }));
  const packageParts: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      data: `<Types xmlns="${CONTENT_TYPES}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${SHEET_TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${SHEET_TYPE}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${SHEET_TYPE}.styles+xml"/>${withStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${SHEET_TYPE}.sharedStrings+xml"/>` : ''}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${relType('officeDocument')}" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${relType('worksheet')}" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relType('styles')}" Target="styles.xml"/>${withStrings ? `<Relationship Id="rId3" Type="${relType('sharedStrings')}" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    },
  ];
  const encoding = opts.encoding ?? 'utf-8';
  const entries = [...packageParts, ...spreadsheetParts].map((e) => ({ ...e, data: encoded(String(e.data), encoding) }));
  return zipOf(entries, opts.zip);
}

function sheetXml(opts: PackageOptions, strings: SharedStrings, main: string, rel: string): string {
  const addresses = opts.addresses ?? true;
  const rows = memoRows();
  const rowXml = rows.map((values, r) => {
    const row = r + 1;
    const cells: string[] = [];
    values.forEach((value, c) => {
      const cell = cellXml(opts, strings, row, c + 1, value);
      // Without addresses a blank cell must still be there, or the next one would take its place.
      if (cell !== '') cells.push(cell);
      else if (!addresses && c < values.length - 1) cells.push('<c/>');
    });
    if (cells.length === 0 && addresses) return '';
    return `<row${addresses ? ` r="${row}"` : ''}>${cells.join('')}</row>`;
  });
  const merges = `<mergeCells count="${MERGES.length}">${MERGES.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  return `<worksheet xmlns="${main}" xmlns:r="${rel}"><sheetData>${rowXml.join('')}</sheetData>${merges}</worksheet>`;
}

function cellXml(opts: PackageOptions, strings: SharedStrings, row: number, col: number, value: unknown): string {
  const r = (opts.addresses ?? true) ? ` r="${a1(row, col)}"` : '';
  const isMonthLabel = col === 1 && row >= FIRST_MONTH_ROW && row < FIRST_MONTH_ROW + 12;
  if (isMonthLabel && opts.labels === 'formula-shared-string') {
    const name = String(value);
    return `<c${r} t="s"><f>UPPER("${name.toLowerCase()}")</f><v>${strings.of(name)}</v></c>`;
  }
  if (isMonthLabel && opts.labels === 'iso-date') {
    const month = MONTH_NAMES.indexOf(String(value)) + 1;
    return `<c${r} s="${STYLE.date}" t="d"><v>2024-${String(month).padStart(2, '0')}-01T00:00:00.000Z</v></c>`;
  }
  if (row === TOTALS_ROW && col > 1 && (opts.totals ?? 'values') !== 'values') {
    const letter = a1(1, col).replace(/\d+$/, '');
    const f = `<f>SUM(${letter}${FIRST_MONTH_ROW}:${letter}${ADJUSTMENT_ROW})</f>`;
    switch (opts.totals) {
      case 'formulas':
        return `<c${r} s="${STYLE.amount}">${f}<v>${String(value)}</v></c>`;
      case 'formulas-zero':
        return `<c${r} s="${STYLE.amount}">${f}<v>0</v></c>`;
      case 'formulas-empty':
        return `<c${r} s="${STYLE.amount}">${f}<v></v></c>`;
      default:
        return `<c${r} s="${STYLE.amount}">${f}</c>`;
    }
  }
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return `<c${r} s="${STYLE.amount}"><v>${value}</v></c>`;
  const text = String(value);
  switch (opts.strings) {
    case 'shared':
      return `<c${r} t="s"><v>${strings.of(text)}</v></c>`;
    case 'inline':
      return `<c${r} t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
    case 'str':
      return `<c${r} t="str"><v>${escapeXml(text)}</v></c>`;
  }
}

/** Every element of a part in the main namespace under `prefix:` (the package parts keep theirs). */
function prefixed(xml: string, main: string, prefix: string): string {
  return xml.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`).replace(`xmlns="${main}"`, `xmlns:${prefix}="${main}"`);
}

const DECLARED: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'iso-8859-1': 'ISO-8859-1' };

/** A part's bytes in an encoding, with the declaration (and, for UTF-16, the byte order mark) that says so. */
function encoded(body: string, encoding: Encoding): Buffer {
  const xml = `<?xml version="1.0" encoding="${DECLARED[encoding]}" standalone="yes"?>\n${body}`;
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(xml, 'utf8');
    case 'utf-16le':
      return Buffer.from(`\ufeff${xml}`, 'utf16le');
    case 'utf-16be':
      return Buffer.from(`\ufeff${xml}`, 'utf16le').swap16();
    case 'iso-8859-1':
      if ([...xml].some((c) => c.charCodeAt(0) > 0xff)) throw new Error('memoPackage: text beyond ISO-8859-1');
      return Buffer.from(xml, 'latin1');
  }
}

/** Packages written by hand, each as the program named writes them. */
const HAND_WRITTEN: readonly (Omit<WriterBook, 'bytes' | 'needsLibreOffice'> & { readonly options: PackageOptions })[] = [
  {
    name: 'Gnumeric: month labels and totals as formulas, text results kept as shared strings (t="s")',
    writer: 'Gnumeric',
    totalsNotCalculated: false,
    options: { strings: 'shared', labels: 'formula-shared-string', totals: 'formulas' },
  },
  {
    name: 'XlsxWriter: totals as =SUM caching 0, the workbook asking fullCalcOnLoad',
    writer: 'XlsxWriter',
    totalsNotCalculated: true,
    options: { strings: 'shared', totals: 'formulas-zero', fullCalcOnLoad: true },
  },
  {
    name: 'openpyxl: totals as =SUM with no cached value (<v></v>)',
    writer: 'openpyxl',
    totalsNotCalculated: true,
    options: { strings: 'shared', totals: 'formulas-empty' },
  },
  {
    name: 'openpyxl write-only: inline strings, rows and cells without r',
    writer: 'openpyxl',
    totalsNotCalculated: false,
    options: { strings: 'inline', addresses: false },
  },
  {
    name: 'SheetJS: months as ISO dates (t="d"), text as t="str", totals as formulas without <v>',
    writer: 'SheetJS',
    totalsNotCalculated: true,
    options: { strings: 'str', labels: 'iso-date', totals: 'formulas-bare' },
  },
  {
    name: 'Strict Open XML namespaces (purl.oclc.org), totals as formulas with results',
    writer: 'Excel (Strict Open XML)',
    totalsNotCalculated: false,
    options: { strings: 'shared', strict: true, totals: 'formulas' },
  },
  {
    name: 'x: prefixed elements (Open XML SDK)',
    writer: 'Open XML SDK',
    totalsNotCalculated: false,
    options: { strings: 'shared', prefix: 'x' },
  },
  {
    name: 'rows and cells without r, shared strings',
    writer: 'streaming writers',
    totalsNotCalculated: false,
    options: { strings: 'shared', addresses: false, totals: 'formulas' },
  },
  { name: 'zip64 records', writer: 'streaming zip writers', totalsNotCalculated: false, options: { strings: 'shared', zip: { zip64: true } } },
  {
    name: 'data descriptors after each entry',
    writer: 'streaming zip writers',
    totalsNotCalculated: false,
    options: { strings: 'shared', zip: { dataDescriptors: true } },
  },
  {
    name: 'zip64 and data descriptors together',
    writer: 'streaming zip writers',
    totalsNotCalculated: false,
    options: { strings: 'inline', zip: { zip64: true, dataDescriptors: true } },
  },
  { name: 'every part in UTF-16 LE', writer: 'Windows tools', totalsNotCalculated: false, options: { strings: 'shared', encoding: 'utf-16le' } },
  {
    name: 'every part in UTF-16 BE, inline strings',
    writer: 'Windows tools',
    totalsNotCalculated: false,
    options: { strings: 'inline', encoding: 'utf-16be' },
  },
  {
    name: 'every part in ISO-8859-1 (RECAUDACIÓN, AÑO 2024)',
    writer: 'older exporters',
    totalsNotCalculated: false,
    options: { strings: 'shared', encoding: 'iso-8859-1', totals: 'formulas' },
  },
];

/**
 * What LibreOffice is given to save: the memo with `=SUM` totals, and the adjustment row's empty
 * cells as `=IF(…;"";…)` that calculate to the empty text (LibreOffice writes them
 * `<c t="str"><f>…</f><v></v></c>`). Its recalculating profile computes every formula first.
 */
const LIBREOFFICE_INPUTS: readonly { readonly name: string; readonly file: string; readonly rows: () => unknown[][] }[] = [
  { name: 'LibreOffice: the memo as numbers', file: 'lo-numeros', rows: () => memoRows() },
  {
    name: 'LibreOffice: =SUM totals, and =IF(x="";"";x) empty text in the adjustment row',
    file: 'lo-formulas',
    rows: () => {
      const rows = memoRows();
      const adjustment = rows[ADJUSTMENT_ROW - 1]!;
      for (let c = 1; c < MEMO_KEYS.length; c++) adjustment[c] = { formula: `IF(ISBLANK(Z${ADJUSTMENT_ROW}),"",Z${ADJUSTMENT_ROW})` };
      const totals = rows[TOTALS_ROW - 1]!;
      for (let c = 1; c <= MEMO_KEYS.length; c++) {
        const letter = a1(1, c + 1).replace(/\d+$/, '');
        totals[c] = { formula: `SUM(${letter}${FIRST_MONTH_ROW}:${letter}${ADJUSTMENT_ROW})` };
      }
      return rows;
    },
  },
];

let converted: Promise<Map<string, Buffer>> | undefined;

/** One LibreOffice run for every LibreOffice workbook (a start costs ~25 s). */
function libreOfficeOutputs(soffice: string): Promise<Map<string, Buffer>> {
  converted ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cuadre-writers-'));
    try {
      const inputs = await Promise.all(
        LIBREOFFICE_INPUTS.map(async (input) => {
          const path = join(dir, `${input.file}.xlsx`);
          writeFileSync(path, await xlsxFrom([{ name: MEMO_SHEET, rows: input.rows(), merges: MERGES, numFmt: '#,##0.00' }]));
          return path;
        }),
      );
      const outputs = await convertWithLibreOffice(soffice, inputs, 'xlsx');
      return new Map(LIBREOFFICE_INPUTS.map((input, i) => [input.name, readFileSync(outputs[i]!)]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return converted;
}

/**
 * The corpus. `soffice` is LibreOffice's executable (`findSoffice()`); without it the
 * LibreOffice workbooks are listed but cannot be built (their `bytes` rejects).
 */
export function writersCorpus(soffice: string | null): WriterBook[] {
  return [
    ...LIBREOFFICE_INPUTS.map((input): WriterBook => ({
      name: input.name,
      writer: 'LibreOffice',
      needsLibreOffice: true,
      totalsNotCalculated: false,
      bytes: async () => {
        if (soffice === null) throw new Error(`${input.name}: LibreOffice (soffice) is not on PATH`);
        return (await libreOfficeOutputs(soffice)).get(input.name)!;
      },
    })),
    ...HAND_WRITTEN.map(({ options, ...book }): WriterBook => ({ ...book, needsLibreOffice: false, bytes: async () => memoPackage(options) })),
  ];
}

/**
 * What a check of the workbook gives, from the sample's essence: the same, or — where the file
 * does not hold the totals' results — no reported totals, the totals row's checks skipped, and
 * one `cell.not-calculated` per total instead.
 */
export function expectedEssence(book: WriterBook, sample: CheckEssence): CheckEssence {
  if (!book.totalsNotCalculated) return sample;
  const totalsRow = (f: FindingEssence): boolean => f.rowLabel === 'TOTAL' && f.month === undefined;
  const notCalculated = MEMO_KEYS.map((indicator): FindingEssence => ({
    code: 'cell.not-calculated',
    severity: 'warning',
    sheet: sample.sheet,
    rowLabel: 'TOTAL',
    indicator,
  }));
  const findings = sortFindings([
    ...sample.findings.filter((f) => !(totalsRow(f) && (f.code === 'identity.breakdown' || f.code === 'total.mismatch'))),
    ...notCalculated,
  ]);
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  return {
    ...sample,
    totals: { ...sample.totals, reported: {} },
    findings,
    summary: { errors: count('error'), warnings: count('warning'), info: count('info') },
  };
}
