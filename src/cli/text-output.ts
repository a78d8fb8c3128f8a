import type { Severity } from '../domain/findings';
import type { Lang } from '../domain/lang';
import { formatAmount } from '../domain/money';
import { periodLine } from '../domain/period';
import type { Reconciliation } from '../domain/reconciliation';

/**
 * The readable `cuadre check` output for a terminal: where the table is, the findings
 * grouped by severity, and the three totals side by side.
 */

const HEADINGS: Record<Severity, Record<Lang, string>> = {
  error: { es: 'ERRORES', en: 'ERRORS' },
  warning: { es: 'ADVERTENCIAS', en: 'WARNINGS' },
  info: { es: 'INFORMACIÓN', en: 'INFORMATION' },
};

const WORDS = {
  es: {
    table: 'Tabla',
    year: 'año',
    noTable: 'Tabla no encontrada',
    totals: 'Totales',
    reported: 'Informado',
    computed: 'Calculado',
    reconciled: 'Conciliado',
    result: (e: number, w: number, i: number) =>
      `Resultado: ${e} ${e === 1 ? 'error' : 'errores'}, ${w} ${w === 1 ? 'advertencia' : 'advertencias'}, ${i} informativo${i === 1 ? '' : 's'}.`,
    ok: 'La hoja cuadra: ningún error.',
    none: 'Sin observaciones.',
  },
  en: {
    table: 'Table',
    year: 'year',
    noTable: 'Table not found',
    totals: 'Totals',
    reported: 'Reported',
    computed: 'Computed',
    reconciled: 'Reconciled',
    result: (e: number, w: number, i: number) => `Result: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info.`,
    ok: 'The sheet reconciles: no errors.',
    none: 'No findings.',
  },
} as const;

export function renderCheckText(rec: Reconciliation, file: string, lang: Lang): string {
  const w = WORDS[lang];
  const lines: string[] = [`Cuadre — ${file} · «${rec.sheet}»`];
  const t = rec.table;
  lines.push(t ? [`${w.table} ${t.range}`, t.year !== null ? `${w.year} ${t.year}` : null, t.region].filter(Boolean).join(' · ') : w.noTable);
  if (t) lines.push(periodLine(t.period, t.year, lang));
  lines.push('');

  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = rec.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[severity][lang]} (${group.length})`);
    for (const f of group) lines.push(`  ${(f.cell ?? '—').padEnd(6)} ${f.code}`, `         ${f.message}`);
    lines.push('');
  }
  if (rec.findings.length === 0) lines.push(w.none, '');

  if (t) lines.push(...totalsTable(rec, lang), '');
  const { errors, warnings, info } = rec.summary;
  lines.push(w.result(errors, warnings, info));
  if (errors === 0) lines.push(w.ok);
  return lines.join('\n') + '\n';
}

function totalsTable(rec: Reconciliation, lang: Lang): string[] {
  const w = WORDS[lang];
  const rows = rec.catalog.indicators
    .filter((i) => rec.totals.computed[i.key] !== undefined)
    .map((i) => {
      const cell = (which: 'reported' | 'computed' | 'reconciled'): string => {
        const a = rec.totals[which][i.key];
        return a === undefined ? '—' : formatAmount(a, lang);
      };
      return [i.name[lang].toUpperCase(), cell('reported'), cell('computed'), cell('reconciled')];
    });
  const table = [[w.totals, w.reported, w.computed, w.reconciled], ...rows];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...table.map((r) => r[c]!.length)));
  return table.map((r) => r.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('   '));
}
