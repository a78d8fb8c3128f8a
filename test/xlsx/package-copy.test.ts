import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/workflow/check';
import { planReport, writable } from '../../src/workflow/report-plan';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { writeReportFile } from '../../src/xlsx/write-report';
import { SharedStrings, rawXlsx, rowsXml, worksheetXml, zipOf } from '../support/raw-xlsx';
import { MEMO_SHEET, memoRows, memoXlsx } from '../support/workbook-builder';
import { rawEntries } from '../support/zip-entries';

/**
 * The copy keeps everything (RECONCILIATION.md §5b): every entry of the input but the few the
 * new sheet must touch is in the output with the same raw (compressed) bytes.
 */

/** Besides the workbook part and its relationships: what the new sheet may touch. */
const MAY_CHANGE = /^(\[Content_Types\]\.xml|.*styles\.xml)$/;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function memoSheetXml(): { xml: string; strings: string[] } {
  const strings = new SharedStrings();
  return { xml: worksheetXml(rowsXml(memoRows(), strings)), strings: strings.list };
}

/** openpyxl's shape: a comment (VML drawing), an image, a chart, a printer settings part, custom properties. */
function openpyxlShaped(): Buffer {
  const { xml, strings } = memoSheetXml();
  const sheet = xml.replace('</sheetData>', '</sheetData><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>');
  return rawXlsx([{ name: MEMO_SHEET, xml: sheet }], {
    sharedStrings: strings,
    replace: [
      {
        name: 'xl/worksheets/_rels/sheet1.xml.rels',
        data: `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/drawing" Target="/xl/drawings/drawing1.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/><Relationship Id="rId3" Type="${REL}/comments" Target="/xl/comments/comment1.xml"/></Relationships>`,
      },
      { name: 'xl/drawings/drawing1.xml', data: `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>` },
      { name: 'xl/drawings/commentsDrawing1.vml', data: '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="c1"/></xml>' },
      {
        name: 'xl/comments/comment1.xml',
        data: `${HEAD}<comments xmlns="${MAIN}"><authors><author>openpyxl</author></authors><commentList><comment ref="D19" authorId="0"><text><t>revisar</t></text></comment></commentList></comments>`,
      },
      { name: 'xl/media/image1.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5]), stored: true },
      { name: 'xl/charts/chart1.xml', data: `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>` },
      { name: 'xl/printerSettings/printerSettings1.bin', data: Buffer.alloc(64, 7), stored: true },
      {
        name: 'docProps/custom.xml',
        data: `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="Unidad" fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">Cartera</vt:lpwstr></property></Properties>`,
      },
    ],
  });
}

/** SheetJS's shape: `x:` prefixes throughout, no styles part, the workbook part at another path, rows and cells without `r`. */
function sheetJsShaped(): Buffer {
  const strings = new SharedStrings();
  // Cells without `r` where a row is full (SheetJS leaves them out when they follow in order).
  const rows = rowsXml(memoRows(), strings).replace(/<row r="\d+">(.*?)<\/row>/g, (row: string, cells: string) =>
    (cells.match(/<c /g) ?? []).length === 8 ? row.replace(/ r="[A-Z]+\d+"/g, '') : row,
  );
  const prefixed = (xml: string): string => xml.replace(/<(\/?)([a-zA-Z]+)([\s/>])/g, '<$1x:$2$3');
  const sheet = `${HEAD}<x:worksheet xmlns:x="${MAIN}">${prefixed(`<sheetData>${rows}</sheetData>`)}</x:worksheet>`;
  return zipOf([
    {
      name: '[Content_Types].xml',
      data: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/book/main.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/book/sheets/one.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/book/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="book/main.xml"/></Relationships>`,
    },
    {
      name: 'book/main.xml',
      data: `${HEAD}<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets><x:sheet name="${MEMO_SHEET}" sheetId="1" r:id="s1"/></x:sheets></x:workbook>`,
    },
    {
      name: 'book/_rels/main.xml.rels',
      data: `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="s1" Type="${REL}/worksheet" Target="sheets/one.xml"/><Relationship Id="t1" Type="${REL}/sharedStrings" Target="strings.xml"/></Relationships>`,
    },
    { name: 'book/sheets/one.xml', data: sheet },
    { name: 'book/strings.xml', data: `${HEAD}<x:sst xmlns:x="${MAIN}">${strings.list.map((s) => `<x:si><x:t>${s}</x:t></x:si>`).join('')}</x:sst>` },
  ]);
}

/** Strict OOXML namespaces (Excel's "Strict Open XML Spreadsheet"). */
function strictShaped(): Buffer {
  const strict = (xml: string): string =>
    xml.replaceAll(MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main').replaceAll(REL, 'http://purl.oclc.org/ooxml/officeDocument/relationships');
  const { xml, strings } = memoSheetXml();
  const book = rawEntries(rawXlsx([{ name: MEMO_SHEET, xml }], { sharedStrings: strings }));
  return zipOf([...book].map(([name, { data }]) => ({ name, data: strict(data.toString('utf8')) })));
}

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cuadre-package-copy-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['openpyxl-shaped, with a comment, an image, a chart, printer settings and custom properties', openpyxlShaped],
  ['SheetJS-shaped: x: prefixes, no styles, the workbook part elsewhere, rows and cells without r', sheetJsShaped],
  ['Strict namespaces', strictShaped],
  ['written by exceljs', () => memoXlsxSync],
])('the copy of a package %s', (_, bytes) => {
  it('keeps every other entry byte for byte, adds the report sheet, and reads back as before', async () => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, bytes());
    const before = await readWorkbookFile(input);
    const outcome = checkWorkbook(before);
    if (!outcome.ok) throw new Error('no sheet');
    const plan = writable(planReport(outcome.reconciliation, { adjustments: 'propagate', lang: 'es', generatedOn: { year: 2025, month: 5, day: 13 } }));
    const output = join(dir, 'out.xlsx');
    const { sheetName } = await writeReportFile({ input, output, layout: plan.layout, sheetName: plan.sheetName });

    const [was, is] = [rawEntries(readFileSync(input)), rawEntries(readFileSync(output))];
    // The workbook part is where the package's root relationships say.
    const workbookPart = /Type="[^"]*\/officeDocument" Target="\/?([^"]+)"/.exec(was.get('_rels/.rels')!.data.toString('utf8'))![1]!;
    const workbookRels = workbookPart.replace(/([^/]+)$/, '_rels/$1.rels');
    const kept = [...was.keys()].filter((name) => !MAY_CHANGE.test(name) && name !== workbookPart && name !== workbookRels);
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.filter((name) => !is.get(name)?.raw.equals(was.get(name)!.raw))).toEqual([]);
    const added = [...is.keys()].filter((name) => !was.has(name));
    expect(added.filter((n) => !/worksheets\/sheet\d+\.xml$|styles\.xml$/.test(n))).toEqual([]);

    const after = await readWorkbookFile(output);
    expect(after.sheets.filter((s) => s.sheet !== sheetName)).toEqual(before.sheets.map((s) => ({ ...s })));
    const report = after.sheets.find((s) => s.sheet === sheetName)!;
    expect(report.isReport).toBe(true);
    const again = checkWorkbook(after);
    expect(again.ok && again.reconciliation.sheet).toBe(MEMO_SHEET);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
  });
});

let memoXlsxSync: Buffer;
beforeAll(async () => {
  memoXlsxSync = await memoXlsx();
});

it('never leaves a partial or empty output: a damaged input writes nothing', async () => {
  const input = join(dir, 'damaged.xlsx');
  const good = await memoXlsx();
  writeFileSync(input, Buffer.concat([good.subarray(0, good.length - 100), Buffer.alloc(100)]));
  const output = join(dir, 'out.xlsx');
  await expect(
    writeReportFile({
      input,
      output,
      layout: writable(
        planReport(checkOf(await readWorkbookFile(join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx'))), {
          adjustments: 'propagate',
          lang: 'es',
          generatedOn: { year: 2025, month: 5, day: 13 },
        }),
      ).layout,
      sheetName: 'Informe 2024',
    }),
  ).rejects.toMatchObject({ code: 'unreadable-input' });
  expect(readdirSync(dir)).toEqual(['damaged.xlsx']);
});

function checkOf(book: Awaited<ReturnType<typeof readWorkbookFile>>) {
  const outcome = checkWorkbook(book);
  if (!outcome.ok) throw new Error('no sheet');
  return outcome.reconciliation;
}
