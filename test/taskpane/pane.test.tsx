/** @jest-environment jsdom */
import { configure, act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Workbook } from '../../src/domain/grid';
import { CuadreApp } from '../../src/taskpane/app';
import { HostFailure, type ReadProgress } from '../../src/workflow/port';
import { MEMO_SHEET } from '../support/workbook-builder';
import { cleanMemoGrid, fakeHost, textMemoGrid } from './fake-host';
import { button, clickCheck, renderPane } from './pane-driver';

// The pane renders Fluent in jsdom: seconds per test on a machine shared by seven.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const check = clickCheck;

/** The outcome bar's text: its title (the status) and its sentence. */
const statusText = (): string => document.querySelector('.fui-MessageBar')?.textContent ?? '';

describe('before a check', () => {
  it('offers only the check, with what it does', async () => {
    const { host } = renderPane();
    const main = button('Validar y conciliar');
    expect(main.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(main.getAttribute('aria-describedby')!)?.textContent).toMatch(/busca la tabla de recaudación/);
    expect(screen.queryByText('Resaltar en la hoja')).toBeNull();
    expect(screen.queryByText('Insertar informe anual')).toBeNull();
    await waitFor(() => expect(host.loadSettings).toHaveBeenCalledTimes(1));
  });
});

describe('reading', () => {
  it('shows which sheet it reads, then the result', async () => {
    let finish: (workbook: Workbook) => void = () => undefined;
    let report: (p: ReadProgress) => void = () => undefined;
    const { host, user } = renderPane();
    host.readWorkbook.mockImplementation(
      (_request, onProgress) =>
        new Promise((resolve) => {
          report = onProgress;
          finish = resolve;
        }),
    );
    await waitFor(() => expect(button('Validar y conciliar').disabled).toBe(false));
    await user.click(button('Validar y conciliar'));
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.getByText('Leyendo el libro…')).toBeTruthy();
    expect(button('Validar y conciliar').getAttribute('aria-disabled')).toBe('true');

    act(() => report({ sheet: 'Portada', done: 1, total: 2 }));
    expect(await screen.findByText('Leyendo la hoja «Portada» (hoja 1 de 2)…')).toBeTruthy();

    act(() => finish({ sheets: [cleanMemoGrid()], activeSheet: MEMO_SHEET }));
    expect(await screen.findByText('Cuadra')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('the memo as printed (an adjustment not carried up)', () => {
  it('says first that it does not add up, by how much and why, then the totals with their differences', async () => {
    const { user } = renderPane();
    await check(user);
    expect(statusText()).toBe(
      'No cuadraA MORA del total le faltan 122.471,11: el ajuste de H18 no se trasladó.Período: enero a diciembre de 2024 · 12 de 12 meses',
    );
    expect(screen.getByText(`Hoja «${MEMO_SHEET}» · tabla A4:H19 · año 2024 · CHIMBORAZO`)).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Totales' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Informado', 'Meses + ajustes', 'Diferencia']);
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent);
    // Each indicator: its name, then reported / months + adjustments / reported − that.
    expect(rows).toEqual([
      'InformadoMeses + ajustesDiferencia',
      'Total',
      '150.251.586,37150.374.057,48-122.471,11',
      'Oportuna',
      '141.075.907,92141.075.907,920,00',
      'Mora',
      '9.175.678,459.298.149,56-122.471,11',
    ]);
  });

  it('groups the findings by severity, one line each (cell, short title), the details on opening, amounts naming their cell', async () => {
    const { user } = renderPane();
    await check(user);
    expect(screen.getByRole('heading', { name: 'Errores (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Advertencias (1)' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Informativos/ })).toBeNull();
    const breakdown = button(/^D19/);
    expect(breakdown.textContent).toBe('D19No es la suma de sus partes');
    expect(breakdown.getAttribute('aria-expanded')).toBe('false');
    await user.click(breakdown);
    expect(breakdown.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(breakdown.getAttribute('aria-controls')!)!;
    // The line names the cell: the message does not start with it again.
    expect(details.textContent).toMatch(/^MORA es 9\.175\.678,45, pero sus componentes suman 9\.298\.149,56/);
    expect(details.textContent).toContain('D19: Esperado 9.298.149,56 · En la hoja 9.175.678,45 · Diferencia -122.471,11');

    // The adjustment in H18 was not carried to MORA: its amounts are MORA's on that row, D18.
    await user.click(button(/^H18/));
    const adjustment = document.getElementById(button(/^H18/).getAttribute('aria-controls')!)!;
    expect(adjustment.textContent).toContain('D18: Esperado 122.471,11 · En la hoja 0,00');
  });

  it('selects a finding’s cell in the sheet when it is opened, and says so when Excel refuses', async () => {
    const { host, user } = renderPane();
    await check(user);
    await user.click(button(/^D19/));
    expect(host.selectCell).toHaveBeenCalledWith(MEMO_SHEET, 'D19');

    host.selectCell.mockRejectedValueOnce(new HostFailure('cell-editing', 'InvalidOperationInCellEditMode'));
    await user.click(button(/^H18/));
    const alert = await screen.findByText('No se pudo seleccionar la celda');
    expect(alert.closest('.fui-MessageBar')?.textContent).toContain('Pulse Intro o Esc');
  });

  it('does not offer to fix numbers stored as text when there are none', async () => {
    const { user } = renderPane();
    await check(user);
    expect(screen.queryByRole('button', { name: /Corregir números en texto/ })).toBeNull();
  });
});

describe('a sheet that reconciles', () => {
  it('says so, with no findings', async () => {
    const { user } = renderPane({ sheets: [cleanMemoGrid()] });
    await check(user);
    expect(statusText()).toContain('Cuadra');
    expect(screen.getByText('Sin hallazgos: cada total es la suma de sus meses y de sus partes.')).toBeTruthy();
    expect(button('Resaltar en la hoja').disabled).toBe(true);
  });
});

describe('a workbook without the table', () => {
  it('reports the table as not found and offers no report', async () => {
    const { user } = renderPane({ sheets: [{ sheet: 'Portada', top: 1, left: 1, cells: [[{ kind: 'text', value: 'Informe de gestión' }]] }] });
    await check(user);
    expect(statusText()).toContain('Tabla no encontrada');
    await user.click(button('No se encontró la tabla'));
    expect(screen.getByText(/No se encontró la tabla de recaudación en la hoja «Portada»: no hay una columna/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText('Insertar informe anual')).toBeNull();
  });
});

describe('failures', () => {
  it('shows what happened and what to do, with Excel’s detail, and can be dismissed', async () => {
    const { host, user } = renderPane();
    host.readWorkbook.mockRejectedValueOnce(new HostFailure('protected', 'AccessDenied: the sheet is protected'));
    await check(user);
    const title = screen.getByText('No se pudo validar el libro');
    const bar = title.parentElement!;
    expect(bar.textContent).toContain('Quite la protección (Revisar > Desproteger hoja)');
    expect(bar.textContent).toContain('Detalle: AccessDenied: the sheet is protected');
    expect(screen.queryByText('No cuadra')).toBeNull();
    await user.click(button('Cerrar'));
    expect(screen.queryByText('No se pudo validar el libro')).toBeNull();
  });

  it('explains an unexpected error as such', async () => {
    const { host, user } = renderPane();
    host.readWorkbook.mockRejectedValueOnce(new Error('GeneralException'));
    await check(user);
    expect(screen.getByText(/Ocurrió un error inesperado/).closest('.fui-MessageBar')?.textContent).toContain('Detalle: GeneralException');
  });

  it('falls back to the defaults when the workbook’s settings cannot be read', async () => {
    const host = fakeHost();
    host.loadSettings.mockRejectedValueOnce(new HostFailure('busy', 'ActivityLimitReached'));
    render(<CuadreApp host={host} />);
    const title = await screen.findByText(/No se pudo leer la configuración del libro/);
    expect(title.parentElement?.textContent).toContain('Espere un momento y vuelva a intentarlo');
    await check(userEvent.setup());
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
  });
});

describe('amounts stored as text', () => {
  it('offers the fix, writes the numbers where the text is still there, and checks again', async () => {
    const { host, user } = renderPane({ sheets: [textMemoGrid()] });
    await check(user);
    const fix = button(/Corregir números en texto \(\d+\)/);
    const count = Number(/\((\d+)\)/.exec(fix.textContent ?? '')![1]);
    expect(count).toBeGreaterThan(80);
    host.fixTextNumbers.mockResolvedValueOnce({ fixed: count - 1, changed: 1 });

    await user.click(fix);
    const fixes = host.fixTextNumbers.mock.calls[0]![0];
    expect(fixes).toHaveLength(count);
    expect(fixes[0]).toEqual({ sheet: MEMO_SHEET, cell: 'B6', text: '12.742.937,65', value: 12742937.65 });
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
    expect(await screen.findByText(`Se convirtieron ${count - 1} celdas en números. 1 celda cambió desde la validación y no se tocó.`)).toBeTruthy();
  }, 20_000); // ninety findings drawn twice: slow on a loaded machine
});

describe('highlighting', () => {
  it('passes the findings to the host and clears them on request', async () => {
    const { host, user } = renderPane();
    await check(user);
    expect(screen.getByText('Colorea las celdas con hallazgos según su gravedad.')).toBeTruthy();
    await user.click(button('Resaltar en la hoja'));
    expect(host.highlight.mock.calls[0]![0].map((f) => f.cell)).toEqual(['H18', 'D19']);
    expect(await screen.findByText(/Celdas resaltadas/)).toBeTruthy();
    await user.click(button('Quitar resaltado'));
    expect(host.clearHighlights).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Se quitó el resaltado.')).toBeTruthy();
  });

  it('says why the cells could not be highlighted', async () => {
    const { host, user } = renderPane();
    await check(user);
    host.highlight.mockRejectedValueOnce(new HostFailure('protected', 'AccessDenied'));
    await user.click(button('Resaltar en la hoja'));
    const title = await screen.findByText('No se pudieron resaltar las celdas');
    expect(title.parentElement?.textContent).toContain('Quite la protección');
    expect(screen.queryByText(/Celdas resaltadas/)).toBeNull();
  });

  it('mentions notes where Excel supports them', async () => {
    const { user } = renderPane({ capabilities: { notes: true } });
    await check(user);
    expect(screen.getByText(/les añade una nota con el mensaje/)).toBeTruthy();
  });
});

describe('on an Excel without undo grouping', () => {
  it('warns before the first write that Ctrl+Z will not undo it, and writes only after Continuar', async () => {
    const { host, user } = renderPane({ capabilities: { undoGroup: false } });
    await check(user);
    await user.click(button('Resaltar en la hoja'));
    expect(screen.getByText('Ctrl+Z no podrá deshacer este cambio')).toBeTruthy();
    expect(host.highlight).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(button('Continuar'));

    await user.click(button('Continuar'));
    await waitFor(() => expect(host.highlight).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('Ctrl+Z no podrá deshacer este cambio')).toBeNull();

    // Accepted once for the session.
    await user.click(button('Quitar resaltado'));
    await waitFor(() => expect(host.clearHighlights).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('Ctrl+Z no podrá deshacer este cambio')).toBeNull();
  });

  it('writes nothing when the user cancels', async () => {
    const { host, user } = renderPane({ capabilities: { undoGroup: false } });
    await check(user);
    await user.click(button('Insertar informe anual'));
    const warning = screen.getByText('Ctrl+Z no podrá deshacer este cambio');
    expect(warning).toBeTruthy();
    await user.click(button('Cancelar'));
    expect(screen.queryByText('Ctrl+Z no podrá deshacer este cambio')).toBeNull();
    expect(host.insertReport).not.toHaveBeenCalled();
  });

  it('does not warn where Excel groups the writes into one undo step', async () => {
    const { host, user } = renderPane({ capabilities: { undoGroup: true } });
    await check(user);
    await user.click(button('Resaltar en la hoja'));
    expect(host.highlight).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Ctrl+Z no podrá deshacer este cambio')).toBeNull();
  });
});

describe('the annual report', () => {
  it('explains each adjustment policy, inserts with the chosen options, and leads to the new sheet', async () => {
    const { host, user } = renderPane();
    await check(user);
    const propagate = screen.getByRole('radio', { name: 'Llevar los ajustes a los totales (recomendado)' });
    const asReported = screen.getByRole('radio', { name: 'Como en la hoja' });
    expect((propagate as HTMLInputElement).checked).toBe(true);
    const hint = (radio: HTMLElement): string | null | undefined => document.getElementById(radio.getAttribute('aria-describedby')!)?.textContent;
    expect(hint(propagate)).toMatch(/se suma también a los indicadores que lo contienen, con fórmulas que remiten a su celda/);
    expect(hint(asReported)).toMatch(/una nota al pie dice qué ajuste deja fuera cada total/);
    // The memo's one error is on its totals row: the report resolves it (RECONCILIATION.md §5b), and says how, by policy.
    expect(screen.getByText(/fila de totales de la hoja \(D19\) no pasa al informe: su fila TOTAL suma sus propias filas/)).toBeTruthy();
    expect(screen.queryByText(/reproduce/)).toBeNull();

    await user.click(asReported);
    expect(screen.getByText(/fila de totales de la hoja \(D19\) sigue así en el informe, que lo indica en una nota al pie/)).toBeTruthy();
    // The chart and the source line wait behind «Gráfico y fuente», closed.
    expect(screen.queryByRole('switch', { name: 'Incluir gráfico' })).toBeNull();
    await user.click(button('Gráfico y fuente'));
    expect(button('Gráfico y fuente').getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('switch', { name: 'Incluir gráfico' }));
    await user.click(button('Insertar informe anual'));
    expect(host.insertReport).toHaveBeenCalledTimes(1);
    const [plan] = host.insertReport.mock.calls[0]!;
    expect([plan.sheetName, plan.chart]).toEqual(['Informe 2024', false]);
    // As reported: the adjustment row keeps the sheet's own figures, so MORA's total is the sheet's.
    expect(plan.layout.cells.some((c) => c.value?.kind === 'text' && c.value.text.includes(MEMO_SHEET))).toBe(true);

    expect(await screen.findByText('Se creó la hoja «Informe 2024» con el informe anual.')).toBeTruthy();
    // The new sheet is the active one: nothing to go to until the user is elsewhere.
    expect(screen.queryByRole('button', { name: 'Ir a la hoja' })).toBeNull();
    await user.click(button(/^D19/));
    await user.click(await screen.findByRole('button', { name: 'Ir a la hoja' }));
    expect(host.activateSheet).toHaveBeenCalledWith('Informe 2024');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ir a la hoja' })).toBeNull());
  });

  it('offers only a draft when an error is unresolved, naming its cell, and passes the source line', async () => {
    const grid = cleanMemoGrid();
    const { host, user } = renderPane({
      sheets: [{ ...grid, cells: grid.cells.map((row, r) => (r === 8 ? row.map((c, i) => (i === 3 ? { kind: 'text', value: 'abc' } : c)) : row)) }],
    });
    await check(user);
    expect(
      screen.getByText(/La hoja tiene 1 error que el informe no puede resolver \(D9\): corríjalo para insertar el informe final, o inserte un borrador/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Insertar informe anual' })).toBeNull();
    await user.click(button('Gráfico y fuente'));
    await user.type(screen.getByRole('textbox', { name: /Fuente/ }), 'Sistema Historial Laboral');
    await user.click(button('Insertar borrador'));
    expect(host.insertReport.mock.calls[0]![0]).toMatchObject({ kind: 'write', draft: true, chart: true, sheetName: 'Borrador 2024' });
    expect(host.insertReport.mock.calls[0]![0].claims.map((c) => c.value)).toContainEqual({ kind: 'text', text: 'Fuente: Sistema Historial Laboral.' });
  });

  it('says why the report could not be inserted', async () => {
    const { host, user } = renderPane();
    await check(user);
    host.insertReport.mockRejectedValueOnce(new HostFailure('unsupported', 'ApiNotFound'));
    await user.click(button('Insertar informe anual'));
    expect((await screen.findByText('No se pudo insertar el informe')).parentElement?.textContent).toContain('Actualice Office o use Excel en la Web');
  });
});

describe('language', () => {
  it.each([
    ['es-EC', 'Validar y conciliar', 'No cuadra', '150.251.586,37'],
    ['es-ES', 'Validar y conciliar', 'No cuadra', '150.251.586,37'],
    ['fr-FR', 'Validar y conciliar', 'No cuadra', '150.251.586,37'],
    ['en-US', 'Check and reconcile', 'Does not add up', '150,251,586.37'],
    ['EN-gb', 'Check and reconcile', 'Does not add up', '150,251,586.37'],
  ])('%s: the pane, the findings and the amounts follow Office’s display language', async (displayLanguage, checkLabel, status, total) => {
    const { user } = renderPane({ displayLanguage });
    await check(user, checkLabel);
    expect(statusText()).toContain(status);
    expect(screen.getByRole('table').textContent).toContain(total);
    const english = displayLanguage.toLowerCase().startsWith('en');
    await user.click(button(/^D19/));
    expect(document.getElementById(button(/^D19/).getAttribute('aria-controls')!)?.textContent).toContain(
      english ? 'D19: Expected 9,298,149.56' : 'D19: Esperado 9.298.149,56',
    );
    expect(screen.getByRole('main').getAttribute('lang')).toBe(english ? 'en' : 'es');
  });
});
