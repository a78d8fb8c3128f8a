/** @jest-environment jsdom */
import { act, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { Grid } from '../../src/domain/grid';
import type { ExcelSimOptions } from '../../src/excel-sim';
import { hostProfile } from '../../src/excel-sim/profiles';
import { CuadreApp } from '../../src/taskpane/app';
import { type SimulatedOffice, officeWith } from '../support/office-sim';
import { openAuditLogSwitch } from './pane-driver';
import { MEMO_SHEET, memoGrid } from '../support/workbook-builder';

/** The pane on the Office.js adapter (src/excel/) over the in-memory Excel: the whole add-in but Office itself. */
function paneOn(grids: readonly Grid[], options: Omit<ExcelSimOptions, 'sheets'> = {}): SimulatedOffice & { user: UserEvent } {
  const office = officeWith(grids, { displayLanguage: 'es-EC', ...options });
  render(<CuadreApp host={office.host} />);
  return { ...office, user: userEvent.setup() };
}

// The simulated Excel answers like the real one, not instantly: a write with notes and saved settings takes a while.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });
const found = (text: string | RegExp): Promise<HTMLElement> => screen.findByText(text, undefined, { timeout: 10_000 });

const button = (name: string | RegExp): HTMLButtonElement => screen.getByRole('button', { name });

async function check(user: UserEvent): Promise<void> {
  await waitFor(() => expect(button('Validar y conciliar').disabled).toBe(false));
  await user.click(button('Validar y conciliar'));
  await screen.findByRole('table', { name: 'Totales' });
}

describe('the pane in Excel (simulated)', () => {
  it('checks the memo, selects a finding’s cell, highlights it, and inserts the report it leads to', async () => {
    const { sim, user } = paneOn([memoGrid()]);
    await check(user);
    expect(screen.getByText('No cuadra')).toBeTruthy();

    await user.click(button(/^D19/));
    await waitFor(() => expect(sim.snapshot(MEMO_SHEET).selection).toBe('D19'));

    await user.click(button('Resaltar en la hoja'));
    await found(/Celdas resaltadas/);
    expect(sim.cell(MEMO_SHEET, 'D19').fill).not.toBeNull();
    await user.click(button('Quitar resaltado'));
    await found('Se quitó el resaltado.');
    expect(sim.cell(MEMO_SHEET, 'D19').fill).toBeNull();

    await user.click(button('Insertar informe anual'));
    await found('Se creó la hoja «Informe 2024» con el informe anual.');
    const report = sim.snapshot('Informe 2024');
    const totals = report.values.find((row) => row[0] === 'TOTAL');
    // SUM formulas, recalculated in binary floating point as Excel does: equal to the cent.
    [150374057.48, 141075907.92, 9298149.56].forEach((amount, n) => expect(totals?.[n + 1]).toBeCloseTo(amount, 2));
    // Every footnote line computes: the sheet's totals are stated with FIXED (en-US separators in this Excel), not #NAME?.
    const texts = report.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.filter((t) => /^#[A-Z/0]+[!?]?$/.test(t))).toEqual([]);
    expect(texts.find((t) => t.startsWith('La fila de totales de la hoja de origen (fila 19) dice: '))).toMatch(/MORA 9,175,678\.45.*; la fila TOTAL de este informe suma sus propias filas\.$/);

    // Opening a finding takes the user back to the source sheet: then the report is elsewhere.
    await user.click(button(/^H18/));
    await waitFor(() => expect(sim.snapshot(MEMO_SHEET).active).toBe(true));
    await user.click(await screen.findByRole('button', { name: 'Ir a la hoja' }));
    await waitFor(() => expect(sim.snapshot('Informe 2024').active).toBe(true));
  });

  it('keeps both switches in one record: saving one keeps the other, also when they are switched one right after the other', async () => {
    const { sim, user } = paneOn([memoGrid()]);
    const auditLog = await openAuditLogSwitch(user);
    await waitFor(() => expect(auditLog.disabled).toBe(false));
    // The audit log shows on once saved; «Validar al editar», clicked meanwhile, at once.
    await user.click(auditLog);
    await user.click(screen.getByRole('switch', { name: 'Validar al editar' }));
    await waitFor(() => expect(sim.savedSettings()['cuadre.paneOptions']).toEqual({ checkOnEdit: true, auditLog: true }));
    expect(auditLog.checked).toBe(true);
    await user.click(screen.getByRole('switch', { name: 'Validar al editar' }));
    await waitFor(() => expect(sim.savedSettings()['cuadre.paneOptions']).toEqual({ checkOnEdit: false, auditLog: true }));
  });

  it('reads the audit log’s switch where the first version with the log kept it, and moves it into the record on the next save', async () => {
    const { sim, user } = paneOn([memoGrid()], { settings: { 'cuadre.auditLog': true, 'cuadre.paneOptions': { checkOnEdit: false } } });
    const auditLog = await openAuditLogSwitch(user);
    await waitFor(() => expect(auditLog.checked).toBe(true));
    await user.click(screen.getByRole('switch', { name: 'Validar al editar' }));
    await waitFor(() => expect(sim.savedSettings()['cuadre.paneOptions']).toEqual({ checkOnEdit: true, auditLog: true }));
    expect(sim.savedSettings()).not.toHaveProperty(['cuadre.auditLog']);
  });

  it('with the audit log switched on: a row for the check and one for the report, then a check from the log checks the source', async () => {
    const { sim, user } = paneOn([memoGrid()]);
    const toggle = await openAuditLogSwitch(user);
    await waitFor(() => expect(toggle.disabled).toBe(false));
    await user.click(toggle);
    await waitFor(() => expect(sim.savedSettings()['cuadre.paneOptions']).toEqual({ checkOnEdit: false, auditLog: true }));

    await check(user);
    await waitFor(() => expect(sim.workbook.sheets.map((s) => s.name)).toEqual([MEMO_SHEET, 'Registro Cuadre']));
    await user.click(button('Insertar informe anual'));
    await found('Se creó la hoja «Informe 2024» con el informe anual.');
    await waitFor(() => expect(sim.snapshot('Registro Cuadre').values).toHaveLength(3));
    const log = sim.snapshot('Registro Cuadre').values;
    expect(log.slice(1).map((row) => [row[1], row[2], row[3], row[13]])).toEqual([
      ['Revisión', MEMO_SHEET, 'enero–diciembre 2024', ''],
      ['Informe', MEMO_SHEET, 'enero–diciembre 2024', 'Informe 2024'],
    ]);

    // The analyst opens the log and checks again: the memo is checked, and a third row added.
    await sim.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Registro Cuadre').activate();
      await context.sync();
    });
    await user.click(button('Validar y conciliar'));
    await found(/La tabla está en otra hoja/);
    await waitFor(() => expect(sim.snapshot('Registro Cuadre').values).toHaveLength(4));
    expect(sim.snapshot('Registro Cuadre').values[3]![2]).toBe(MEMO_SHEET);
  });

  it('compares each check with the last one the workbook keeps, and lists a rewritten month', async () => {
    const { sim, user } = paneOn([memoGrid()]);
    await check(user);
    expect(Object.keys(sim.savedSettings()['cuadre.lastChecks'] as object)).toHaveLength(1);
    sim.edit(MEMO_SHEET, 'C8', 11561840.22);
    await user.click(button('Validar y conciliar'));
    expect(await found(/^C8/)).toBeTruthy();
    // One line per finding: its details on opening.
    await user.click(button(/^C8/));
    expect(screen.getByText(/OPORTUNA de MARZO cambió desde la revisión del \d{4}-\d{2}-\d{2}: era 11\.561\.740,22 y ahora es 11\.561\.840,22/)).toBeTruthy();
  });

  it('checks the source sheet again once the report is inserted and active: a report is never a source', async () => {
    const { sim, user } = paneOn([memoGrid()]);
    await check(user);
    await user.click(button('Insertar informe anual'));
    await found('Se creó la hoja «Informe 2024» con el informe anual.');
    expect(sim.snapshot('Informe 2024').active).toBe(true);
    await check(user);
    await user.click(await screen.findByRole('button', { name: /La tabla está en otra hoja/ }));
    await found(/la hoja activa «Informe 2024» es un informe que escribió Cuadre/);
    expect(screen.getByText('No cuadra')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^D19/ })).toBeTruthy();
  });

  it('offers «Ir a la hoja» when the user clicks another tab in Excel, and «Quitar resaltado» while Excel keeps highlights, also in the next session', async () => {
    const { sim, host, user } = paneOn([memoGrid()]);
    await check(user);
    expect(screen.queryByRole('button', { name: 'Quitar resaltado' })).toBeNull();
    await user.click(button('Resaltar en la hoja'));
    await found(/Celdas resaltadas/);
    await user.click(button('Insertar informe anual'));
    await found('Se creó la hoja «Informe 2024» con el informe anual.');
    expect(screen.queryByRole('button', { name: 'Ir a la hoja' })).toBeNull();
    sim.activate(MEMO_SHEET);
    await user.click(await screen.findByRole('button', { name: 'Ir a la hoja' }));
    await waitFor(() => expect(sim.snapshot('Informe 2024').active).toBe(true));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ir a la hoja' })).toBeNull());

    // The pane opened again on the same workbook: the highlights are still there to take away.
    document.body.innerHTML = '';
    render(<CuadreApp host={host} />);
    await check(user);
    await user.click(await screen.findByRole('button', { name: 'Quitar resaltado' }));
    await found('Se quitó el resaltado.');
    expect(sim.cell(MEMO_SHEET, 'D19').fill).toBeNull();
    expect(screen.queryByRole('button', { name: 'Quitar resaltado' })).toBeNull();
  });

  it('turns amounts stored as text into numbers and checks again', async () => {
    const { sim, user } = paneOn([memoGrid({ amountsAs: 'text' })]);
    await check(user);
    await user.click(button(/^Corregir números en texto/));
    await found(/^Se convirtieron \d+ celdas en números\.$/);
    expect(sim.cell(MEMO_SHEET, 'B6').value).toBe(12742937.65);
    expect(screen.queryByRole('button', { name: /^Corregir números en texto/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Advertencias (1)' })).toBeTruthy();
  });

  it('asks before writing on an Excel without undo grouping (ExcelApi 1.19)', async () => {
    const { sim, user } = paneOn([memoGrid()], { apiVersion: '1.19' });
    await check(user);
    await user.click(button('Resaltar en la hoja'));
    expect(screen.getByText('Ctrl+Z no podrá deshacer este cambio')).toBeTruthy();
    expect(sim.cell(MEMO_SHEET, 'D19').fill).toBeNull();
    await user.click(button('Continuar'));
    await found(/Celdas resaltadas/);
    expect(sim.cell(MEMO_SHEET, 'D19').fill).not.toBeNull();
  });

  it('on an Excel 2019 that refuses the activation handler (office-js #1103), offers «Ir a la hoja» from the sheets it put in front itself', async () => {
    const { sim, user } = paneOn([memoGrid()], { profile: hostProfile('windows', '1.8') });
    await check(user);
    await user.click(button('Insertar informe anual'));
    await user.click(button('Continuar'));
    await found('Se creó la hoja «Informe 2024» con el informe anual.');
    expect(sim.snapshot('Informe 2024').active).toBe(true);
    expect(screen.queryByRole('button', { name: 'Ir a la hoja' })).toBeNull();
    // The user's own click on a tab is what this Excel cannot tell the pane: no «Ir a la hoja» for it.
    act(() => sim.activate(MEMO_SHEET));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('button', { name: 'Ir a la hoja' })).toBeNull();
    // Opening a finding puts the source in front through the pane: that move it knows.
    await user.click(button(/^D19/));
    await user.click(await screen.findByRole('button', { name: 'Ir a la hoja' }));
    await waitFor(() => expect(sim.snapshot('Informe 2024').active).toBe(true));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ir a la hoja' })).toBeNull());
  });

  it('keeps the settings in the workbook for the next time the pane opens', async () => {
    const { sim, host, user } = paneOn([memoGrid()]);
    await user.click(button('Configuración'));
    const tolerance = await screen.findByRole('textbox', { name: /Tolerancia/ });
    await user.clear(tolerance);
    await user.type(tolerance, '0,01');
    await user.click(button('Guardar configuración'));
    await found(/Configuración guardada en el libro/);
    expect(Object.values(sim.savedSettings())).toContain('0.01');

    document.body.innerHTML = '';
    render(<CuadreApp host={host} />);
    await user.click(button('Configuración'));
    expect(((await screen.findByRole('textbox', { name: /Tolerancia/ })) as HTMLInputElement).value).toBe('0,01');
  });

  it('explains a sheet that is gone since the check', async () => {
    const { sim, user } = paneOn([memoGrid()]);
    await check(user);
    sim.workbook.sheets[0]!.name = 'Renombrada';
    await user.click(button(/^D19/));
    const title = await found('No se pudo seleccionar la celda');
    expect(title.parentElement?.textContent).toContain('Vuelva a validar');
  });
});
