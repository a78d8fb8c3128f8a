import { amount, toJson } from '../../src/domain/money';
import { reconcile } from '../../src/domain/reconcile';
import type { Reconciliation } from '../../src/domain/reconciliation';
import { type AdjustmentPolicy, type ReportOptions, ReportError, buildReportLayout } from '../../src/report';
import { MEMO_HEADER, MEMO_RECONCILED } from '../../src/sample/memo-2024';
import { memoGrid } from '../support/workbook-builder';
import { MEMO_ADJUSTMENT_ROW, MEMO_MONTH_ROWS, MEMO_PRINTED_TOTALS, memoReconciliation } from './memo-reconciliation';
import { address, footnote, layoutCell, rowValues, shown, totalsByKey } from './read-layout';

const ON: ReportOptions = { generatedOn: { year: 2025, month: 5, day: 13 }, source: 'recaudacion-2024.xlsx' };
const KEYS = ['total', 'oportuna', 'mora', 'planilla', 'glosas', 'titulos', 'convenios'];
const ADJUSTMENT = 'IESS-DNRGC-2025-0310-M';

describe('buildReportLayout on the memo (es)', () => {
  const layout = buildReportLayout(memoReconciliation(), ON);

  it('has the title block, merged across the table', () => {
    expect([1, 2, 3].map((row) => shown(layoutCell(layout, row, 1)))).toEqual(['RECAUDACIÓN TOTAL', 'AÑO 2024', 'CHIMBORAZO']);
    expect(layout.merges).toEqual(expect.arrayContaining([1, 2, 3].map((row) => ({ top: row, left: 1, bottom: row, right: 8 }))));
  });

  it('has the memo header: region over TOTAL and OPORTUNA, names over code-descriptions', () => {
    const { first, last } = layout.table.headerRows;
    expect(rowValues(layout, first)).toEqual(['MES', 'CHIMBORAZO', '', 'MORA', 'PLANILLA EN MORA', 'GLOSAS', 'TÍTULOS', 'CONVENIOS']);
    expect(rowValues(layout, last)).toEqual([...MEMO_HEADER[1]]);
    expect(layout.merges).toEqual(
      expect.arrayContaining([
        { top: first, left: 2, bottom: first, right: 3 },
        { top: first, left: 1, bottom: last, right: 1 },
      ]),
    );
    expect(layoutCell(layout, last, 4)?.style).toMatchObject({ wrap: true, bold: true, border: true, fill: expect.any(String) });
  });

  it('lists the twelve months in calendar order, then the adjustment citing its document, then TOTAL', () => {
    const { monthRows, adjustmentRows, totalsRow } = layout.table;
    const labels = Array.from({ length: totalsRow - monthRows.first + 1 }, (_, i) => shown(layoutCell(layout, monthRows.first + i, 1)));
    expect(labels).toEqual([
      'ENERO',
      'FEBRERO',
      'MARZO',
      'ABRIL',
      'MAYO',
      'JUNIO',
      'JULIO',
      'AGOSTO',
      'SEPTIEMBRE',
      'OCTUBRE',
      'NOVIEMBRE',
      'DICIEMBRE',
      `AJUSTE ${ADJUSTMENT}`,
      'TOTAL',
    ]);
    expect(adjustmentRows).toEqual({ first: monthRows.last + 1, last: monthRows.last + 1 });
    expect(totalsRow).toBe(monthRows.last + 2);
  });

  it('writes the month figures as numbers with the amount format', () => {
    const jan = layout.table.monthRows.first;
    expect(rowValues(layout, jan)).toEqual(['ENERO', 12742937.65, 11868052.21, 874885.44, 717234.59, 14420.75, 125825.05, 17405.05]);
    expect(layoutCell(layout, jan, 2)?.style).toMatchObject({ numberFormat: '#,##0.00', border: true });
  });

  it('sums months and adjustments with formulas on a bold totals row', () => {
    const { totalsRow, monthRows, adjustmentRows } = layout.table;
    const cells = layout.table.columns.map(({ col }) => layoutCell(layout, totalsRow, col)!);
    expect(cells.map((c) => c.value?.kind === 'formula' && c.value.formula)).toEqual(
      ['B', 'C', 'D', 'E', 'F', 'G', 'H'].map((l) => `=SUM(${l}${monthRows.first}:${l}${adjustmentRows!.last})`),
    );
    expect(cells.every((c) => c.style.bold && c.style.numberFormat === '#,##0.00')).toBe(true);
  });

  it('freezes the title and header, prints landscape one page wide repeating the header', () => {
    expect(layout.frozenRows).toBe(layout.table.headerRows.last);
    expect(layout.print).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: layout.table.headerRows });
  });

  it('gives amount columns room for the widest figure and sets a height for the wrapped header', () => {
    const widest = '150,374,057.48'.length;
    expect(layout.columnWidths).toHaveLength(8);
    expect(Math.min(...layout.columnWidths.slice(1))).toBeGreaterThan(widest);
    const header = layout.rowHeights.find((h) => h.row === layout.table.headerRows.last);
    expect(header?.height).toBeGreaterThanOrEqual(48);
  });

  it('tells a renderer where the four arrears components are, for a chart', () => {
    expect(layout.table.chart).toEqual({
      title: 'Monto de recuperación de cartera en mora, por mes',
      parent: 'mora',
      series: ['planilla', 'glosas', 'titulos', 'convenios'],
    });
    expect(layout.table.columns.map((c) => address(layout.table.monthRows.first, c.col))).toEqual(['B7', 'C7', 'D7', 'E7', 'F7', 'G7', 'H7']);
  });
});

describe('adjustment policy', () => {
  const reconciledTotals = { ...MEMO_PRINTED_TOTALS, ...MEMO_RECONCILED };

  it.each<[AdjustmentPolicy, Record<string, string>, (string | number)[]]>([
    ['propagate', reconciledTotals, [`AJUSTE ${ADJUSTMENT}`, 122471.11, '', 122471.11, '', '', '', 122471.11]],
    ['as-reported', MEMO_PRINTED_TOTALS, [`AJUSTE ${ADJUSTMENT}`, '', '', '', '', '', '', 122471.11]],
  ])('%s: adjustment row and totals', (adjustments, totals, adjustmentRow) => {
    const layout = buildReportLayout(memoReconciliation(), { ...ON, adjustments });
    expect(rowValues(layout, layout.table.adjustmentRows!.first)).toEqual(adjustmentRow);
    expect(totalsByKey(layout)).toEqual(totals);
  });

  it.each<[AdjustmentPolicy, 'es' | 'en', string]>([
    ['as-reported', 'es', `MORA y TOTAL del informe no incluyen 122.471,11 de ajustes de CONVENIOS (${ADJUSTMENT}).`],
    ['as-reported', 'en', `ARREARS and TOTAL in this report leave out 122,471.11 of PAYMENT AGREEMENTS adjustments (${ADJUSTMENT}).`],
    [
      'propagate',
      'es',
      `El ajuste de CONVENIOS por 122.471,11 (${ADJUSTMENT}) se suma también a MORA y TOTAL, para que cada total sea la suma de sus componentes.`,
    ],
    [
      'propagate',
      'en',
      `The PAYMENT AGREEMENTS adjustment of 122,471.11 (${ADJUSTMENT}) is also added to ARREARS and TOTAL, so every total is the sum of its components.`,
    ],
    ['propagate', 'es', 'La fila de totales de la hoja de origen dice: TOTAL 150.251.586,37; MORA 9.175.678,45.'],
  ])('%s footnote (%s): %s', (adjustments, lang, sentence) => {
    expect(footnote(buildReportLayout(memoReconciliation(), { ...ON, adjustments, lang }))).toContain(sentence);
  });

  it('as-reported: the sheet totals agree with the report, so they are not repeated', () => {
    const notes = footnote(buildReportLayout(memoReconciliation(), { ...ON, adjustments: 'as-reported' }));
    expect(notes.some((n) => n.startsWith('La fila de totales'))).toBe(false);
  });

  it('propagates by default', () => {
    expect(totalsByKey(buildReportLayout(memoReconciliation(), ON))).toEqual(reconciledTotals);
  });
});

describe('footnote', () => {
  it.each<['es' | 'en', string[]]>([
    [
      'es',
      [
        'Fuente: recaudacion-2024.xlsx, hoja «Recaudación 2024», rango A4:H19.',
        'Valores en dólares de los Estados Unidos de América (USD).',
        'Conciliación de la hoja de origen: 1 error y 1 advertencia.',
        'Generado con Cuadre el 13 de mayo de 2025.',
      ],
    ],
    [
      'en',
      [
        'Source: recaudacion-2024.xlsx, sheet “Recaudación 2024”, range A4:H19.',
        'Amounts in United States dollars (USD).',
        'Reconciliation of the source sheet: 1 error and 1 warning.',
        'Generated with Cuadre on May 13, 2025.',
      ],
    ],
  ])('%s: source, currency, status and date', (lang, sentences) => {
    const notes = footnote(buildReportLayout(memoReconciliation(), { ...ON, lang }));
    expect(notes).toEqual(expect.arrayContaining(sentences));
  });

  it('says so when the sheet has no findings, and names the sheet alone without a source', () => {
    const clean = memoReconciliation({ summary: { errors: 0, warnings: 0, info: 0 } });
    const notes = footnote(buildReportLayout(clean, { generatedOn: ON.generatedOn }));
    expect(notes).toEqual(expect.arrayContaining(['Fuente: hoja «Recaudación 2024», rango A4:H19.', 'Conciliación de la hoja de origen: sin observaciones.']));
  });

  it('merges each sentence across the table and wraps it', () => {
    const layout = buildReportLayout(memoReconciliation(), ON);
    const notes = layout.cells.filter((c) => c.row > layout.table.totalsRow);
    expect(notes.every((c) => c.style.wrap)).toBe(true);
    expect(notes.every((c) => layout.merges.some((m) => m.top === c.row && m.left === 1 && m.right === 8))).toBe(true);
  });
});

describe('other tables', () => {
  const memoTotals = (layout: ReturnType<typeof buildReportLayout>): Record<string, string> => totalsByKey(layout);

  it('without adjustments: no adjustment rows, totals over the months, no policy note', () => {
    const layout = buildReportLayout(memoReconciliation({ adjustments: [] }), ON);
    const { monthRows, totalsRow } = layout.table;
    expect(layout.table.adjustmentRows).toBeNull();
    expect(totalsRow).toBe(monthRows.last + 1);
    expect(layoutCell(layout, totalsRow, 2)?.value).toMatchObject({ formula: `=SUM(B${monthRows.first}:B${monthRows.last})` });
    expect(memoTotals(layout)).toEqual({ ...MEMO_PRINTED_TOTALS, convenios: '332034.94' });
    expect(footnote(layout).some((n) => n.includes('ajuste'))).toBe(false);
  });

  it('English: month names and headers in English', () => {
    const layout = buildReportLayout(memoReconciliation(), { ...ON, lang: 'en' });
    const { monthRows, headerRows } = layout.table;
    expect(shown(layoutCell(layout, 1, 1))).toBe('TOTAL COLLECTIONS');
    expect(shown(layoutCell(layout, monthRows.first, 1))).toBe('JANUARY');
    expect(shown(layoutCell(layout, monthRows.last, 1))).toBe('DECEMBER');
    expect(rowValues(layout, headerRows.last)[3]).toBe('IE-DNRGC-DP-10-Arrears recovered');
  });

  it('puts months in calendar order whatever the sheet order, and keeps an empty row for a missing month', () => {
    const shuffled = [...MEMO_MONTH_ROWS].reverse().filter((m) => m.month !== 3);
    const layout = buildReportLayout(memoReconciliation({ months: shuffled }), ON);
    const { first, last } = layout.table.monthRows;
    expect(last - first + 1).toBe(12);
    expect(rowValues(layout, first + 2)).toEqual(['MARZO', '', '', '', '', '', '', '']);
    expect(shown(layoutCell(layout, first + 3, 2))).toBe(12381112.8);
  });

  it('has only the indicators the sheet has, in catalog order', () => {
    const base = memoReconciliation();
    const { glosas: _, ...columns } = base.table!.columns;
    const layout = buildReportLayout({ ...base, table: { ...base.table!, columns } }, ON);
    expect(layout.table.columns.map((c) => c.key)).toEqual(KEYS.filter((k) => k !== 'glosas'));
    expect(layout.columnWidths).toHaveLength(7);
  });

  it('without a region, TOTAL and OPORTUNA span both header rows; without a year, no year line', () => {
    const base = memoReconciliation();
    const layout = buildReportLayout({ ...base, table: { ...base.table!, region: null, year: null } }, ON);
    const { first, last } = layout.table.headerRows;
    expect(first).toBe(3);
    expect(shown(layoutCell(layout, 1, 1))).toBe('RECAUDACIÓN TOTAL');
    expect(layout.merges).toEqual(expect.arrayContaining([2, 3].map((col) => ({ top: first, left: col, bottom: last, right: col }))));
    expect(shown(layoutCell(layout, first, 2))).toBe('TOTAL');
  });

  it('labels an adjustment that cites no document with its own label', () => {
    const adjustment = { ...MEMO_ADJUSTMENT_ROW, label: 'AJUSTE DE DICIEMBRE', reference: null };
    const layout = buildReportLayout(memoReconciliation({ adjustments: [adjustment] }), { ...ON, adjustments: 'as-reported' });
    expect(shown(layoutCell(layout, layout.table.adjustmentRows!.first, 1))).toBe('AJUSTE DE DICIEMBRE');
    expect(footnote(layout)).toContain('MORA y TOTAL del informe no incluyen 122.471,11 de ajustes de CONVENIOS.');
  });

  it('refuses a reconciliation without a table', () => {
    const build = (): unknown => buildReportLayout(memoReconciliation({ table: null }), ON);
    expect(build).toThrow(ReportError);
    expect(build).toThrow(expect.objectContaining({ code: 'no-table' }));
  });
});

describe('with the engine', () => {
  const rec: Reconciliation = reconcile(memoGrid());
  const json = (totals: Reconciliation['totals']['computed']): Record<string, string> =>
    Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, toJson(v)]));

  it.each<[AdjustmentPolicy, 'reconciled' | 'computed']>([
    ['propagate', 'reconciled'],
    ['as-reported', 'computed'],
  ])('%s: the totals row is totals.%s', (adjustments, which) => {
    expect(totalsByKey(buildReportLayout(rec, { ...ON, adjustments }))).toEqual(json(rec.totals[which]));
  });

  it('matches the hand-built memo', () => {
    const byEngine = buildReportLayout(rec, ON);
    const byHand = buildReportLayout(memoReconciliation({ findings: rec.findings }), ON);
    expect(byEngine.cells).toEqual(byHand.cells);
    expect(toJson(amount(MEMO_RECONCILED.total))).toBe(json(rec.totals.reconciled).total);
  });
});
