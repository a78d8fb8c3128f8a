import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Grid, cellAt } from '../../src/domain/grid';
import { readWorkbookFile } from '../../src/xlsx/read-workbook-file';
import { cuadre } from '../support/cli';
import { memoRows, xlsxFrom } from '../support/workbook-builder';

const textsOf = (grid: Grid): string[] => grid.cells.flatMap((row) => row.flatMap((c) => (c?.kind === 'text' ? [c.value] : [])));

const dir = mkdtempSync(join(tmpdir(), 'cuadre-report-'));
const SAMPLE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024.xlsx');
const JUNE = join(__dirname, '..', '..', 'samples', 'recaudacion-2024-junio.xlsx');


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
    // The sample's one error is on its totals row: the report resolves it, so it is final (exit 0).
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('«Informe 2024»');
    expect(readFileSync(input).equals(before)).toBe(true);
    const written = await readWorkbookFile(out);
    expect(written.sheets.map((s) => s.sheet)).toEqual(['Recaudación 2024', 'Informe 2024']);
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

  it.each([
    ['a month typed as text', (rows: unknown[][]) => (rows[8]![3] = 'abc'), 'D9', 'cell.invalid-number'],
    ['an error value', (rows: unknown[][]) => (rows[10]![5] = { error: '#REF!' }), 'F11', 'cell.error-value'],
    ['a month pasted twice', (rows: unknown[][]) => rows.splice(9, 0, [...rows[8]!]), 'A10', 'month.duplicate'],
    ['a month missing', (rows: unknown[][]) => rows.splice(9, 1), undefined, 'month.missing'],
    ['a month whose components do not add up', (rows: unknown[][]) => (rows[6]![4] = 1), 'D7', 'identity.breakdown'],
  ])('refuses %s: exit 1, the unresolved findings with their cells, nothing written; --draft writes a draft', async (name, spoil, cell, code) => {
    const rows = memoRows();
    spoil(rows);
    const input = join(dir, `spoilt-${code}.xlsx`);
    writeFileSync(input, await xlsxFrom([{ name: 'Recaudación 2024', rows }]));
    const out = join(dir, `spoilt-${code}-out.xlsx`);
    const refused = await cuadre('report', input, '--out', out);
    expect([refused.code, refused.stdout]).toEqual([1, '']);
    expect(refused.stderr).toMatch(/^cuadre: no se escribió el informe: la hoja tiene \d+ error(es)? que el informe no resuelve\.\nSIN RESOLVER/);
    expect(refused.stderr).toMatch(new RegExp(`  ${(cell ?? '—').padEnd(6)} ${code.replace('.', '\\.')}\n`));
    expect(refused.stderr).toMatch(/--draft/);
    expect(existsSync(out)).toBe(false);

    const draft = await cuadre('report', input, '--out', out, '--draft');
    expect([draft.code, draft.stderr]).toEqual([1, '']);
    expect(draft.stdout).toMatch(/^Borrador escrito en .*«Borrador 2024».*\nSIN RESOLVER/);
    const book = await readWorkbookFile(out);
    const sheet = book.sheets.find((s) => s.sheet === 'Borrador 2024')!;
    expect(cellAt(sheet, 1, 1)).toMatchObject({ kind: 'text', value: 'BORRADOR — RECAUDACIÓN TOTAL' });
    const texts = textsOf(sheet);
    expect(texts.some((t) => t.startsWith('BORRADOR: ') && t.includes(`(${code})`))).toBe(true);
  });

  it('--source: the footnote cites the analyst\'s source verbatim', async () => {
    const out = join(dir, 'source.xlsx');
    const source = 'Sistema Historial Laboral, corte al 31 de diciembre de 2024';
    const r = await cuadre('report', SAMPLE, '--out', out, '--source', source);
    expect(r.code).toBe(0);
    const sheet = (await readWorkbookFile(out)).sheets.find((s) => s.sheet === 'Informe 2024')!;
    const texts = textsOf(sheet);
    expect(texts).toContain(`Fuente: ${source}.`);
  });

  it.each([
    [['--source', '  '], /--source/],
    [['--adjustments', 'all'], /--adjustments/],
    [['--tolerance', '-1'], /--tolerance/],
  ])('exit 2 on bad arguments %j, one line, nothing written', async (flags, message) => {
    const out = join(dir, 'bad-args.xlsx');
    const r = await cuadre('report', SAMPLE, '--out', out, ...flags);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('names the period of the June sample (§2b): title «ENERO A JUNIO 2024», sheet «Informe ene-jun 2024», six month rows', async () => {
    const out = join(dir, 'june.xlsx');
    const r = await cuadre('report', JUNE, '--out', out);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('«Informe ene-jun 2024»');
    const book = await readWorkbookFile(out);
    const sheet = book.sheets.find((s) => s.sheet === 'Informe ene-jun 2024')!;
    expect([1, 2].map((row) => cellAt(sheet, row, 1))).toEqual([
      { kind: 'text', value: 'RECAUDACIÓN TOTAL' },
      { kind: 'text', value: 'ENERO A JUNIO 2024' },
    ]);
    const texts = textsOf(sheet);
    expect(texts).toContain('JUNIO');
    expect(texts).not.toContain('JULIO');
    expect(texts.some((t) => t.startsWith('Período parcial: enero a junio de 2024'))).toBe(true);
  });
});
