import { reconcile } from '../../src/domain/reconcile';
import { JUNE_SHEET, memoTemplateValues } from '../../src/sample/memo-2024';
import { type Lang } from '../../src/domain/lang';
import { planReport, writable } from '../../src/workflow/report-plan';
import { footnote, layoutCell, shown } from './read-layout';
import { gridFrom } from '../support/workbook-builder';
import { memoReconciliation } from './memo-reconciliation';
import { buildReport } from '../../src/report';

/** The report names its period (RECONCILIATION.md §2b, issue 11): title, sheet name, month rows, footnote. */

const MONTHS_ES = ['ENERO', 'FEBRERO', 'MARZO', 'ABRIL', 'MAYO', 'JUNIO', 'JULIO', 'AGOSTO', 'SEPTIEMBRE', 'OCTUBRE', 'NOVIEMBRE', 'DICIEMBRE'];
const ON = { year: 2024, month: 7, day: 5 };

/** The memo's figures through `lastMonth` on the yearly template, checked by the engine and planned as both hosts plan it. */
function plan(lastMonth: number, lang: Lang = 'es') {
  const rec = reconcile(gridFrom(memoTemplateValues(lastMonth), { sheet: JUNE_SHEET }), { lang });
  return { rec, plan: writable(planReport(rec, { adjustments: 'propagate', lang, generatedOn: ON })) };
}

const monthLabels = (p: ReturnType<typeof plan>['plan']): string[] => {
  const { monthRows } = p.layout.table;
  return Array.from({ length: monthRows.last - monthRows.first + 1 }, (_, i) => String(shown(layoutCell(p.layout, monthRows.first + i, 1))));
};

describe('the report of a period', () => {
  it.each<[string, number, Lang, string, string, string | null]>([
    ['full year', 12, 'es', 'AÑO 2024', 'Informe 2024', null],
    [
      'enero–junio',
      6,
      'es',
      'ENERO A JUNIO 2024',
      'Informe ene-jun 2024',
      'Período parcial: enero a junio de 2024 (6 de 12 meses); los meses siguientes aún no se han cargado en la hoja de origen.',
    ],
    [
      'one month',
      1,
      'es',
      'ENERO 2024',
      'Informe ene 2024',
      'Período parcial: enero de 2024 (1 de 12 meses); los meses siguientes aún no se han cargado en la hoja de origen.',
    ],
    [
      'enero–junio (en)',
      6,
      'en',
      'JANUARY TO JUNE 2024',
      'Report Jan-Jun 2024',
      'Partial period: January to June 2024 (6 of 12 months); the later months are not yet loaded in the source sheet.',
    ],
  ])('%s: title, sheet name, month rows, footnote', (_, lastMonth, lang, title, sheetName, partial) => {
    const { rec, plan: p } = plan(lastMonth, lang);
    expect(rec.table?.period).toEqual({ from: 1, to: lastMonth });
    expect(p.draft).toBe(false);
    expect([1, 2].map((row) => shown(layoutCell(p.layout, row, 1)))).toEqual([lang === 'es' ? 'RECAUDACIÓN TOTAL' : 'TOTAL COLLECTIONS', title]);
    expect(p.sheetName).toBe(sheetName);
    // Only the period's months: no empty rows for months not yet loaded.
    const labels = monthLabels(p);
    expect(labels).toHaveLength(lastMonth);
    if (lang === 'es') expect(labels).toEqual(MONTHS_ES.slice(0, lastMonth));
    expect(p.layout.table.totalsRow).toBe(p.layout.table.monthRows.last + 1);
    const notes = footnote(p.layout);
    if (partial === null) expect(p.claims.map((c) => c.kind)).not.toContain('period');
    else expect(notes).toContain(partial);
  });

  it('a draft of a partial period keeps BORRADOR in its title and its sheet name', () => {
    const rec = memoReconciliation({
      table: { ...memoReconciliation().table!, period: { from: 1, to: 6 } },
      months: memoReconciliation().months.slice(0, 6),
      adjustments: [],
      findings: [{ code: 'cell.invalid-number', severity: 'error', sheet: 'Recaudación 2024', cell: 'B7', message: '…' }],
      summary: { errors: 1, warnings: 0, info: 1 },
    });
    const p = writable(planReport(rec, { adjustments: 'propagate', lang: 'es', draft: true, generatedOn: ON }));
    expect(p.draft).toBe(true);
    expect([1, 2].map((row) => shown(layoutCell(p.layout, row, 1)))).toEqual(['BORRADOR — RECAUDACIÓN TOTAL', 'ENERO A JUNIO 2024']);
    expect(p.sheetName).toBe('Borrador ene-jun 2024');
  });

  it('prints the partial-period sentence only where the month rows are the period (its check)', () => {
    // The sentence of ENERO–JUNIO holds on its own layout, and fails on a layout that lists JULIO to DICIEMBRE.
    const rec = memoReconciliation({
      table: { ...memoReconciliation().table!, period: { from: 1, to: 6 } },
      adjustments: [],
      months: memoReconciliation().months.slice(0, 6),
    });
    const built = buildReport(rec, { generatedOn: ON });
    const claim = built.claims.find((c) => c.kind === 'period')!;
    expect(claim.holds(built.layout)).toBe(true);
    const full = buildReport(memoReconciliation({ adjustments: [] }), { generatedOn: ON }).layout;
    expect(claim.holds(full)).toBe(false);
  });
});
