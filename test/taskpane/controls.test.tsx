/** @jest-environment jsdom */
import { act, configure, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { Grid } from '../../src/domain/grid';
import { CuadreApp } from '../../src/taskpane/app';
import { MEMO_SHEET } from '../support/workbook-builder';
import { type FakeOptions, cleanMemoGrid, fakeHost } from './fake-host';
import { button, clickCheck, renderPane } from './pane-driver';

/** Controls offer only what can be done now (issue 12, item 4). */

// The pane renders Fluent in jsdom: seconds per test on a shared machine.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const queryButton = (name: string | RegExp): HTMLElement | null => screen.queryByRole('button', { name });

async function check(user: UserEvent): Promise<void> {
  await clickCheck(user);
  await screen.findByRole('table', { name: 'Totales' });
}

/** The pane's buttons its view puts first. */
const primaries = (): string[] => [...document.querySelectorAll('button[data-appearance="primary"]')].map((b) => b.textContent ?? '');

/** The memo with one amount that is no number (D9 as text): an error the report cannot resolve. */
function unresolvedMemo(): Grid {
  const grid = cleanMemoGrid();
  return { ...grid, cells: grid.cells.map((row, r) => (r === 8 ? row.map((c, i) => (i === 3 ? { kind: 'text', value: 'abc' } : c)) : row)) };
}

describe('«Quitar resaltado» only with highlights on', () => {
  it('is not offered before a highlight, appears after «Resaltar», and goes after clearing, the focus back on «Resaltar»', async () => {
    const { host, user } = renderPane();
    await check(user);
    await waitFor(() => expect(host.highlightsOn).toHaveBeenCalled());
    expect(queryButton('Quitar resaltado')).toBeNull();

    await user.click(button('Resaltar en la hoja'));
    await screen.findByText(/Celdas resaltadas/);
    expect(button('Quitar resaltado')).toBeTruthy();

    await user.click(button('Quitar resaltado'));
    await screen.findByText('Se quitó el resaltado.');
    expect(host.clearHighlights).toHaveBeenCalledTimes(1);
    expect(queryButton('Quitar resaltado')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(button('Resaltar en la hoja')));
  });

  it('is offered at open when the workbook keeps highlights of an earlier session, even with nothing left to highlight', async () => {
    const { host, user } = renderPane({ sheets: [cleanMemoGrid()], highlightsOn: true });
    await check(user);
    expect(button('Resaltar en la hoja').disabled).toBe(true);
    await user.click(await screen.findByRole('button', { name: 'Quitar resaltado' }));
    await screen.findByText('Se quitó el resaltado.');
    expect(host.clearHighlights).toHaveBeenCalledTimes(1);
    expect(queryButton('Quitar resaltado')).toBeNull();
  });

  it('asks the host after each highlight and clear, not the pane’s own guess', async () => {
    const { host, user } = renderPane();
    await check(user);
    await waitFor(() => expect(host.highlightsOn).toHaveBeenCalledTimes(1));
    // The highlight went to a sheet deleted since: the host keeps nothing, so nothing is offered to clear.
    host.highlightsOn.mockResolvedValueOnce(false);
    await user.click(button('Resaltar en la hoja'));
    await screen.findByText(/Celdas resaltadas/);
    expect(host.highlightsOn).toHaveBeenCalledTimes(2);
    expect(queryButton('Quitar resaltado')).toBeNull();
  });

  it('is offered when the host cannot say whether highlights are kept', async () => {
    const host = fakeHost();
    host.highlightsOn.mockRejectedValue(new Error('ItemNotFound'));
    render(<CuadreApp host={host} />);
    const user = userEvent.setup();
    await check(user);
    expect(await screen.findByRole('button', { name: 'Quitar resaltado' })).toBeTruthy();
  });
});

describe('«Ir a la hoja» only from elsewhere', () => {
  it('appears when the user goes to another sheet in Excel, and goes when they are back on the report', async () => {
    const { host, user } = renderPane();
    await check(user);
    await user.click(button('Insertar informe anual'));
    await screen.findByText('Se creó la hoja «Informe 2024» con el informe anual.');
    expect(host.onSheetActivated).toHaveBeenCalledTimes(1);
    expect(queryButton('Ir a la hoja')).toBeNull();

    // The user clicks the source sheet's tab: not the pane's doing.
    act(() => host.activate(MEMO_SHEET));
    await user.click(await screen.findByRole('button', { name: 'Ir a la hoja' }));
    expect(host.activateSheet).toHaveBeenCalledWith('Informe 2024');

    act(() => host.activate(MEMO_SHEET));
    await screen.findByRole('button', { name: 'Ir a la hoja' });
    act(() => host.activate('Informe 2024'));
    await waitFor(() => expect(queryButton('Ir a la hoja')).toBeNull());
  });

  it('follows the sheets the pane puts in front itself where Excel cannot tell it', async () => {
    const { host, user } = renderPane();
    host.onSheetActivated.mockRejectedValue(new Error('AccessDenied'));
    await check(user);
    await user.click(button('Insertar informe anual'));
    await screen.findByText('Se creó la hoja «Informe 2024» con el informe anual.');
    expect(queryButton('Ir a la hoja')).toBeNull();
    await user.click(button(/^D19/));
    await user.click(await screen.findByRole('button', { name: 'Ir a la hoja' }));
    await waitFor(() => expect(queryButton('Ir a la hoja')).toBeNull());
  });
});

describe('success bars', () => {
  it('can be closed', async () => {
    const { user } = renderPane();
    await check(user);
    await user.click(button('Resaltar en la hoja'));
    await screen.findByText(/Celdas resaltadas/);
    await user.click(button('Cerrar'));
    expect(screen.queryByText(/Celdas resaltadas/)).toBeNull();
  });

  it('give way to the next action: each bar goes when another action starts', async () => {
    const { user } = renderPane();
    await check(user);
    await user.click(button('Resaltar en la hoja'));
    await screen.findByText(/Celdas resaltadas/);
    await user.click(button('Quitar resaltado'));
    await screen.findByText('Se quitó el resaltado.');
    expect(screen.queryByText(/Celdas resaltadas/)).toBeNull();

    await user.click(button('Insertar informe anual'));
    await screen.findByText(/Se creó la hoja «Informe 2024»/);
    expect(screen.queryByText('Se quitó el resaltado.')).toBeNull();

    await user.click(button('Validar y conciliar'));
    await waitFor(() => expect(screen.queryByText(/Se creó la hoja «Informe 2024»/)).toBeNull());
  });

  it('stay while the user only opens a finding', async () => {
    const { user } = renderPane();
    await check(user);
    await user.click(button('Insertar informe anual'));
    await screen.findByText(/Se creó la hoja «Informe 2024»/);
    await user.click(button(/^D19/));
    await screen.findByRole('button', { name: 'Ir a la hoja' });
    expect(screen.getByText(/Se creó la hoja «Informe 2024»/)).toBeTruthy();
  });
});

describe('one primary button per view', () => {
  it.each<[string, FakeOptions, string[]]>([
    ['the memo: the final report comes next', {}, ['Insertar informe anual']],
    [
      'an error the report cannot resolve: checking again after the fix comes next, the draft is secondary',
      { sheets: [unresolvedMemo()] },
      ['Validar y conciliar'],
    ],
    [
      'no table: only the check',
      { sheets: [{ sheet: 'Portada', top: 1, left: 1, cells: [[{ kind: 'text', value: 'Informe de gestión' }]] }] },
      ['Validar y conciliar'],
    ],
  ])('%s', async (_, options, expected) => {
    const { host, user } = renderPane(options);
    await waitFor(() => expect(button('Validar y conciliar').disabled).toBe(false));
    expect(primaries()).toEqual(['Validar y conciliar']);
    await user.click(button('Validar y conciliar'));
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalled());
    await screen.findByRole('region', { name: 'En la hoja' });
    expect(primaries()).toEqual(expected);
  });
});

describe('the report’s warning, true to the policy and to the gate', () => {
  it.each([
    ['propagate', 'Llevar los ajustes a los totales (recomendado)', /\(D19\) no pasa al informe: su fila TOTAL suma sus propias filas/],
    ['as-reported', 'Como en la hoja', /\(D19\) sigue así en el informe, que lo indica en una nota al pie/],
  ])('an error the report resolves, under %s: says what the report does with it', async (_, label, says) => {
    const { user } = renderPane();
    await check(user);
    await user.click(screen.getByRole('radio', { name: label }));
    expect(screen.getByText(says)).toBeTruthy();
    expect(screen.queryByText('Solo un borrador')).toBeNull();
  });

  it('an error it cannot resolve: only a draft, naming the cell, whatever the policy', async () => {
    const { user } = renderPane({ sheets: [unresolvedMemo()] });
    await check(user);
    for (const label of ['Como en la hoja', 'Llevar los ajustes a los totales (recomendado)']) {
      await user.click(screen.getByRole('radio', { name: label }));
      expect(screen.getByText('Solo un borrador')).toBeTruthy();
      expect(screen.getByText(/1 error que el informe no puede resolver \(D9\)/)).toBeTruthy();
      expect(queryButton('Insertar informe anual')).toBeNull();
      expect(button('Insertar borrador')).toBeTruthy();
    }
  });

  it('a sheet that reconciles: no warning at all', async () => {
    const { user } = renderPane({ sheets: [cleanMemoGrid()] });
    await check(user);
    expect(screen.queryByText('Solo un borrador')).toBeNull();
    expect(screen.queryByText('Lo que el informe corrige')).toBeNull();
    expect(button('Insertar informe anual')).toBeTruthy();
  });
});
