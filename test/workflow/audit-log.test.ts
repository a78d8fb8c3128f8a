import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseCatalog } from '../../src/domain/catalog';
import { reconcile } from '../../src/domain/reconcile';
import type { Reconciliation } from '../../src/domain/reconciliation';
import { type AuditEvent, type AuditValue, LOG_SHEET_NAME, auditColumns, planAuditLog, serialOf } from '../../src/workflow/audit-log';
import { checkWorkbook } from '../../src/workflow/check';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { cuadre } from '../support/cli';
import { MEMO_SHEET, gridFrom, memoGrid, memoRows } from '../support/workbook-builder';

/**
 * The audit log's rows (src/workflow/audit-log.ts): what one check or one report leaves in
 * «Registro Cuadre». The 2024 memo's sample is the golden case; its fingerprint is computed here
 * from `cuadre check --json` as the footnote documents it (`jq -cSj '{table,months,adjustments,totals}' | sha256sum`).
 */

const SAMPLE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx');
const AT = { year: 2025, month: 5, day: 13, hour: 9, minute: 30, second: 15 };

/** JSON with keys sorted and no spaces, as `jq -cS` writes it. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

async function sample(): Promise<Reconciliation> {
  const outcome = checkWorkbook(await readWorkbookFile(SAMPLE));
  if (!outcome.ok) throw new Error('the sample has its sheet');
  return outcome.reconciliation;
}

/** A row by header, values as a person reads them: text, number, or blank (''). */
function byHeader(event: AuditEvent): Record<string, string | number> {
  const plan = planAuditLog([event]);
  const show = (v: AuditValue): string | number => (v === null ? '' : v.kind === 'text' ? v.text : v.kind === 'number' ? v.value : v.serial);
  return Object.fromEntries(plan.columns.map((c, i) => [c.header, show(plan.rows[0]![i]!)]));
}

describe('a row of the log', () => {
  it('for a check of the 2024 memo: the whole year, the totals as reported and reconciled, 1 error, 1 warning, the fingerprint', async () => {
    const cli = await cuadre('check', SAMPLE, '--json');
    const json = JSON.parse(cli.stdout) as Record<string, unknown>;
    const fingerprint = createHash('sha256')
      .update(sortedJson({ table: json.table, months: json.months, adjustments: json.adjustments, totals: json.totals }))
      .digest('hex');
    expect(byHeader({ at: AT, reconciliation: await sample() })).toEqual({
      'Fecha y hora': serialOf(AT),
      Acción: 'Revisión',
      'Hoja revisada': MEMO_SHEET,
      Período: 'enero–diciembre 2024',
      'TOTAL informado': 150251586.37,
      'TOTAL conciliado': 150374057.48,
      'OPORTUNA informado': 141075907.92,
      'OPORTUNA conciliado': 141075907.92,
      // The memo's gap: the adjustment of H18 (122.471,11) not carried up to MORA and TOTAL.
      'MORA informado': 9175678.45,
      'MORA conciliado': 9298149.56,
      Errores: 1,
      Advertencias: 1,
      Informativos: 0,
      'Hoja del informe': '',
      'Huella SHA-256 de las cifras': fingerprint,
    });
  });

  const rec = reconcile(memoGrid());
  it.each([
    ['a check', undefined, 'Revisión', ''],
    ['a final report', { sheetName: 'Informe 2024', draft: false }, 'Informe', 'Informe 2024'],
    ['a draft written although errors are unresolved', { sheetName: 'BORRADOR Informe 2024 (2)', draft: true }, 'Borrador', 'BORRADOR Informe 2024 (2)'],
  ])('for %s: the action and the report sheet written', (_what, report, action, sheet) => {
    const row = byHeader({ at: AT, reconciliation: rec, ...(report ? { report } : {}) });
    expect([row['Acción'], row['Hoja del informe']]).toEqual([action, sheet]);
  });

  /** The memo through month `to` (later months' rows emptied, no totals row), or only one month. */
  const through = (to: number): Reconciliation => {
    const rows = memoRows();
    for (let m = to + 1; m <= 12; m++) rows[4 + m] = [rows[4 + m]![0]];
    return reconcile(gridFrom(rows.slice(0, 17), { sheet: 'Junio' }));
  };
  it.each([
    ['January to June', 6, 'enero–junio 2024'],
    ['January alone', 1, 'enero 2024'],
  ])('names a partial period: %s', (_what, to, period) => {
    const row = byHeader({ at: AT, reconciliation: through(to) });
    expect(row['Período']).toBe(period);
    // No totals row: nothing reported, the reconciled sums still logged.
    expect(row['TOTAL informado']).toBe('');
    expect(typeof row['TOTAL conciliado']).toBe('number');
  });

  it('for a sheet without the table: the sheet and the counts, no period, amounts or fingerprint', () => {
    const notes = reconcile(gridFrom([['Notas del analista'], ['Revisar enero con tesorería']], { sheet: 'Notas' }));
    const row = byHeader({ at: AT, reconciliation: notes });
    expect(row).toMatchObject({ 'Hoja revisada': 'Notas', Período: '', 'TOTAL informado': '', 'MORA conciliado': '', 'Huella SHA-256 de las cifras': '' });
    expect(row['Errores']).toBeGreaterThan(0);
  });
});

describe('the log as a layout', () => {
  it('dates and times are serials of the 1900 system, the time as the day’s fraction', () => {
    // Excel: =DATE(2025;5;13)+TIME(9;30;15) is 45790,396006944…; midnight of 1 January 2024 is 45292.
    expect(serialOf(AT)).toBeCloseTo(45790.396006944, 9);
    expect(serialOf({ year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0 })).toBe(45292);
  });

  it('amounts are numbers with two decimals, counts whole numbers, text columns kept as text, in Spanish', () => {
    const plan = planAuditLog([{ at: AT, reconciliation: reconcile(memoGrid()) }]);
    expect(plan.sheetName).toBe(LOG_SHEET_NAME);
    const format = (header: string) => plan.columns.find((c) => c.header === header)?.numberFormat;
    expect([format('Fecha y hora'), format('MORA conciliado'), format('Errores'), format('Hoja revisada'), format('Huella SHA-256 de las cifras')]).toEqual([
      'yyyy-mm-dd hh:mm:ss',
      '#,##0.00',
      '0',
      '@',
      '@',
    ]);
    // The fingerprint's 64 characters fit its column.
    expect(plan.columns.find((c) => c.header.startsWith('Huella'))!.width).toBeGreaterThanOrEqual(64);
    expect(plan.rows[0]).toHaveLength(plan.columns.length);
  });

  it("takes the catalog's root and the indicators right under it", () => {
    const parsed = parseCatalog({
      indicators: [
        { key: 'ingresos', labels: ['INGRESOS'], code: null, parent: null, name: { es: 'Ingresos', en: 'Income' } },
        { key: 'aportes', labels: ['APORTES'], code: null, parent: 'ingresos', name: { es: 'Aportes', en: 'Contributions' } },
        { key: 'multas', labels: ['MULTAS'], code: null, parent: 'ingresos', name: { es: 'Multas', en: 'Fines' } },
        { key: 'intereses', labels: ['INTERESES'], code: null, parent: 'multas', name: { es: 'Intereses', en: 'Interest' } },
      ],
    });
    if (!parsed.catalog) throw new Error(JSON.stringify(parsed.problems));
    const amounts = auditColumns(parsed.catalog)
      .filter((c) => c.numberFormat === '#,##0.00')
      .map((c) => c.header);
    expect(amounts).toEqual(['INGRESOS informado', 'INGRESOS conciliado', 'APORTES informado', 'APORTES conciliado', 'MULTAS informado', 'MULTAS conciliado']);
  });

  it('writes the checks of an English pane in Spanish too: one log, one language', () => {
    const english = reconcile(memoGrid(), { lang: 'en' });
    const row = byHeader({ at: AT, reconciliation: english });
    expect([row['Acción'], row['Período']]).toEqual(['Revisión', 'enero–diciembre 2024']);
  });
});
