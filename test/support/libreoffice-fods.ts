import { MEMO_SHEET } from './workbook-builder';
import { memoSheetValues } from '../../src/sample/memo-2024';

/**
 * The memo's table (src/sample/memo-2024.ts) as a flat OpenDocument spreadsheet (.fods) with
 * what an analyst's workbook carries besides the table — a chart of the monthly TOTAL, an
 * image, a comment, named ranges, a conditional format and custom document properties — so
 * that `soffice` can save it as .xlsx and tests see LibreOffice's own parts for each of them.
 */

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sheet name quoted as ODF range addresses want it. */
const SHEET = `'${MEMO_SHEET}'`;

function cell(value: string | number | null, extra = ''): string {
  if (value === null) return `<table:table-cell>${extra}</table:table-cell>`;
  if (typeof value === 'number') {
    return `<table:table-cell table:style-name="amount" office:value-type="float" office:value="${value}">${extra}<text:p>${value}</text:p></table:table-cell>`;
  }
  return `<table:table-cell office:value-type="string">${extra}<text:p>${escapeXml(value)}</text:p></table:table-cell>`;
}

const COMMENT = '<office:annotation><dc:creator>Analista</dc:creator><text:p>Revisar el ajuste de MORA</text:p></office:annotation>';

const IMAGE = `<draw:frame draw:name="Sello" svg:width="1cm" svg:height="1cm" svg:x="0cm" svg:y="0cm"><draw:image><office:binary-data>${PNG}</office:binary-data></draw:image></draw:frame>`;

/** A bar chart of the months' TOTAL (B6:B17), embedded as a flat chart document. */
const CHART = `<draw:frame draw:name="Grafico" svg:width="10cm" svg:height="6cm" svg:x="0cm" svg:y="0cm"><draw:object draw:notify-on-update-of-ranges="${SHEET}.B6:${SHEET}.B17"><office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart"><office:body><office:chart><chart:chart svg:width="10cm" svg:height="6cm" chart:class="chart:bar"><chart:plot-area table:cell-range-address="${SHEET}.B6:${SHEET}.B17"><chart:axis chart:dimension="x" chart:name="primary-x"/><chart:axis chart:dimension="y" chart:name="primary-y"/><chart:series chart:values-cell-range-address="${SHEET}.B6:${SHEET}.B17" chart:class="chart:bar"><chart:data-point chart:repeated="12"/></chart:series></chart:plot-area><table:table table:name="local-table"><table:table-header-columns><table:table-column/></table:table-header-columns><table:table-columns><table:table-column/></table:table-columns><table:table-rows>${'<table:table-row><table:table-cell office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell></table:table-row>'.repeat(12)}</table:table-rows></table:table></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>`;

export function memoFods(): string {
  const rows = memoSheetValues().map((values, r) => {
    const cells = Array.from({ length: 8 }, (_, c) => {
      const value = values[c] ?? null;
      // The comment on the adjustment's amount (H18), the image and the chart anchored at J2 and J8.
      return cell(value, r === 17 && c === 7 ? COMMENT : '');
    });
    if (r === 1) cells.push('<table:table-cell/>', `<table:table-cell>${IMAGE}</table:table-cell>`);
    if (r === 7) cells.push('<table:table-cell/>', `<table:table-cell>${CHART}</table:table-cell>`);
    return `<table:table-row>${cells.join('')}</table:table-row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:user-defined meta:name="Unidad" meta:value-type="string">Cartera</meta:user-defined><meta:user-defined meta:name="Memorando" meta:value-type="string">IESS-DNRGC-2025-0310-M</meta:user-defined></office:meta>
<office:styles><style:style style:name="Default" style:family="table-cell"/><style:style style:name="Alerta" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:color="#c00000"/></style:style></office:styles>
<office:automatic-styles><number:number-style style:name="N4"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style><style:style style:name="amount" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N4"/></office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="${escapeXml(MEMO_SHEET)}"><table:table-column table:number-columns-repeated="10"/>
${rows.join('\n')}
<calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="${escapeXml(SHEET)}.B6:${escapeXml(SHEET)}.H17"><calcext:condition calcext:apply-style-name="Alerta" calcext:value="&lt;0" calcext:base-cell-address="${escapeXml(SHEET)}.B6"/></calcext:conditional-format></calcext:conditional-formats>
</table:table>
<table:named-expressions><table:named-range table:name="Meses" table:base-cell-address="$${escapeXml(SHEET)}.$A$6" table:cell-range-address="$${escapeXml(SHEET)}.$A$6:.$H$17"/><table:named-range table:name="Totales" table:base-cell-address="$${escapeXml(SHEET)}.$A$19" table:cell-range-address="$${escapeXml(SHEET)}.$B$19:.$H$19"/></table:named-expressions>
</office:spreadsheet></office:body></office:document>
`;
}
