/** @jest-environment jsdom */
import { configure, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { AuditLogPlan, AuditValue } from '../../src/workflow/audit-log';
import { HostFailure } from '../../src/workflow/port';
import { MEMO_SHEET } from '../support/workbook-builder';
import { type FakeHost, textMemoGrid } from './fake-host';
import { button, clickCheck, openAuditLogSwitch, renderPane } from './pane-driver';

/** The «Registro de auditoría» switch and the rows the pane asks the host to append. */

// The pane renders Fluent in jsdom: seconds per test on a machine shared by seven.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

async function check(user: UserEvent): Promise<void> {
  await clickCheck(user);
  await screen.findByText('No cuadra');
}

/** The row of the n-th append, by header: text, numbers, '' for a blank. */
function row(host: FakeHost, n = 0): Record<string, string | number> {
  const plan: AuditLogPlan = host.appendAuditRows.mock.calls[n]![0];
  expect(plan.rows).toHaveLength(1);
  const shown = (v: AuditValue): string | number => (v === null ? '' : v.kind === 'text' ? v.text : v.kind === 'number' ? v.value : v.serial);
  return Object.fromEntries(plan.columns.map((c, i) => [c.header, shown(plan.rows[0]![i]!)]));
}

describe('the audit log switch', () => {
  it('is off by default: a check and a report write no row', async () => {
    const { host, user } = renderPane();
    expect((await openAuditLogSwitch(user)).checked).toBe(false);
    await check(user);
    await user.click(button('Insertar informe anual'));
    await screen.findByText('Se creó la hoja «Informe 2024» con el informe anual.');
    expect(host.insertReport).toHaveBeenCalledTimes(1);
    expect(host.appendAuditRows).not.toHaveBeenCalled();
  });

  it('switched on, is kept in the workbook and logs the next check: its sheet, period, totals, counts and fingerprint', async () => {
    const { host, user } = renderPane();
    const toggle = await openAuditLogSwitch(user);
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toMatch(/añaden una fila a la hoja «Registro Cuadre»/);
    await user.click(toggle);
    await waitFor(() => expect(host.savePaneOptions).toHaveBeenCalledWith({ checkOnEdit: false, auditLog: true }));
    await waitFor(() => expect(toggle.checked).toBe(true));

    await check(user);
    await waitFor(() => expect(host.appendAuditRows).toHaveBeenCalledTimes(1));
    expect(row(host)).toMatchObject({
      Acción: 'Revisión',
      'Hoja revisada': MEMO_SHEET,
      Período: 'enero–diciembre 2024',
      'MORA informado': 9175678.45,
      'MORA conciliado': 9298149.56,
      Errores: 1,
      'Hoja del informe': '',
    });
    expect(row(host)['Huella SHA-256 de las cifras']).toMatch(/^[0-9a-f]{64}$/);
  });

  it('on in the workbook: a report inserted adds a row naming its sheet; the check before it had its own', async () => {
    const { host, user } = renderPane({ paneOptions: { auditLog: true } });
    await check(user);
    await user.click(button('Insertar informe anual'));
    await screen.findByText('Se creó la hoja «Informe 2024» con el informe anual.');
    await waitFor(() => expect(host.appendAuditRows).toHaveBeenCalledTimes(2));
    expect([row(host, 0)['Acción'], row(host, 1)['Acción'], row(host, 1)['Hoja del informe']]).toEqual(['Revisión', 'Informe', 'Informe 2024']);
  });

  it('switched off again, writes nothing more', async () => {
    const { host, user } = renderPane({ paneOptions: { auditLog: true } });
    const toggle = await openAuditLogSwitch(user);
    await waitFor(() => expect(toggle.checked).toBe(true));
    await user.click(toggle);
    await waitFor(() => expect(host.savePaneOptions).toHaveBeenCalledWith({ checkOnEdit: false, auditLog: false }));
    await check(user);
    expect(host.appendAuditRows).not.toHaveBeenCalled();
  });

  it('says so when the switch could not be saved, and stays as it was', async () => {
    const { host, user } = renderPane();
    host.savePaneOptions.mockRejectedValueOnce(new HostFailure('busy', 'SettingsSaveFailed'));
    const toggle = await openAuditLogSwitch(user);
    await waitFor(() => expect(toggle.disabled).toBe(false));
    await user.click(toggle);
    expect(await screen.findByText('No se pudo guardar si el registro de auditoría está activado')).toBeTruthy();
    expect(toggle.checked).toBe(false);
  });
});

describe('what is logged', () => {
  it('not the re-check that follows «Corregir números en texto»: the analyst did not ask for a check', async () => {
    const { host, user } = renderPane({ paneOptions: { auditLog: true }, sheets: [textMemoGrid()] });
    await waitFor(() => expect(button('Validar y conciliar').disabled).toBe(false));
    await user.click(button('Validar y conciliar'));
    await waitFor(() => expect(host.appendAuditRows).toHaveBeenCalledTimes(1));
    await user.click(await screen.findByRole('button', { name: /Corregir números en texto \(\d+\)/ }));
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    await screen.findByText(/Se convirtieron \d+ celdas en números/);
    expect(host.appendAuditRows).toHaveBeenCalledTimes(1);
  }, 20_000); // ninety findings drawn twice: slow on a loaded machine

  it('in English, the switch speaks English and says the log stays Spanish', async () => {
    const { user } = renderPane({ displayLanguage: 'en-US' });
    await user.click(button('Settings'));
    const toggle = await screen.findByRole('switch', { name: 'Audit log' });
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)?.textContent).toMatch(/«Registro Cuadre» sheet.*The log is kept in Spanish\./);
  });
});

describe('a row that could not be written', () => {
  it('is shown as its own failure, the check’s result staying on screen', async () => {
    const { host, user } = renderPane({ paneOptions: { auditLog: true } });
    host.appendAuditRows.mockRejectedValueOnce(new HostFailure('protected', 'AccessDenied'));
    await check(user);
    const title = await screen.findByText('La revisión está hecha, pero no se pudo anotar en el registro de auditoría');
    expect(title.parentElement?.textContent).toContain('Quite la protección');
    expect(screen.getByText('No cuadra')).toBeTruthy();
    expect(screen.queryByText('No se pudo validar el libro')).toBeNull();
  });

  it('after a report, leaves the report’s success in place', async () => {
    const { host, user } = renderPane({ paneOptions: { auditLog: true } });
    await check(user);
    host.appendAuditRows.mockRejectedValueOnce(new HostFailure('busy', 'Conflict'));
    await user.click(button('Insertar informe anual'));
    expect(await screen.findByText('El informe está insertado, pero no se pudo anotar en el registro de auditoría')).toBeTruthy();
    expect(screen.getByText('Se creó la hoja «Informe 2024» con el informe anual.')).toBeTruthy();
  });
});

describe('on an Excel without undo grouping', () => {
  it('asks before a check that writes its row, and checks only after Continuar', async () => {
    const { host, user } = renderPane({ paneOptions: { auditLog: true }, capabilities: { undoGroup: false } });
    await waitFor(() => expect(button('Validar y conciliar').disabled).toBe(false));
    await user.click(button('Validar y conciliar'));
    expect(screen.getByText('Ctrl+Z no podrá deshacer este cambio')).toBeTruthy();
    expect(host.readWorkbook).not.toHaveBeenCalled();
    await user.click(button('Continuar'));
    await waitFor(() => expect(host.appendAuditRows).toHaveBeenCalledTimes(1));
  });

  it('does not ask when the log is off: a check writes nothing', async () => {
    const { host, user } = renderPane({ capabilities: { undoGroup: false } });
    await check(user);
    expect(screen.queryByText('Ctrl+Z no podrá deshacer este cambio')).toBeNull();
    expect(host.appendAuditRows).not.toHaveBeenCalled();
  });
});
