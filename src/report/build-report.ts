import { type Catalog, type Indicator, identities } from '../domain/catalog';
import { type CalendarDate, columnLetters } from '../domain/grid';
import type { Finding } from '../domain/findings';
import type { Lang } from '../domain/lang';
import { type Amount, ZERO, equals, formatAmount, isZero, sum, toNumber } from '../domain/money';
import { monthName } from '../domain/months';
import { type Period, isFullYear, periodTitle } from '../domain/period';
import type { Amounts, Reconciliation, TableInfo } from '../domain/reconciliation';
import { type AdjustmentPolicy, type CarriedAdjustment, carryAdjustment } from './adjustments';
import { ReportError } from './errors';
import type { CellRange, CellStyle, ChartHint, LayoutCell, LayoutColumn, LayoutValue, RowSpan, SheetLayout } from './layout';
import { type Claim, footnoteClaims } from './footnote';
import { REPORT_TEXT, type ReportText } from './messages';

export interface ReportOptions {
  /** `propagate` unless told otherwise (RECONCILIATION.md §5). */
  readonly adjustments?: AdjustmentPolicy;
  /** The reconciliation's language unless told otherwise. */
  readonly lang?: Lang;
  /** The day the report is made: passed in, there is no clock in here. */
  readonly generatedOn: CalendarDate;
  /** The source line the analyst chose (`--source`, the pane's setting), printed verbatim. */
  readonly source?: string;
  /** The file the figures come from, as the user should read it (its base name): the default source line adds the sheet and range. */
  readonly file?: string;
  /** Errors on the sheet's totals row that the report resolves (RECONCILIATION.md §5b; src/workflow decides). */
  readonly resolved?: readonly Finding[];
  /** Every other error: a report with any is a draft, and its footnote lists them. */
  readonly unresolved?: readonly Finding[];
  /** Written although errors are unresolved: BORRADOR in the title, the errors in the footnote. */
  readonly draft?: boolean;
  /** Cuadre's version, for the provenance line. */
  readonly version?: string;
}

const FONT = { name: 'Arial', size: 10 } as const;
const AMOUNT_FORMAT = '#,##0.00';
const HEADER_FILL = 'D9E1F2';
const TOTALS_FILL = 'F2F2F2';
const LABEL_COL = 1;
const FIRST_AMOUNT_COL = 2;

export interface BuiltReport {
  readonly layout: SheetLayout;
  /** The footnote's sentences as printed, each with the predicate it holds by. */
  readonly claims: readonly (Claim & { readonly row: number })[];
}

/**
 * The annual table of the memo, built from a reconciliation: title block, the two header
 * rows, twelve months in calendar order, one row per adjustment, a totals row of `=SUM`
 * formulas (so the table stays auditable) and a footnote of claims that hold on it.
 */
export function buildReportLayout(reconciliation: Reconciliation, options: ReportOptions): SheetLayout {
  return buildReport(reconciliation, options).layout;
}

export function buildReport(reconciliation: Reconciliation, options: ReportOptions): BuiltReport {
  const table = reconciliation.table;
  if (table === null) {
    throw new ReportError('no-table', {
      es: `No hay un informe que escribir: no se encontró la tabla de recaudación en la hoja «${reconciliation.sheet}».`,
      en: `There is no report to write: no recovery table was found in sheet "${reconciliation.sheet}".`,
    });
  }
  const unresolved = options.unresolved ?? [];
  const draft = options.draft ?? false;
  if (unresolved.length > 0 && !draft) throw new Error('buildReport: a report with unresolved errors can only be a draft');
  const lang = options.lang ?? reconciliation.lang;
  const policy = options.adjustments ?? 'propagate';
  const text = REPORT_TEXT[lang];
  const columns = reportColumns(reconciliation.catalog, table, lang);
  const carried = reconciliation.adjustments.map((a) => carryAdjustment(a, reconciliation.catalog));
  const body = [...monthLines(reconciliation, table.period, lang), ...adjustmentLines(carried, policy)];
  const totals = columnTotals(columns, body);
  const lastCol = FIRST_AMOUNT_COL + columns.length - 1;
  const widths = columnWidths(body, totals, columns.length);

  const sheet = new SheetBuilder();
  // The region is the header's, over TOTAL and OPORTUNA, as in the memo: printed once.
  // «AÑO 2024», or the months so far: «ENERO A JUNIO 2024» (RECONCILIATION.md §2b). A full year of unknown year says nothing.
  const periodLine = table.year === null && isFullYear(table.period) ? null : periodTitle(table.period, table.year, lang);
  const titleLines = [draft ? text.draftTitle : text.title, periodLine].filter((t): t is string => t !== null);
  titleLines.forEach((line, i) => {
    const size = i === 0 ? 14 : 12;
    sheet.cell(i + 1, LABEL_COL, textValue(line), { bold: true, size, horizontal: 'center' });
    sheet.merge({ top: i + 1, left: LABEL_COL, bottom: i + 1, right: lastCol });
    // Excel keeps a row's stored height when it opens a file: a larger font needs its own.
    sheet.height(i + 1, rowHeight(1, size));
  });
  const header: RowSpan = { first: titleLines.length + 2, last: titleLines.length + 3 };
  writeHeader(sheet, header, columns, reconciliation.catalog, table.region, lang, widths);

  const firstBodyRow = header.last + 1;
  body.forEach((line, i) => writeBodyLine(sheet, firstBodyRow + i, line, columns, widths, reconciliation.catalog));
  const lastBodyRow = firstBodyRow + body.length - 1;
  const totalsRow = lastBodyRow + 1;
  writeTotals(sheet, totalsRow, { first: firstBodyRow, last: lastBodyRow }, columns, totals, text);

  const monthCount = body.filter((l) => l.kind === 'month').length;
  const tableOnly = (cells: Pick<SheetLayout, 'cells' | 'merges' | 'rowHeights'>): SheetLayout => ({
    font: FONT,
    ...cells,
    columnWidths: widths,
    frozenRows: header.last,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: header, centerHorizontally: true, footer: text.footer },
    table: {
      headerRows: header,
      labelColumn: LABEL_COL,
      monthRows: { first: firstBodyRow, last: firstBodyRow + monthCount - 1 },
      adjustmentRows: monthCount === body.length ? null : { first: firstBodyRow + monthCount, last: lastBodyRow },
      totalsRow,
      columns,
      chart: chartHint(reconciliation.catalog, columns, text, lang),
    },
  });

  const candidates = footnoteClaims({
    reconciliation,
    table,
    columns,
    carried,
    adjustmentRows: carried.map((_, i) => firstBodyRow + monthCount + i),
    totalsRow,
    body: { first: firstBodyRow, last: lastBodyRow },
    policy,
    text,
    lang,
    source: options.source,
    file: options.file,
    draft,
    resolved: options.resolved ?? [],
    unresolved,
    generatedOn: options.generatedOn,
    version: options.version,
  });
  // A sentence is printed only if it holds on the table as written.
  const written = tableOnly(sheet.build());
  // Of several wordings of the status, the first that holds.
  const printed = candidates.filter(
    (claim, i) => claim.holds(written) && !(claim.kind === 'status' && candidates.slice(0, i).some((c) => c.kind === 'status' && c.holds(written))),
  );
  const contentWidth = widths.reduce((a, b) => a + b, 0);
  const claims = printed.map((claim, i) => {
    const row = totalsRow + 2 + i;
    const shownText = claim.value.kind === 'text' ? claim.value.text : String(claim.value.kind === 'formula' ? claim.value.result : '');
    const provenance = claim.kind === 'provenance';
    sheet.cell(row, LABEL_COL, claim.value, {
      size: provenance ? 8 : 9,
      wrap: true,
      horizontal: 'left',
      vertical: 'top',
      ...(provenance ? { italic: true } : {}),
    });
    sheet.merge({ top: row, left: LABEL_COL, bottom: row, right: lastCol });
    sheet.height(row, rowHeight(lineCount(shownText, contentWidth * CHARS_PER_UNIT.small), 9));
    return { ...claim, row };
  });
  return { layout: tableOnly(sheet.build()), claims };
}

/** The indicators the reconciliation has, in catalog order, from column B on. */
function reportColumns(catalog: Catalog, table: TableInfo, lang: Lang): LayoutColumn[] {
  return catalog.indicators
    .filter((i) => table.columns[i.key] !== undefined)
    .map((i, n) => ({ key: i.key, col: FIRST_AMOUNT_COL + n, name: displayName(i, lang) }));
}

const displayName = (indicator: Indicator, lang: Lang): string => indicator.name[lang].toLocaleUpperCase(lang);

interface BodyLine {
  readonly kind: 'month' | 'adjustment';
  readonly label: string;
  readonly amounts: Amounts;
  /** Parents that carry the row's adjustment under `propagate`: written as formulas over their components' cells. */
  readonly carriedTo?: readonly string[];
}

/**
 * The period's months in calendar order (twelve for a full year), named in the report's
 * language: months not yet loaded get no row (§2b). A month of the period the sheet lacks gets
 * an empty row (the check reports it); a month the sheet has twice keeps both rows, so the
 * totals stay the sheet's sums.
 */
function monthLines(reconciliation: Reconciliation, period: Period, lang: Lang): BodyLine[] {
  return Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i).flatMap<BodyLine>((month) => {
    const rows = reconciliation.months.filter((m) => m.month === month).sort((a, b) => a.row - b.row);
    const label = monthName(month, lang);
    return (rows.length === 0 ? [{}] : rows.map((m) => m.amounts)).map((amounts) => ({ kind: 'month', label, amounts }));
  });
}

/** The sheet's own label, verbatim: it is how the memo and the auditor know the document. */
function adjustmentLines(carried: readonly CarriedAdjustment[], policy: AdjustmentPolicy): BodyLine[] {
  return carried.map(({ adjustment, propagated, carries }) => ({
    kind: 'adjustment',
    label: adjustment.label,
    amounts: policy === 'propagate' ? propagated : adjustment.amounts,
    ...(policy === 'propagate' ? { carriedTo: carries.flatMap((c) => c.parents) } : {}),
  }));
}

/** What each totals formula computes: the exact sum of the amounts written above it. */
function columnTotals(columns: readonly LayoutColumn[], body: readonly BodyLine[]): Amounts {
  return Object.fromEntries(columns.map(({ key }) => [key, sum(body.map((l) => l.amounts[key] ?? ZERO))]));
}

/**
 * Column widths in characters of the default font. Amount columns share the width of the
 * widest figure (so no `####`); the label column fits the longest label, up to a limit past
 * which it wraps.
 */
function columnWidths(body: readonly BodyLine[], totals: Amounts, amountColumns: number): number[] {
  const figures = [...body.flatMap((l) => Object.values(l.amounts)), ...Object.values(totals)];
  const widestFigure = Math.max(0, ...figures.map((a) => formatAmount(a, 'en').length));
  const widestLabel = Math.max(0, ...body.map((l) => l.label.length));
  // Wide enough for `ADJUSTMENT IESS-DNRGC-2025-0310-M` on one line: hosts break references at their hyphens.
  const labelWidth = clamp(widestLabel + 3, 14, 36);
  const amountWidth = Math.max(16, widestFigure + 4);
  return [labelWidth, ...Array.from({ length: amountColumns }, () => amountWidth)];
}

const clamp = (n: number, low: number, high: number): number => Math.min(high, Math.max(low, n));

/**
 * Characters per width unit, by kind of text: a width unit is one digit of the default font;
 * bold capitals are wider than digits, small mixed-case text narrower. Estimates on the safe
 * side, since LibreOffice and Excel do not grow wrapped merged rows by themselves.
 */
const CHARS_PER_UNIT = { capitals: 0.8, small: 1.05, body: 0.95 } as const;

/** Lines a text takes when wrapped at word boundaries into `capacity` characters. */
function lineCount(text: string, capacity: number): number {
  const fit = Math.max(1, Math.floor(capacity));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= fit) {
      used = needed;
    } else if (used === 0) {
      lines += Math.ceil(word.length / fit) - 1;
      used = word.length % fit;
    } else {
      lines += Math.ceil(word.length / fit);
      used = word.length % fit || fit;
    }
  }
  return lines;
}

/** Points for `lines` lines of a `size`-point font, with room for the cell's padding. */
const rowHeight = (lines: number, size: number): number => Math.ceil(lines * size * 1.35 + 4);

const HEADER_STYLE: CellStyle = { bold: true, fill: HEADER_FILL, border: true, horizontal: 'center', vertical: 'middle', wrap: true };

/**
 * The memo's two header rows: a coded indicator has its name above and `code-description`
 * below; the uncoded ones (TOTAL, OPORTUNA) have their name below and the region above,
 * merged over them, or their name over both rows when there is no region.
 */
function writeHeader(
  sheet: SheetBuilder,
  header: RowSpan,
  columns: readonly LayoutColumn[],
  catalog: Catalog,
  region: string | null,
  lang: Lang,
  widths: readonly number[],
): void {
  const text = REPORT_TEXT[lang];
  sheet.block({ top: header.first, left: LABEL_COL, bottom: header.last, right: LABEL_COL }, textValue(text.labelHeader), HEADER_STYLE);
  let lines = 1;
  for (const run of uncodedRuns(columns, catalog)) {
    const [first, last] = [run[0]!, run[run.length - 1]!];
    if (region === null) {
      run.forEach((c) => sheet.block({ top: header.first, left: c.col, bottom: header.last, right: c.col }, textValue(c.name), HEADER_STYLE));
    } else {
      sheet.block({ top: header.first, left: first.col, bottom: header.first, right: last.col }, textValue(region), HEADER_STYLE);
      run.forEach((c) => sheet.cell(header.last, c.col, textValue(c.name), HEADER_STYLE));
    }
  }
  for (const column of columns) {
    const indicator = catalog.indicators.find((i) => i.key === column.key)!;
    if (indicator.code === null) continue;
    const described = `${indicator.code}-${indicator.description[lang]}`;
    const width = widths[column.col - 1]!;
    sheet.cell(header.first, column.col, textValue(column.name), HEADER_STYLE);
    sheet.cell(header.last, column.col, textValue(described), { ...HEADER_STYLE, size: 9 });
    lines = Math.max(lines, lineCount(described, width * CHARS_PER_UNIT.small));
  }
  const nameLines = Math.max(1, ...columns.map((c) => lineCount(c.name, widths[c.col - 1]! * CHARS_PER_UNIT.capitals)));
  sheet.height(header.first, rowHeight(nameLines, FONT.size));
  sheet.height(header.last, rowHeight(lines, 9));
}

/** Adjacent columns whose indicator has no code: they share the region label above them. */
function uncodedRuns(columns: readonly LayoutColumn[], catalog: Catalog): LayoutColumn[][] {
  const runs: LayoutColumn[][] = [];
  for (const column of columns) {
    if (catalog.indicators.find((i) => i.key === column.key)?.code !== null) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last[last.length - 1]!.col === column.col - 1) last.push(column);
    else runs.push([column]);
  }
  return runs;
}

const AMOUNT_STYLE: CellStyle = { numberFormat: AMOUNT_FORMAT, border: true, horizontal: 'right' };

function writeBodyLine(sheet: SheetBuilder, row: number, line: BodyLine, columns: readonly LayoutColumn[], widths: readonly number[], catalog: Catalog): void {
  const adjustment = line.kind === 'adjustment';
  sheet.cell(row, LABEL_COL, textValue(line.label), { border: true, horizontal: 'left', vertical: 'middle', wrap: adjustment });
  for (const { key, col } of columns) {
    const value = line.amounts[key];
    // An adjustment row shows only what it adjusts, as the memo prints it; a month shows its zeros.
    const shown = value === undefined || (adjustment && isZero(value)) ? undefined : value;
    const formula = shown !== undefined && line.carriedTo?.includes(key) ? carriedFormula(key, row, line.amounts, columns, catalog, shown) : null;
    const cell: LayoutValue | undefined =
      shown === undefined ? undefined : formula !== null ? { kind: 'formula', formula, result: toNumber(shown) } : { kind: 'number', value: toNumber(shown) };
    sheet.cell(row, col, cell, { ...AMOUNT_STYLE, vertical: 'middle' });
  }
  if (adjustment) sheet.height(row, rowHeight(lineCount(line.label, widths[0]! * CHARS_PER_UNIT.body), FONT.size));
}

/**
 * A carried amount as the sum of the row's cells it comes from (`=H19`; `=D19` for TOTAL over
 * a carried MORA), so an auditor sees where it came from. Null when those cells do not add
 * up to it (a component the table lacks): then the figure is written as it is.
 */
function carriedFormula(key: string, row: number, amounts: Amounts, columns: readonly LayoutColumn[], catalog: Catalog, value: Amount): string | null {
  const identity = identities(catalog).find((i) => i.parent === key);
  if (identity === undefined) return null;
  const sources = columns.filter((c) => identity.children.includes(c.key) && !isZero(amounts[c.key] ?? ZERO));
  if (sources.length === 0 || !equals(sum(sources.map((c) => amounts[c.key]!)), value)) return null;
  return `=${sources.map((c) => `${columnLetters(c.col)}${row}`).join('+')}`;
}

function writeTotals(sheet: SheetBuilder, row: number, body: RowSpan, columns: readonly LayoutColumn[], totals: Amounts, text: ReportText): void {
  const style: CellStyle = { bold: true, fill: TOTALS_FILL, border: true };
  sheet.cell(row, LABEL_COL, textValue(text.totalsLabel), { ...style, horizontal: 'left' });
  for (const { key, col } of columns) {
    const letters = columnLetters(col);
    const formula = `=SUM(${letters}${body.first}:${letters}${body.last})`;
    sheet.cell(row, col, { kind: 'formula', formula, result: toNumber(totals[key]!) }, { ...style, numberFormat: AMOUNT_FORMAT, horizontal: 'right' });
  }
}

/**
 * The breakdown worth charting: the most detailed identity the table has with at least two
 * components (`mora` = planilla + glosas + títulos + convenios in the default catalog).
 */
function chartHint(catalog: Catalog, columns: readonly LayoutColumn[], text: ReportText, lang: Lang): ChartHint | null {
  const has = (key: string): boolean => columns.some((c) => c.key === key);
  const identity = identities(catalog).find((i) => has(i.parent) && i.children.filter(has).length >= 2);
  if (identity === undefined) return null;
  const parent = catalog.indicators.find((i) => i.key === identity.parent)!;
  return { title: text.chartTitle(parent.description[lang]), parent: parent.key, series: identity.children.filter(has) };
}

const textValue = (text: string): LayoutValue => ({ kind: 'text', text });

/** Collects cells, merges and heights; cells come out in row, then column order. */
class SheetBuilder {
  private readonly cells = new Map<string, LayoutCell>();
  private readonly merges: CellRange[] = [];
  private readonly heights = new Map<number, number>();

  cell(row: number, col: number, value: LayoutValue | undefined, style: CellStyle): void {
    this.cells.set(`${row}:${col}`, value === undefined ? { row, col, style } : { row, col, value, style });
  }

  merge(range: CellRange): void {
    this.merges.push(range);
  }

  /** A merged range whose every cell carries the style, so its borders are drawn all round. */
  block(range: CellRange, value: LayoutValue, style: CellStyle): void {
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        this.cell(row, col, row === range.top && col === range.left ? value : undefined, style);
      }
    }
    if (range.bottom > range.top || range.right > range.left) this.merge(range);
  }

  height(row: number, points: number): void {
    this.heights.set(row, Math.max(points, this.heights.get(row) ?? 0));
  }

  build(): Pick<SheetLayout, 'cells' | 'merges' | 'rowHeights'> {
    const cells = [...this.cells.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    const rowHeights = [...this.heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
    return { cells, merges: this.merges, rowHeights };
  }
}
