import type { GridCell, Workbook } from '../../src/domain/grid';
import { cellAt, parseA1 } from '../../src/domain/grid';
import type { WorkbookReadError, WorkbookReadErrorKind } from '../../src/xlsx/read-error';
import { readWorkbookBuffer } from '../../src/xlsx/read-workbook';
import { CellBudget, TooManyCells } from '../../src/xlsx/sheet-cells';
import { STYLE, type RawBookOptions, rawXlsx, worksheetXml, zipOf } from '../support/raw-xlsx';

/**
 * The streaming reader on XML written by hand: what Excel, LibreOffice and other programs put
 * in a sheet beyond what exceljs writes, and what no program should.
 */

const text = (value: string): GridCell => ({ kind: 'text', value });
const num = (value: number): GridCell => ({ kind: 'number', value });
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function read(rows: string, opts: RawBookOptions & { merges?: readonly string[] } = {}): Promise<Workbook> {
  return readWorkbookBuffer(rawXlsx([{ name: 'Hoja1', xml: worksheetXml(rows, opts.merges) }], opts));
}

const at = (book: Workbook, address: string): GridCell => {
  const { row, col } = parseA1(address)!;
  return cellAt(book.sheets[0]!, row, col);
};

describe('streaming reader: cells as other programs write them', () => {
  it.each<[string, string, RawBookOptions, Record<string, GridCell>]>([
    [
      'an inline string in rich-text runs',
      '<row r="1"><c r="A1" t="inlineStr"><is><r><t>ENE</t></r><r><rPr><b/></rPr><t>RO</t></r></is></c></row>',
      {},
      { A1: text('ENERO') },
    ],
    [
      'a shared string in runs, without its phonetic guide',
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
      {
        sharedStrings: [],
        replace: [
          { name: 'xl/sharedStrings.xml', data: `<sst xmlns="${MAIN}"><si><r><t>TO</t></r><r><t>TAL</t></r><rPh sb="0" eb="1"><t>ト</t></rPh></si></sst>` },
        ],
      },
      { A1: text('TOTAL') },
    ],
    [
      'Excel escapes of characters XML cannot hold',
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
      { sharedStrings: ['_x0045_NERO_x0007_', '_x005F_x0041_'] },
      { A1: text('ENERO\u0007'), B1: text('_x0041_') },
    ],
    [
      'entities and character references',
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&lt;&#233;&#xE9;&amp;amp;</t></is></c></row>',
      {},
      { A1: text('<éé&amp;') },
    ],
    ['CDATA and Windows line ends', '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]>\r\nc</t></is></c></row>', {}, { A1: text('a<b\nc') }],
    [
      'cells and rows without their address follow the previous one',
      '<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>',
      {},
      { B3: num(1), C3: num(2), A4: num(3) },
    ],
    [
      'an ISO date cell (strict Open XML)',
      '<row r="1"><c r="A1" t="d"><v>2024-01-31T00:00:00</v></c></row>',
      {},
      { A1: { kind: 'date', value: { year: 2024, month: 1, day: 31 } } },
    ],
    [
      'formula results of each type',
      '<row r="1"><c r="A1" t="str"><f>"a"</f><v>ENERO</v></c><c r="B1" t="b"><f>1&gt;2</f><v>0</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1"><f>1+1</f><v>2</v></c><c r="E1"><f>1+1</f><v></v></c></row>',
      {},
      {
        A1: text('ENERO'),
        B1: { kind: 'boolean', value: false },
        C1: { kind: 'error', value: '#DIV/0!' },
        D1: num(2),
        E1: { kind: 'uncalculated', formula: '1+1' },
      },
    ],
    [
      'Gnumeric\'s text result kept as a shared string (t="s"): the string, not its index',
      '<row r="1"><c r="A1" t="s"><f>"ENE"&amp;"RO"</f><v>1</v></c><c r="B1" t="s"><f>B2</f><v>0</v></c></row>',
      { sharedStrings: ['IESS-DNRGC-2025-0310-M', 'ENERO'] },
      { A1: text('ENERO'), B1: text('IESS-DNRGC-2025-0310-M') },
    ],
    [
      'a calculated empty text (LibreOffice\'s =IF(x="";"";x)) is blank, an empty number result is not calculated',
      '<row r="1"><c r="A1" t="str"><f>IF(B1="","",B1)</f><v/></c><c r="B1" t="s"><f>C1</f><v></v></c><c r="C1"><f>D1</f><v/></c></row>',
      { sharedStrings: [] },
      { A1: undefined, B1: undefined, C1: { kind: 'uncalculated', formula: 'D1' } },
    ],
    [
      'text that reads like an error value is text; t="e" is the error',
      '<row r="1"><c r="A1" t="str"><f>"#N/A"</f><v>#N/A</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>#REF!</t></is></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c><c r="E1" t="e"><v>#DIV/0!</v></c></row>',
      { sharedStrings: ['#N/A'] },
      { A1: text('#N/A'), B1: text('#N/A'), C1: text('#REF!'), D1: { kind: 'error', value: '#N/A' }, E1: { kind: 'error', value: '#DIV/0!' } },
    ],
    [
      "XlsxWriter's cached 0 in a file that asks to be recalculated on load: not calculated; plain values as they are",
      '<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>0</v></c><c r="B1"><v>5</v></c><c r="C1" t="str"><f>"x"</f><v></v></c><c r="D1" t="s"><v>0</v></c></row>',
      { fullCalcOnLoad: true, sharedStrings: ['MORA'] },
      {
        A1: { kind: 'uncalculated', formula: 'SUM(B1:C1)', stale: true },
        B1: num(5),
        C1: { kind: 'uncalculated', formula: '"x"', stale: true },
        D1: text('MORA'),
      },
    ],
    [
      "openpyxl's write-only inline strings and formulas without a cached value",
      '<row r="1"><c r="A1" t="inlineStr"><is><t>TOTAL</t></is></c><c r="B1"><f>SUM(B2:B3)</f><v></v></c><c r="C1"><f>SUM(C2:C3)</f></c></row>',
      {},
      { A1: text('TOTAL'), B1: { kind: 'uncalculated', formula: 'SUM(B2:B3)' }, C1: { kind: 'uncalculated', formula: 'SUM(C2:C3)' } },
    ],
    [
      'SheetJS\'s dates typed t="d", with milliseconds and zone',
      '<row r="1"><c r="A1" t="d"><v>2024-03-31T00:00:00.000Z</v></c><c r="B1" t="d"><f>A1</f><v>2024-02-29T00:00:00Z</v></c></row>',
      {},
      { A1: { kind: 'date', value: { year: 2024, month: 3, day: 31 } }, B1: { kind: 'date', value: { year: 2024, month: 2, day: 29 } } },
    ],
    [
      'a shared formula never calculated: each follower its own formula',
      '<row r="1"><c r="B1"><f t="shared" ref="B1:C2" si="0">A1*$A$1+"B1"+SUM(A1:A$2)+LOG10(A1)</f></c><c r="C1"><f t="shared" si="0"/></c></row><row r="2"><c r="C2"><f t="shared" si="0"/></c></row>',
      {},
      {
        B1: { kind: 'uncalculated', formula: 'A1*$A$1+"B1"+SUM(A1:A$2)+LOG10(A1)' },
        C1: { kind: 'uncalculated', formula: 'B1*$A$1+"B1"+SUM(B1:B$2)+LOG10(B1)' },
        C2: { kind: 'uncalculated', formula: 'B2*$A$1+"B1"+SUM(B2:B$2)+LOG10(B2)' },
      },
    ],
    [
      'a built-in date format and the 1904 date system',
      `<row r="1"><c r="A1" s="${STYLE.builtinDate}"><v>43860</v></c></row>`,
      { date1904: true },
      { A1: { kind: 'date', value: { year: 2024, month: 1, day: 31 } } },
    ],
    [
      'a number too large to be a date, in a date format',
      `<row r="1"><c r="A1" s="${STYLE.date}"><v>150251586.37</v></c></row>`,
      {},
      { A1: num(150251586.37) },
    ],
    ['a style past the styles: no number format', '<row r="1"><c r="B1" s="99"><v>5</v></c></row>', {}, { B1: num(5) }],
    [
      'namespace prefixes',
      '',
      {
        replace: [
          {
            name: 'xl/worksheets/sheet1.xml',
            data: `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>MORA</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
          },
        ],
      },
      { A1: text('MORA') },
    ],
    [
      'a byte order mark and entries kept without compression',
      '<row r="1"><c r="A1"><v>1</v></c></row>',
      { replace: [{ name: 'xl/styles.xml', data: `\ufeff<styleSheet xmlns="${MAIN}"/>`, stored: true }] },
      { A1: num(1) },
    ],
  ])('%s', async (_name, rows, opts, cells) => {
    const book = await read(rows, opts);
    expect(Object.fromEntries(Object.keys(cells).map((address) => [address, at(book, address)]))).toEqual(cells);
  });
});

/** A part's text in the bytes of an encoding other than UTF-8. */
const encoded = {
  utf16le: (xml: string): Buffer => Buffer.from(`\ufeff${xml}`, 'utf16le'),
  utf16be: (xml: string): Buffer => Buffer.from(`\ufeff${xml}`, 'utf16le').swap16(),
  utf16leNoMark: (xml: string): Buffer => Buffer.from(xml, 'utf16le'),
  latin1: (xml: string): Buffer => Buffer.from(xml, 'latin1'),
  /** windows-1252: Latin-1 but for the two characters the test needs from 0x80–0x9F (Node has no encoder for it). */
  windows1252: (xml: string): Buffer => Buffer.from([...xml].map((c) => ({ '€': 0x80, '–': 0x96 })[c] ?? c.charCodeAt(0))),
};
const declared = (encoding: string, body: string): string => `<?xml version="1.0" encoding="${encoding}" standalone="yes"?>\n${body}`;
const sheetBody = (cells: string): string => `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
const sstBody = (texts: readonly string[]): string => `<sst xmlns="${MAIN}">${texts.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;

describe('streaming reader: parts in the encoding they declare', () => {
  const year = '<c r="A1" t="inlineStr"><is><t>AÑO 2024 – dañado €</t></is></c><c r="B1" t="s"><v>0</v></c>';
  it.each<[string, RawBookOptions]>([
    [
      'a sheet in UTF-16 LE with a byte order mark',
      { replace: [{ name: 'xl/worksheets/sheet1.xml', data: encoded.utf16le(declared('UTF-16', sheetBody(year))) }] },
    ],
    [
      'a sheet in UTF-16 BE with a byte order mark',
      { replace: [{ name: 'xl/worksheets/sheet1.xml', data: encoded.utf16be(declared('UTF-16', sheetBody(year))) }] },
    ],
    ['a sheet in UTF-16 LE without one', { replace: [{ name: 'xl/worksheets/sheet1.xml', data: encoded.utf16leNoMark(declared('UTF-16', sheetBody(year))) }] }],
    [
      'a sheet in windows-1252 and shared strings in ISO-8859-1',
      {
        replace: [
          { name: 'xl/worksheets/sheet1.xml', data: encoded.windows1252(declared('windows-1252', sheetBody(year))) },
          { name: 'xl/sharedStrings.xml', data: encoded.latin1(declared('ISO-8859-1', sstBody(['MES / AÑO']))) },
        ],
      },
    ],
  ])('%s', async (_name, opts) => {
    const book = await read('', { sharedStrings: ['MES / AÑO'], ...opts });
    expect([at(book, 'A1'), at(book, 'B1')]).toEqual([text('AÑO 2024 – dañado €'), text('MES / AÑO')]);
  });

  it('refuses an encoding no reader knows as damaged', async () => {
    const bytes = rawXlsx([{ name: 'Hoja1', xml: declared('x-klingon', sheetBody('<c r="A1"><v>1</v></c>')) }]);
    await expect(readWorkbookBuffer(bytes)).rejects.toMatchObject({ kind: 'damaged' });
  });
});

describe('streaming reader: merged ranges show their top-left cell alone', () => {
  it.each<[string, readonly string[], Record<string, GridCell>]>([
    ['values kept in the other cells are blanked', ['A1:B2'], { A1: num(1), B1: undefined, A2: undefined, B2: undefined, C1: num(3) }],
    ['a range written backwards', ['B2:A1'], { A1: num(1), B1: undefined, B2: undefined }],
    ['the whole sheet, merged', ['A1:XFD1048576'], { A1: num(1), B1: undefined, C2: undefined }],
    [
      'overlapping ranges and references that are none are left as they come',
      ['A1:B1', 'B1:B2', 'nada', 'A1:B2:C3'],
      { A1: num(1), B1: undefined, B2: undefined, C2: num(6) },
    ],
  ])('%s', async (_name, merges, cells) => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c></row>';
    const book = await read(rows, { merges });
    expect(Object.fromEntries(Object.keys(cells).map((address) => [address, at(book, address)]))).toEqual(cells);
  });
});

describe('streaming reader: the workbook around the sheets', () => {
  const sheet = worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>');

  it.each<[string, number | undefined, string | undefined]>([
    ['no active tab: none named', undefined, undefined],
    ['the active tab', 1, 'Dos'],
    ['an active tab past the sheets', 5, undefined],
  ])('%s', async (_name, activeTab, activeSheet) => {
    const bytes = rawXlsx(
      [
        { name: 'Uno', xml: sheet },
        { name: 'Dos', xml: sheet },
      ],
      activeTab === undefined
        ? {
            replace: [
              {
                name: 'xl/workbook.xml',
                data: `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Uno" sheetId="1" r:id="rId1"/><sheet name="Dos" sheetId="2" r:id="rId2"/></sheets></workbook>`,
              },
            ],
          }
        : { activeTab },
    );
    const book = await readWorkbookBuffer(bytes);
    expect([book.sheets.map((s) => s.sheet), book.activeSheet]).toEqual([['Uno', 'Dos'], activeSheet]);
  });
});

describe('streaming reader: what keeps a file from being read', () => {
  const memo = '<row r="1"><c r="A1"><v>1</v></c></row>';
  const book = (opts: RawBookOptions, xml = worksheetXml(memo)): Buffer => rawXlsx([{ name: 'Hoja1', xml }], opts);
  const endRecord = (zip: Buffer): number => zip.lastIndexOf(Buffer.from('PK\x05\x06', 'latin1'));
  /** A copy with one 16-bit field of the sheet's central directory record changed. */
  const withSheetField = (zip: Buffer, offset: number, value: number): Buffer => {
    const copy = Buffer.from(zip);
    const record = copy.indexOf(Buffer.from('xl/worksheets/sheet1.xml'), copy.readUInt32LE(endRecord(copy) + 16)) - 46;
    copy.writeUInt16LE(value, record + offset);
    return copy;
  };

  it.each<[string, WorkbookReadErrorKind | 'read', () => Buffer]>([
    ['a DOCTYPE (entity definitions)', 'damaged', () => book({}, `<!DOCTYPE worksheet [<!ENTITY a "b">]>${worksheetXml(memo)}`)],
    ['an unknown entity', 'damaged', () => book({}, worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'))],
    ['a character reference past Unicode', 'damaged', () => book({}, worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>&#x110000;</t></is></c></row>'))],
    ['a sheet cut in the middle', 'damaged', () => book({}, worksheetXml(memo).slice(0, -30))],
    ['a closing tag that is not the open one', 'damaged', () => book({}, worksheetXml('<row r="1"><c r="A1"><v>1</c></v></row>'))],
    ['an attribute written twice', 'damaged', () => book({}, worksheetXml('<row r="1"><c r="A1" r="B1"><v>1</v></c></row>'))],
    ['a second root element', 'damaged', () => book({}, `${worksheetXml(memo)}<worksheet/>`)],
    ['a number cell that holds no number', 'damaged', () => book({}, worksheetXml('<row r="1"><c r="A1"><v>12,5</v></c></row>'))],
    ['a shared string index past the table', 'damaged', () => book({ sharedStrings: ['x'] }, worksheetXml('<row r="1"><c r="A1" t="s"><v>7</v></c></row>'))],
    ['a logical cell that holds no TRUE or FALSE', 'damaged', () => book({}, worksheetXml('<row r="1"><c r="A1" t="b"><v>yes</v></c></row>'))],
    ['an ISO date cell that holds no date', 'damaged', () => book({}, worksheetXml('<row r="1"><c r="A1" t="d"><v>2024-02-30</v></c></row>'))],
    ['a cell past column XFD', 'damaged', () => book({}, worksheetXml('<row r="1"><c r="XFE1"><v>1</v></c></row>'))],
    ['a cell past row 1,048,576', 'damaged', () => book({}, worksheetXml('<row r="1048577"><c r="A1048577"><v>1</v></c></row>'))],
    ['the sheet part missing', 'damaged', () => book({ omit: ['xl/worksheets/sheet1.xml'] })],
    ['the shared strings the workbook names, missing', 'damaged', () => book({ sharedStrings: ['x'], omit: ['xl/sharedStrings.xml'] })],
    ['the workbook part missing', 'damaged', () => book({ omit: ['xl/workbook.xml'] })],
    ['a document that is not a workbook', 'not-xlsx', () => book({ replace: [{ name: 'xl/workbook.xml', data: '<document/>' }] })],
    ['a zip without the package relationships, but with xl/workbook.xml', 'read', () => book({ omit: ['_rels/.rels'] })],
    ['an encrypted zip entry', 'damaged', () => withSheetField(book({}), 8, 1)],
    ['an entry compressed by a method zip readers rarely know', 'damaged', () => withSheetField(book({}), 10, 14)],
    [
      'a comment after the end of the zip',
      'read',
      () => {
        const zip = Buffer.from(book({}));
        zip.writeUInt16LE(5, endRecord(zip) + 20);
        return Buffer.concat([zip, Buffer.from('hola!')]);
      },
    ],
    [
      'an entry whose data runs past the end',
      'damaged',
      () => {
        const zip = zipOf([{ name: 'x', data: 'y' }]);
        return Buffer.concat([zip.subarray(0, 30), zip.subarray(zip.length - 60)]);
      },
    ],
  ])('%s → %s', async (_name, expected, bytes) => {
    const outcome = await readWorkbookBuffer(bytes()).then(
      () => 'read',
      (e: WorkbookReadError) => e.kind,
    );
    expect(outcome).toBe(expected);
  });
});

describe('streaming reader: a budget of cells for the whole workbook', () => {
  it('runs out after as many cells as it was given, before memory does', () => {
    const budget = new CellBudget(2);
    budget.take();
    budget.take();
    expect(() => budget.take()).toThrow(TooManyCells);
  });
});
