import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { cuadre } from '../support/cli';
import { xlsxFrom } from '../support/workbook-builder';

const dir = mkdtempSync(join(tmpdir(), 'cuadre-report-'));
const SAMPLE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx');


describe('cuadre report', () => {
  it.each([
    ['propagate', []],
    ['as-reported', ['--adjustments', 'as-reported']],
  ])('writes the report sheet (%s) into a copy, leaving the input as it was', async (policy, flags) => {
    const input = join(dir, `in-${policy}.xlsx`);
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    const out = join(dir, `out-${policy}.xlsx`);
    const r = await cuadre('report', input, '--out', out, ...flags);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(r.stdout).toContain('«Informe 2024»');
    expect(readFileSync(input).equals(before)).toBe(true);
    const written = await readWorkbookFile(out);
    expect(written.sheets.map((s) => s.sheet)).toEqual(['Recaudación 2024', 'Informe 2024']);
    expect(written.activeSheet).toBe('Informe 2024');
  });

  it('takes --tolerance as check does: within it the sheet has no error (exit 0); a sub-cent one is refused (exit 2)', async () => {
    const within = await cuadre('report', SAMPLE, '--out', join(dir, 'tolerant.xlsx'), '--tolerance', '200000');
    expect([within.code, within.stderr]).toEqual([0, '']);
    const subCent = await cuadre('report', SAMPLE, '--out', join(dir, 'sub-cent.xlsx'), '--tolerance', '0.005');
    expect([subCent.code, subCent.stdout]).toEqual([2, '']);
    expect(subCent.stderr).toMatch(/--tolerance .* centavos enteros/);
    expect(existsSync(join(dir, 'sub-cent.xlsx'))).toBe(false);
  });

  it('refuses to write over its input (exit 2, one line)', async () => {
    const input = join(dir, 'same.xlsx');
    copyFileSync(SAMPLE, input);
    const before = readFileSync(input);
    const r = await cuadre('report', input, '--out', input);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('writes nothing when the table is not there (exit 1)', async () => {
    const out = join(dir, 'none.xlsx');
    const input = join(dir, 'empty-book.xlsx');
    writeFileSync(input, await xlsxFrom([{ name: 'Hoja1', rows: [['Notas'], ['nada aquí']] }]));
    const r = await cuadre('report', input, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No se encontró la tabla/);
    expect(existsSync(out)).toBe(false);
  });
});
