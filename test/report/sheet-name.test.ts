import { freeSheetName, reportSheetName } from '../../src/report';

describe('reportSheetName', () => {
  it.each<[string[], number | null, 'es' | 'en', string]>([
    [['Recaudación 2024'], 2024, 'es', 'Informe 2024'],
    [['Recaudación 2024', 'Informe 2024'], 2024, 'es', 'Informe 2024 (2)'],
    [['Informe 2024', 'INFORME 2024 (2)'], 2024, 'es', 'Informe 2024 (3)'],
    [['Hoja1'], null, 'es', 'Informe'],
    [['Informe'], null, 'es', 'Informe (2)'],
    [['Hoja1'], 2024, 'en', 'Report 2024'],
  ])('taken %j, year %s, %s → %s', (taken, year, lang, expected) => {
    expect(reportSheetName(taken, year, lang)).toBe(expected);
  });
});

describe('reportSheetName of a period (§2b)', () => {
  it.each<[string[], number | null, 'es' | 'en', boolean, { from: number; to: number }, string]>([
    [[], 2024, 'es', false, { from: 1, to: 12 }, 'Informe 2024'],
    [[], 2024, 'es', false, { from: 1, to: 6 }, 'Informe ene-jun 2024'],
    [[], 2024, 'es', false, { from: 1, to: 1 }, 'Informe ene 2024'],
    [[], 2024, 'es', true, { from: 1, to: 6 }, 'Borrador ene-jun 2024'],
    [[], 2024, 'es', true, { from: 1, to: 12 }, 'Borrador 2024'],
    [[], null, 'es', false, { from: 1, to: 9 }, 'Informe ene-sep'],
    [[], 2024, 'en', false, { from: 1, to: 6 }, 'Report Jan-Jun 2024'],
    [['Informe ene-jun 2024'], 2024, 'es', false, { from: 1, to: 6 }, 'Informe ene-jun 2024 (2)'],
  ])('taken %j, year %s, %s, draft %s, period %j → %s', (taken, year, lang, draft, period, expected) => {
    const name = reportSheetName(taken, year, lang, draft, period);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('freeSheetName', () => {
  const long = 'Recaudación mensual Chimborazo 2024';

  it.each<[string[], string, string]>([
    [[], 'Informe: 2024/12 [final]?', 'Informe 2024 12 final'],
    [[], "'Informe'", 'Informe'],
    [[], long, 'Recaudación mensual Chimborazo'],
    [['Recaudación mensual Chimborazo'], long, 'Recaudación mensual Chimbor (2)'],
    [[], '::', 'Hoja'],
    [[], 'History', 'History (2)'],
  ])('taken %j, wanted %j → %j', (taken, wanted, expected) => {
    const name = freeSheetName(taken, wanted);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it('numbers past 9 without going over 31 characters', () => {
    const base = 'x'.repeat(31);
    const numbered = (n: number): string => `${'x'.repeat(31 - ` (${n})`.length)} (${n})`;
    const taken = [base, ...Array.from({ length: 9 }, (_, i) => numbered(i + 2))];
    expect(freeSheetName(taken, base)).toBe(`${'x'.repeat(26)} (11)`);
  });
});
