/** @jest-environment jsdom */
import { act, configure, render, screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { reconcile } from '../../src/domain/reconcile';
import { CuadreApp } from '../../src/taskpane/app';
import { CHECK_ON_EDIT_DELAY_MS } from '../../src/taskpane/use-live-check';
import { lastCheckOf } from '../../src/workflow/last-check';
import { HostFailure, type SheetEdit } from '../../src/workflow/port';
import { MEMO_SHEET, memoGrid } from '../support/workbook-builder';
import { FAKE_SHEET_ID, type FakeHost, fakeHost } from './fake-host';
import { button, clickCheck, renderPane } from './pane-driver';

/**
 * The last check kept in the workbook (shown on open, as an earlier result), its staleness after
 * an edit of its sheet, and «Validar al editar» (docs/taskpane.md «La última revisión»).
 */

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

/** The memo's check as the workbook keeps it: 5 July 2024 at 14:03, on the sheet the fake names FAKE_SHEET_ID. */
const STORED = JSON.parse(JSON.stringify(lastCheckOf(reconcile(memoGrid()), { year: 2024, month: 7, day: 5, hour: 14, minute: 3 }, FAKE_SHEET_ID))) as Record<
  string,
  unknown
>;

async function check(user: UserEvent): Promise<void> {
  await clickCheck(user);
  await screen.findByText('No cuadra');
}

/** The edit listener the pane registered with the port. */
async function editor(host: FakeHost): Promise<(edit: SheetEdit) => void> {
  await waitFor(() => expect(host.onSheetEdited).toHaveBeenCalled());
  return host.onSheetEdited.mock.calls.at(-1)![0];
}

const STALE = 'La hoja cambió después de esta revisión';

describe('the last check kept in the workbook, when the pane opens', () => {
  it('is shown before any check, labelled as an earlier result: when, sheet, period, outcome, totals, fingerprint', async () => {
    const { host, user } = renderPane({ lastCheck: STORED });
    expect(await screen.findByText('Resultado anterior, no de la hoja actual')).toBeTruthy();
    expect(host.loadLastCheck).toHaveBeenCalledWith(null);
    expect(
      screen.getByText(`Última revisión: 5 jul 2024 14:03 · hoja «${MEMO_SHEET}» · enero–diciembre 2024 · No cuadra: 1 error, 1 advertencia`),
    ).toBeTruthy();
    expect(screen.getByRole('row', { name: /^Total/ }).textContent).toBe('Total150.251.586,37150.374.057,48');
    const fingerprint = String(STORED.fingerprint);
    const short = screen.getByText(`${fingerprint.slice(0, 12)}…`);
    expect(short.getAttribute('title')).toBe(fingerprint);
    await user.click(button('Ver la huella completa'));
    expect(screen.getByText(fingerprint)).toBeTruthy();
    // Not a result of the sheet now: no outcome bar, no report to insert from it.
    expect(screen.queryByText('No cuadra')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Insertar informe anual' })).toBeNull();
  });

  it('gives way to the result of a check', async () => {
    const { host, user } = renderPane({ lastCheck: STORED });
    await screen.findByText('Resultado anterior, no de la hoja actual');
    await check(user);
    expect(screen.queryByText('Resultado anterior, no de la hoja actual')).toBeNull();
    // Nor does it come back when a later check fails.
    host.readWorkbook.mockRejectedValueOnce(new HostFailure('busy', 'Conflict'));
    await user.click(button('Validar y conciliar'));
    await screen.findByText('No se pudo validar el libro');
    expect(screen.queryByText('Resultado anterior, no de la hoja actual')).toBeNull();
  });

  it('in English, from an earlier Cuadre (the day only, no fingerprint)', async () => {
    const { checkedTime: _time, fingerprint: _fingerprint, reported: _reported, ...older } = STORED;
    renderPane({ lastCheck: older, displayLanguage: 'en-US' });
    expect(await screen.findByText('Earlier result, not of the sheet as it is now')).toBeTruthy();
    expect(screen.getByText(`Last check: Jul 5, 2024 · sheet "${MEMO_SHEET}" · January–December 2024 · Does not add up: 1 error, 1 warning`)).toBeTruthy();
    expect(screen.getByRole('row', { name: /^Total/ }).textContent).toBe('Total—150,374,057.48');
    expect(screen.queryByText(/Fingerprint/)).toBeNull();
  });

  it('shows nothing for a record this Cuadre cannot read', async () => {
    const { host } = renderPane({ lastCheck: { version: 9 } });
    await waitFor(() => expect(host.loadLastCheck).toHaveBeenCalled());
    await waitFor(() => expect(button('Validar y conciliar').disabled).toBe(false));
    expect(screen.queryByText(/Resultado anterior/)).toBeNull();
  });

  it('is marked stale by an edit of its sheet', async () => {
    const { host } = renderPane({ lastCheck: STORED });
    await screen.findByText('Resultado anterior, no de la hoja actual');
    const edit = await editor(host);
    act(() => edit({ sheetId: FAKE_SHEET_ID, address: 'B6' }));
    expect(await screen.findByText(STALE)).toBeTruthy();
  });
});

describe('a result after an edit of its sheet', () => {
  it('is marked stale (not for another sheet), and the report waits for a new check, which is fresh again', async () => {
    const { host, user } = renderPane();
    await check(user);
    const edit = await editor(host);
    act(() => edit({ sheetId: '{ANOTHER-SHEET}', address: 'A1' }));
    expect(screen.queryByText(STALE)).toBeNull();
    expect(button('Insertar informe anual').disabled).toBe(false);

    act(() => edit({ sheetId: FAKE_SHEET_ID, address: 'D19' }));
    expect(await screen.findByText(STALE)).toBeTruthy();
    expect(screen.getByText('Vuelva a validar: este resultado ya no es el de la hoja.')).toBeTruthy();
    const insert = button('Insertar informe anual');
    expect(insert.disabled).toBe(true);
    expect(document.getElementById(insert.getAttribute('aria-describedby')!)?.textContent).toBe(
      'El informe espera a una validación de la hoja como está ahora.',
    );
    await user.click(insert);
    expect(host.insertReport).not.toHaveBeenCalled();

    await user.click(button('Validar y conciliar'));
    await waitFor(() => expect(screen.queryByText(STALE)).toBeNull());
    expect(button('Insertar informe anual').disabled).toBe(false);
  });

  it('is stale from the start when its sheet was edited while it was read', async () => {
    const { host, user } = renderPane();
    const edit = await editor(host);
    let finish: () => void = () => undefined;
    host.readWorkbook.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ sheets: [memoGrid()], activeSheet: MEMO_SHEET });
        }),
    );
    await waitFor(() => expect(button('Validar y conciliar').disabled).toBe(false));
    await user.click(button('Validar y conciliar'));
    await screen.findByRole('progressbar');
    act(() => edit({ sheetId: FAKE_SHEET_ID, address: 'C7' }));
    act(() => finish());
    await screen.findByText('No cuadra');
    expect(await screen.findByText(STALE)).toBeTruthy();
    // The next check reads the edit: fresh.
    await user.click(button('Validar y conciliar'));
    await waitFor(() => expect(screen.queryByText(STALE)).toBeNull());
  });

  it('stops listening when the pane closes', async () => {
    const stop = jest.fn(async () => undefined);
    const host = fakeHost();
    host.onSheetEdited.mockImplementation(async () => stop);
    const { unmount } = render(<CuadreApp host={host} />);
    await waitFor(() => expect(host.onSheetEdited).toHaveBeenCalled());
    unmount();
    await waitFor(() => expect(stop).toHaveBeenCalled());
  });
});

describe('«Validar al editar»', () => {
  afterEach(() => jest.useRealTimers());

  it('is off by default, and kept in the workbook when switched', async () => {
    const { host, user } = renderPane();
    const toggle = await screen.findByRole('switch', { name: 'Validar al editar' });
    await waitFor(() => expect(host.loadPaneOptions).toHaveBeenCalled());
    expect((toggle as HTMLInputElement).checked).toBe(false);
    await user.click(toggle);
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(host.savePaneOptions).toHaveBeenCalledWith({ checkOnEdit: true, auditLog: false }));
  });

  it('is on as the workbook kept it', async () => {
    renderPane({ paneOptions: { checkOnEdit: true } });
    await waitFor(() => expect((screen.getByRole('switch', { name: 'Validar al editar' }) as HTMLInputElement).checked).toBe(true));
  });

  it('checks again once, a second after the last of a burst of edits, without writing, selecting or taking the focus', async () => {
    const { host, user } = renderPane({ paneOptions: { checkOnEdit: true } });
    await check(user);
    const edit = await editor(host);
    const focused = document.activeElement;
    jest.useFakeTimers();
    act(() => edit({ sheetId: FAKE_SHEET_ID, address: 'B6' }));
    act(() => jest.advanceTimersByTime(CHECK_ON_EDIT_DELAY_MS - 100));
    act(() => edit({ sheetId: FAKE_SHEET_ID, address: 'B7' }));
    act(() => jest.advanceTimersByTime(CHECK_ON_EDIT_DELAY_MS - 100));
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    expect(screen.getByText(STALE)).toBeTruthy();
    expect(screen.getByText('Se vuelve a validar un segundo después de su última edición.')).toBeTruthy();
    act(() => jest.advanceTimersByTime(100));
    jest.useRealTimers();
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText(STALE)).toBeNull());
    expect(host.highlight).not.toHaveBeenCalled();
    expect(host.selectCell).not.toHaveBeenCalled();
    expect(host.activateSheet).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(focused);
  });

  it('shows the errors as the analyst types: the new outcome replaces the old', async () => {
    const { host, user } = renderPane({ paneOptions: { checkOnEdit: true } });
    await check(user);
    const edit = await editor(host);
    // The analyst carries the adjustment up to MORA (D18) and TOTAL (B18), and fixes the totals.
    const fixed = memoGrid();
    const rows = fixed.cells.map((row) => [...row]);
    const at = (address: string, value: number) => {
      const col = address.charCodeAt(0) - 65 - (fixed.left - 1);
      const row = Number(address.slice(1)) - fixed.top;
      rows[row]![col] = { kind: 'number', value, text: String(value) } as never;
    };
    at('B18', 122471.11);
    at('D18', 122471.11);
    at('B19', 150374057.48);
    at('D19', 9298149.56);
    host.readWorkbook.mockResolvedValue({ sheets: [{ ...fixed, cells: rows }], activeSheet: MEMO_SHEET });
    jest.useFakeTimers();
    act(() => edit({ sheetId: FAKE_SHEET_ID, address: 'D19' }));
    act(() => jest.advanceTimersByTime(CHECK_ON_EDIT_DELAY_MS));
    jest.useRealTimers();
    expect(await screen.findByText('Cuadra')).toBeTruthy();
    expect(screen.queryByText('No cuadra')).toBeNull();
  });

  it('writes no audit-log row for its checks (the analyst did not ask for them), while «Validar» does', async () => {
    const { host, user } = renderPane({ paneOptions: { checkOnEdit: true, auditLog: true } });
    await waitFor(() => expect(host.loadPaneOptions).toHaveBeenCalled());
    await check(user);
    await waitFor(() => expect(host.appendAuditRows).toHaveBeenCalledTimes(1));
    const edit = await editor(host);
    jest.useFakeTimers();
    act(() => edit({ sheetId: FAKE_SHEET_ID, address: 'B6' }));
    act(() => jest.advanceTimersByTime(CHECK_ON_EDIT_DELAY_MS));
    jest.useRealTimers();
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText(STALE)).toBeNull());
    expect(host.appendAuditRows).toHaveBeenCalledTimes(1);
  });

  it('does not check while the option is off', async () => {
    const { host, user } = renderPane();
    await check(user);
    const edit = await editor(host);
    jest.useFakeTimers();
    act(() => edit({ sheetId: FAKE_SHEET_ID, address: 'B6' }));
    act(() => jest.advanceTimersByTime(CHECK_ON_EDIT_DELAY_MS * 3));
    jest.useRealTimers();
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    expect(screen.getByText(STALE)).toBeTruthy();
  });

  it('waits for an action in progress (a report being inserted), then checks', async () => {
    const { host, user } = renderPane({ paneOptions: { checkOnEdit: true } });
    await check(user);
    const edit = await editor(host);
    let finish: () => void = () => undefined;
    host.insertReport.mockImplementation(
      () =>
        new Promise((resolve) => {
          finish = () => resolve({ sheetName: 'Informe 2024' });
        }),
    );
    await user.click(button('Insertar informe anual'));
    await waitFor(() => expect(host.insertReport).toHaveBeenCalled());
    jest.useFakeTimers();
    act(() => edit({ sheetId: FAKE_SHEET_ID, address: 'B6' }));
    act(() => jest.advanceTimersByTime(CHECK_ON_EDIT_DELAY_MS * 2));
    jest.useRealTimers();
    await act(async () => {
      await Promise.resolve();
    });
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    act(() => finish());
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
  });
});
