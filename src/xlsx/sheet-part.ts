import { a1 } from '../domain/grid';
import type { CellStyle, LayoutValue, SheetLayout } from '../report/layout';

/**
 * A report layout (src/report) as the parts of a worksheet: the worksheet XML itself, and the
 * cell formats it needs, which the package writer appends to the workbook's own styles. Text
 * is written inline (`t="inlineStr"`), so the shared string table is never touched.
 */

/** A cell format the sheet uses, by index into `formats`; the writer maps it to a `cellXfs` index. */
export interface CellFormat {
  readonly font: { readonly name: string; readonly size: number; readonly bold: boolean; readonly italic: boolean };
  readonly fill: string | null;
  readonly border: boolean;
  readonly numberFormat: string | null;
  readonly horizontal: CellStyle['horizontal'];
  readonly vertical: 'top' | 'center' | 'bottom';
  readonly wrap: boolean;
}

export interface SheetPart {
  /** The cell formats the cells use, each once. */
  readonly formats: readonly CellFormat[];
  /** The worksheet XML in `namespace` (the workbook's: transitional or strict), format `n` being style `styleIndex(n)`. */
  xml(styleIndex: (format: number) => number, namespace: string, selected: boolean): string;
}

const formatKey = (f: CellFormat): string => JSON.stringify(f);

export function sheetPart(layout: SheetLayout): SheetPart {
  const formats: CellFormat[] = [];
  const byKey = new Map<string, number>();
  const formatOf = (style: CellStyle): number => {
    const format: CellFormat = {
      font: { name: layout.font.name, size: style.size ?? layout.font.size, bold: style.bold ?? false, italic: style.italic ?? false },
      fill: style.fill ?? null,
      border: style.border ?? false,
      numberFormat: style.numberFormat ?? null,
      horizontal: style.horizontal,
      vertical: style.vertical === 'top' ? 'top' : style.vertical === 'bottom' ? 'bottom' : 'center',
      wrap: style.wrap ?? false,
    };
    const key = formatKey(format);
    let n = byKey.get(key);
    if (n === undefined) {
      n = formats.length;
      formats.push(format);
      byKey.set(key, n);
    }
    return n;
  };
  const cells = layout.cells.map((c) => ({ ...c, format: formatOf(c.style) }));
  return {
    formats,
    xml: (styleIndex, namespace, selected) => {
      const heights = new Map(layout.rowHeights.map((h) => [h.row, h.height]));
      const rows = [...new Set([...cells.map((c) => c.row), ...heights.keys()])].sort((a, b) => a - b);
      const byRow = new Map<number, typeof cells>();
      for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
      const bottom = Math.max(1, ...rows);
      const right = Math.max(1, ...cells.map((c) => c.col));
      const frozen = layout.frozenRows;
      const { print } = layout;
      const sheetData = rows
        .map((r) => {
          const height = heights.get(r);
          const attrs = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
          const content = (byRow.get(r) ?? [])
            .sort((a, b) => a.col - b.col)
            .map((c) => cellXml(a1(c.row, c.col), styleIndex(c.format), c.value))
            .join('');
          return `<row r="${r}"${attrs}>${content}</row>`;
        })
        .join('');
      const cols = layout.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
      const merges = layout.merges.map((m) => `<mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`).join('');
      const pane =
        frozen > 0
          ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
          : '';
      return (
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<worksheet xmlns="${namespace}">` +
        `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
        `<dimension ref="A1:${a1(bottom, right)}"/>` +
        `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>` +
        `<sheetFormatPr defaultRowHeight="12.75"/>` +
        (cols === '' ? '' : `<cols>${cols}</cols>`) +
        `<sheetData>${sheetData}</sheetData>` +
        (merges === '' ? '' : `<mergeCells count="${layout.merges.length}">${merges}</mergeCells>`) +
        (print.centerHorizontally ? `<printOptions horizontalCentered="1"/>` : '') +
        `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
        `<pageSetup paperSize="${PAPER_SIZE[print.paper]}" orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}"/>` +
        `<headerFooter><oddFooter>${escapeText(`&C${print.footer}`)}</oddFooter></headerFooter>` +
        `</worksheet>`
      );
    },
  };
}

/** Excel's paper size codes. */
const PAPER_SIZE = { A4: 9 } as const;

function cellXml(ref: string, style: number, value: LayoutValue | undefined): string {
  const s = `r="${ref}" s="${style}"`;
  if (value === undefined) return `<c ${s}/>`;
  switch (value.kind) {
    case 'number':
      return `<c ${s}><v>${value.value}</v></c>`;
    case 'text':
      return `<c ${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value.text)}</t></is></c>`;
    case 'formula': {
      const f = `<f>${escapeText(value.formula.replace(/^=/, ''))}</f>`;
      return typeof value.result === 'number' ? `<c ${s}>${f}<v>${value.result}</v></c>` : `<c ${s} t="str">${f}<v>${escapeText(value.result)}</v></c>`;
    }
  }
}

/**
 * Text as XML element content, the way Excel keeps it: `&`, `<`, `>` escaped; characters XML
 * cannot hold as `_xHHHH_`, and a literal `_xHHHH_` as `_x005F_xHHHH_` so it reads back as typed.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
      .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
      // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
  );
}

export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
