import type { GridCell } from '../../src/domain/grid';
import { monthName, parseMonth } from '../../src/domain/months';

const text = (value: string): GridCell => ({ kind: 'text', value });

describe('parseMonth', () => {
  it.each([
    ['ENERO', 1], ['enero', 1], ['Ene.', 1], ['JANUARY', 1], ['Jan', 1],
    ['FEBRERO ', 2], ['MARZO', 3], ['Abr', 4], ['April', 4], ['MAYO', 5], ['May.', 5],
    ['JUN', 6], ['Julio', 7], ['AGO', 8], ['Aug', 8],
    ['SEPTIEMBRE', 9], ['SETIEMBRE', 9], ['Set.', 9], ['SEP', 9], ['Sept', 9],
    ['OCTUBRE', 10], ['Noviembre', 11], ['DICIEMBRE.', 12], ['Dic', 12], ['December', 12],
    ['  febrero  ', 2], ['\u00a0MARZO\u00a0', 3], ['Diciembre 2024', 12],
  ])('%j is month %i', (label, month) => {
    expect(parseMonth(text(label))?.month).toBe(month);
  });

  it.each(['TOTAL', 'AJUSTE', 'ENERO Y FEBRERO', 'MES', 'Carga Indicador', '', 'E'])('%j is no month', (label) => {
    expect(parseMonth(text(label))).toBeNull();
  });

  it('reads accents the same as without', () => {
    expect(parseMonth(text('Séptiembre'))?.month).toBe(9);
  });

  it('takes a date cell as its month and year', () => {
    expect(parseMonth({ kind: 'date', value: { year: 2024, month: 3, day: 31 } })).toEqual({ month: 3, year: 2024 });
  });

  it('reads the year a label carries', () => {
    expect(parseMonth(text('ENE-24'))).toEqual({ month: 1, year: 2024 });
  });

  it('does not take a number as a month', () => {
    expect(parseMonth({ kind: 'number', value: 3 })).toBeNull();
  });

  it.each([[1, 'es', 'ENERO'], [9, 'es', 'SEPTIEMBRE'], [9, 'en', 'SEPTEMBER']] as const)('names month %i in %s', (m, lang, name) => {
    expect(monthName(m, lang)).toBe(name);
  });
});
