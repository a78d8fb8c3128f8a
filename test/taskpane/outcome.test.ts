import type { Grid } from '../../src/domain/grid';
import type { Lang } from '../../src/domain/lang';
import { formatAmount } from '../../src/domain/money';
import { periodLine } from '../../src/domain/period';
import { reconcile } from '../../src/domain/reconcile';
import { STRINGS } from '../../src/taskpane/i18n';
import { outcomeOf } from '../../src/taskpane/outcome';
import { MEMO_SHEET, gridFrom, memoGrid, memoRows } from '../support/workbook-builder';
import { cleanMemoGrid, cleanMemoRows } from './fake-host';

/** The memo carried up, with JUNIO's GLOSAS changed: June's MORA no longer adds up its parts. */
function memoWithJuneGlosas(delta: number): Grid {
  const rows = cleanMemoRows();
  const june = rows.find((row) => row[0] === 'JUNIO')!;
  june[5] = Number(june[5]) + delta;
  return gridFrom(rows, { sheet: MEMO_SHEET });
}

/** The memo cut after JUNIO (a sheet in July): no totals row, six months. */
function memoToJune(): Grid {
  const rows = memoRows();
  const june = rows.findIndex((row) => row[0] === 'JUNIO');
  return gridFrom(rows.slice(0, june + 1), { sheet: MEMO_SHEET });
}

const sentence = (grid: Grid, lang: Lang): string[] => {
  const rec = reconcile(grid, { lang });
  const outcome = outcomeOf(rec);
  const s = STRINGS[lang];
  return [
    s.status[outcome.status],
    s.headline(outcome.headline, (a) => formatAmount(a, lang)),
    outcome.period ? periodLine(outcome.period.period, outcome.period.year, lang) : '',
  ];
};

describe('the outcome in one sentence', () => {
  it.each<[string, () => Grid, Lang, string[]]>([
    [
      'the memo as printed, es',
      () => memoGrid(),
      'es',
      ['No cuadra', 'A MORA del total le faltan 122.471,11: el ajuste de H18 no se trasladó.', 'Período: enero a diciembre de 2024 · 12 de 12 meses'],
    ],
    [
      'the memo as printed, en',
      () => memoGrid(),
      'en',
      [
        'Does not add up',
        'MORA in the totals row is 122,471.11 short: the adjustment in H18 was not carried up.',
        'Period: January to December 2024 · 12 of 12 months',
      ],
    ],
    [
      'the memo carried up',
      cleanMemoGrid,
      'es',
      ['Cuadra', 'Cada total es la suma de sus meses y de sus partes.', 'Período: enero a diciembre de 2024 · 12 de 12 meses'],
    ],
    [
      'June’s GLOSAS 10,00 over: MORA short',
      () => memoWithJuneGlosas(10),
      'es',
      ['No cuadra', 'A MORA de junio le faltan 10,00 (celda D11). Y 1 error más.', expect.any(String)],
    ],
    [
      'June’s GLOSAS 10.00 under: MORA over',
      () => memoWithJuneGlosas(-10),
      'en',
      ['Does not add up', 'MORA for June is 10.00 over (cell D11). And 1 more error.', expect.any(String)],
    ],
  ])('%s', (_, grid, lang, expected) => {
    expect(sentence(grid(), lang)).toEqual(expected);
  });

  it('names the months checked on a sheet filled to June', () => {
    const [, , period] = sentence(memoToJune(), 'es');
    expect(period).toBe('Período: enero a junio de 2024 · 6 de 12 meses');
  });

  it('says where the table was looked for when there is none', () => {
    const [status, headline, period] = sentence({ sheet: 'Portada', top: 1, left: 1, cells: [[{ kind: 'text', value: 'Informe' }]] }, 'es');
    expect([status, headline, period]).toEqual(['Tabla no encontrada', 'No se encontró la tabla de recaudación en la hoja «Portada».', '']);
  });
});
