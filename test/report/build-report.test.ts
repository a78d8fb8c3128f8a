import { amount, toJson } from '../../src/domain/money';
import { reconcile } from '../../src/domain/reconcile';
import type { Reconciliation } from '../../src/domain/reconciliation';
import { type AdjustmentPolicy, type ReportOptions, type SheetLayout, ReportError, buildReportLayout, sourceFingerprint } from '../../src/report';
import { MEMO_HEADER, MEMO_RECONCILED } from '../../src/sample/memo-2024';
import { memoGrid } from '../support/workbook-builder';
import { MEMO_ADJUSTMENT_ROW, MEMO_MONTH_ROWS, MEMO_PRINTED_TOTALS, memoReconciliation } from './memo-reconciliation';
import { address, footnote, layoutCell, rowValues, shown, totalsByKey } from './read-layout';

const ON: ReportOptions = { generatedOn: { year: 2025, month: 5, day: 13 }, file: 'recaudacion-2024.xlsx' };
const KEYS = ['total', 'oportuna', 'mora', 'planilla', 'glosas', 'titulos', 'convenios'];
const ADJUSTMENT = 'IESS-DNRGC-2025-0310-M';
const LABEL = 'IESS-DNRGC-2025-0310-M (AJUSTE DE RESULTADOS)';
/** The memo's one error, on its totals row: the report resolves it (src/workflow decides so). */
const RESOLVED_D19: Pick<ReportOptions, 'resolved'> = {
  resolved: [{ code: 'identity.breakdown', severity: 'error', sheet: 'Recaudación 2024', cell: 'D19', message: '…' }],
};

describe('buildReportLayout on the memo (es)', () => {
  const layout = buildReportLayout(memoReconciliation(), ON);

  it('has the title block, merged across the table; the region only once, in the header', () => {
    expect([1, 2, 3].map((row) => shown(layoutCell(layout, row, 1)))).toEqual(['RECAUDACIÓN TOTAL', 'AÑO 2024', '']);
    expect(layout.merges).toEqual(expect.arrayContaining([1, 2].map((row) => ({ top: row, left: 1, bottom: row, right: 8 }))));
    expect(layout.cells.filter((c) => c.value?.kind === 'text' && c.value.text === 'CHIMBORAZO')).toHaveLength(1);
  });

  it('prints «Página N de M» at the foot of every page', () => {
    expect(layout.print.footer).toBe('Página &P de &N');
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
      'ENERO', 'FEBRERO', 'MARZO', 'ABRIL', 'MAYO', 'JUNIO', 'JULIO', 'AGOSTO', 'SEPTIEMBRE', 'OCTUBRE', 'NOVIEMBRE', 'DICIEMBRE',
      'IESS-DNRGC-2025-0310-M (AJUSTE DE RESULTADOS)', 'TOTAL',
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
    expect(layout.table.chart).toEqual({ title: 'Monto de recuperación de cartera en mora, por mes', parent: 'mora', series: ['planilla', 'glosas', 'titulos', 'convenios'] });
    expect(layout.table.columns.map((c) => address(layout.table.monthRows.first, c.col))).toEqual(['B6', 'C6', 'D6', 'E6', 'F6', 'G6', 'H6']);
  });
});

describe('adjustment policy', () => {
  const reconciledTotals = { ...MEMO_PRINTED_TOTALS, ...MEMO_RECONCILED };

  it.each<[AdjustmentPolicy, Record<string, string>, (string | number)[]]>([
    ['propagate', reconciledTotals, [LABEL, 122471.11, '', 122471.11, '', '', '', 122471.11]],
    ['as-reported', MEMO_PRINTED_TOTALS, [LABEL, '', '', '', '', '', '', 122471.11]],
  ])('%s: adjustment row (its label verbatim) and totals', (adjustments, totals, adjustmentRow) => {
    const layout = buildReportLayout(memoReconciliation(), { ...ON, adjustments });
    expect(rowValues(layout, layout.table.adjustmentRows!.first)).toEqual(adjustmentRow);
    expect(totalsByKey(layout)).toEqual(totals);
  });

  it('propagate: the carried amounts are formulas pointing at the adjustment\'s own cell', () => {
    const layout = buildReportLayout(memoReconciliation(), ON);
    const row = layout.table.adjustmentRows!.first;
    expect(['B', 'D', 'H'].map((c, i) => layoutCell(layout, row, [2, 4, 8][i]!)?.value)).toEqual([
      { kind: 'formula', formula: `=D${row}`, result: 122471.11 },
      { kind: 'formula', formula: `=H${row}`, result: 122471.11 },
      { kind: 'number', value: 122471.11 },
    ]);
  });

  it.each<[AdjustmentPolicy, 'es' | 'en', string]>([
    ['as-reported', 'es', `MORA y TOTAL de este informe no incluyen el ajuste de CONVENIOS de H18 (${ADJUSTMENT}).`],
    ['as-reported', 'en', `ARREARS and TOTAL in this report leave out the PAYMENT AGREEMENTS adjustment in H18 (${ADJUSTMENT}).`],
    ['as-reported', 'es', 'Revisión de la hoja de origen: 1 advertencia; lo que no cuadra en su fila de totales (D19) se indica en estas notas.'],
    ['propagate', 'es', `El ajuste de CONVENIOS (${ADJUSTMENT}) se suma también a MORA y TOTAL en su fila: esas celdas son fórmulas que remiten a H18.`],
    ['propagate', 'en', `The PAYMENT AGREEMENTS adjustment (${ADJUSTMENT}) is also added to ARREARS and TOTAL on its row: those cells are formulas that refer to H18.`],
    ['propagate', 'es', 'En la fila TOTAL, cada indicador es la suma de sus componentes.'],
    ['propagate', 'es', 'Revisión de la hoja de origen: 1 advertencia; lo que no cuadra en su fila de totales (D19) no pasa a este informe.'],
  ])('%s footnote (%s): %s', (adjustments, lang, sentence) => {
    expect(footnote(buildReportLayout(memoReconciliation(), { ...ON, ...RESOLVED_D19, adjustments, lang }))).toContain(sentence);
  });

  it('as-reported: no «every total is the sum of its components», which does not hold', () => {
    const notes = footnote(buildReportLayout(memoReconciliation(), { ...ON, adjustments: 'as-reported' }));
    expect(notes.some((n) => n.includes('suma de sus componentes'))).toBe(false);
  });

  it('propagate: the sheet\'s own totals as a formula, so the amounts follow the reader\'s locale', () => {
    const layout = buildReportLayout(memoReconciliation(), ON);
    const cell = layout.cells.find((c) => c.row > layout.table.totalsRow && c.value?.kind === 'formula');
    expect(cell?.value).toEqual({
      kind: 'formula',
      formula:
        '="La fila de totales de la hoja de origen (fila 19) dice: "&"TOTAL "&FIXED(150251586.37,2)&"; MORA "&FIXED(9175678.45,2)&"; la fila TOTAL de este informe suma sus propias filas."',
      result: 'La fila de totales de la hoja de origen (fila 19) dice: TOTAL 150.251.586,37; MORA 9.175.678,45; la fila TOTAL de este informe suma sus propias filas.',
    });
  });

  it('as-reported: the sheet totals agree with the report, so they are not repeated', () => {
    const layout = buildReportLayout(memoReconciliation(), { ...ON, adjustments: 'as-reported' });
    expect(layout.cells.some((c) => c.row > layout.table.totalsRow && c.value?.kind === 'formula')).toBe(false);
  });

  it('propagates by default', () => {
    expect(totalsByKey(buildReportLayout(memoReconciliation(), ON))).toEqual(reconciledTotals);
  });
});

describe('footnote', () => {
  it.each<['es' | 'en', string[]]>([
    ['es', ['Fuente: recaudacion-2024.xlsx, hoja «Recaudación 2024», rango A4:H19.', 'Valores en dólares de los Estados Unidos de América (USD).', 'Revisión de la hoja de origen: 1 advertencia; lo que no cuadra en su fila de totales (D19) no pasa a este informe.']],
    ['en', ['Source: recaudacion-2024.xlsx, sheet “Recaudación 2024”, range A4:H19.', 'Amounts in United States dollars (USD).', 'Review of the source sheet: 1 warning; what does not add up on its totals row (D19) does not reach this report.']],
  ])('%s: source, currency, status without the error the report resolves', (lang, sentences) => {
    const notes = footnote(buildReportLayout(memoReconciliation(), { ...ON, ...RESOLVED_D19, lang }));
    expect(notes).toEqual(expect.arrayContaining(sentences));
    expect(notes.join(' ')).not.toMatch(/1 error/);
  });

  it('ends with a compact provenance line: version, date, SHA-256 of the figures', () => {
    const rec = memoReconciliation();
    const notes = footnote(buildReportLayout(rec, { ...ON, version: '1.2.3' }));
    expect(notes[notes.length - 1]).toBe(`Cuadre 1.2.3 · 2025-05-13 · SHA-256 de las cifras: ${sourceFingerprint(rec)}`);
    expect(sourceFingerprint(rec)).toMatch(/^[0-9a-f]{64}$/);
    expect(sourceFingerprint(memoReconciliation({ adjustments: [] }))).not.toBe(sourceFingerprint(rec));
  });

  it('prints the analyst\'s source line verbatim', () => {
    const source = 'Sistema Historial Laboral, corte al 31 de diciembre de 2024';
    expect(footnote(buildReportLayout(memoReconciliation(), { ...ON, source }))).toContain(`Fuente: ${source}.`);
  });

  it('says so when the sheet has no findings, and names the sheet alone without a file', () => {
    const clean = memoReconciliation({ summary: { errors: 0, warnings: 0, info: 0 } });
    const notes = footnote(buildReportLayout(clean, { generatedOn: ON.generatedOn }));
    expect(notes).toEqual(expect.arrayContaining(['Fuente: hoja «Recaudación 2024», rango A4:H19.', 'Revisión de la hoja de origen: sin otras observaciones.']));
  });

  it('a draft: BORRADOR in the title, and the unresolved errors with their cells', () => {
    const unresolved = [
      { code: 'cell.error-value', severity: 'error', sheet: 'Recaudación 2024', cell: 'C9', message: '…' },
      { code: 'month.missing', severity: 'error', sheet: 'Recaudación 2024', month: 3, message: '…' },
    ] as const;
    const layout = buildReportLayout(memoReconciliation(), { ...ON, draft: true, unresolved });
    expect(shown(layoutCell(layout, 1, 1))).toBe('BORRADOR — RECAUDACIÓN TOTAL');
    expect(footnote(layout)).toContain(
      'BORRADOR: quedan 2 errores sin resolver en la hoja de origen (C9 (cell.error-value) y MARZO (month.missing)); las cifras pueden cambiar. Corríjalos y genere el informe de nuevo.',
    );
    expect(footnote(layout).join(' ')).toMatch(/Revisión de la hoja de origen: 2 errores y 1 advertencia/);
    expect(() => buildReportLayout(memoReconciliation(), { ...ON, unresolved })).toThrow(/draft/);
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
    expect(footnote(layout)).toContain('MORA y TOTAL de este informe no incluyen el ajuste de CONVENIOS de H18.');
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

  it('matches the hand-built memo (but for the fingerprint, which covers the totals only the engine derives)', () => {
    const byEngine = buildReportLayout(rec, ON);
    const byHand = buildReportLayout(memoReconciliation({ findings: rec.findings }), ON);
    const withoutFingerprint = (l: SheetLayout) => l.cells.map((c) => (c.value?.kind === 'text' && c.value.text.startsWith('Cuadre ·') ? { ...c, value: undefined } : c));
    expect(withoutFingerprint(byEngine)).toEqual(withoutFingerprint(byHand));
    expect(toJson(amount(MEMO_RECONCILED.total))).toBe(json(rec.totals.reconciled).total);
  });
});
