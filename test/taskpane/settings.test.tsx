/** @jest-environment jsdom */
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { defaultCatalog } from '../../src/domain/catalog';
import { CuadreApp } from '../../src/taskpane/app';
import { HostFailure } from '../../src/workflow/port';
import { parseTolerance, readCatalogJson, settingsFromStore } from '../../src/workflow/settings';
import { type FakeOptions, fakeHost } from './fake-host';

// The pane renders Fluent in jsdom: seconds per test on a machine shared by seven.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

async function openSettings(options: FakeOptions = {}) {
  const host = fakeHost(options);
  render(<CuadreApp host={host} />);
  const user = userEvent.setup();
  const toggle = screen.getByRole('button', { name: 'Configuración' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await user.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  await screen.findByRole('textbox', { name: /Tolerancia/ });
  return { host, user };
}

const tolerance = (): HTMLInputElement => screen.getByRole('textbox', { name: /Tolerancia/ });
const catalog = (): HTMLTextAreaElement => screen.getByRole('textbox', { name: /Catálogo de indicadores/ });

async function replace(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

describe('settings in the pane', () => {
  it('shows the tolerance in es-EC and the catalog as JSON', async () => {
    await openSettings({ stored: { tolerance: '0.01' } });
    await waitFor(() => expect(tolerance().value).toBe('0,01'));
    expect(JSON.parse(catalog().value)).toEqual(defaultCatalog());
  });

  it('saves a valid tolerance and catalog in the workbook', async () => {
    const { host, user } = await openSettings();
    await replace(user, tolerance(), '0,05');
    const edited = { indicators: [...defaultCatalog().indicators.slice(0, 3)] };
    await replace(user, catalog(), JSON.stringify(edited));
    await user.click(screen.getByRole('button', { name: 'Guardar configuración' }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    const saved = host.saveSettings.mock.calls[0]![0];
    expect(saved.tolerance).toBe('0.05');
    expect(saved.catalog.indicators.map((i) => i.key)).toEqual(['total', 'oportuna', 'mora']);
    expect(await screen.findByText('Configuración guardada en el libro. Vuelva a validar para aplicarla.')).toBeTruthy();
  });

  it('refuses a tolerance that is not an amount of cents of 0 or more', async () => {
    const { host, user } = await openSettings();
    await replace(user, tolerance(), '-1');
    await user.click(screen.getByRole('button', { name: 'Guardar configuración' }));
    expect(screen.getByText('Escriba un importe de 0 o más, en centavos, por ejemplo 0,01.')).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it('says when the catalog is not JSON, and lists what is wrong with a catalog that is', async () => {
    const { host, user } = await openSettings();
    await replace(user, catalog(), '{ "indicators": [');
    await user.click(screen.getByRole('button', { name: 'Guardar configuración' }));
    expect(screen.getByText(/El texto no es JSON válido/)).toBeTruthy();

    const orphan = { indicators: [{ key: 'total', labels: ['TOTAL'], parent: 'nada' }] };
    await replace(user, catalog(), JSON.stringify(orphan));
    await user.click(screen.getByRole('button', { name: 'Guardar configuración' }));
    expect(screen.getByText('El catálogo tiene problemas; corríjalos para guardarlo:')).toBeTruthy();
    expect(screen.getByText('total: El padre "nada" de "total" no existe.')).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Restablecer predeterminado' }));
    expect(JSON.parse(catalog().value)).toEqual(defaultCatalog());
    expect(screen.queryByText(/El catálogo tiene problemas/)).toBeNull();
  });

  it('says when the workbook would not keep the settings', async () => {
    const { host, user } = await openSettings();
    host.saveSettings.mockRejectedValueOnce(new HostFailure('unknown', 'saveAsync failed: InternalError'));
    await user.click(screen.getByRole('button', { name: 'Guardar configuración' }));
    const title = await screen.findByText('No se pudo guardar la configuración');
    expect(title.parentElement?.textContent).toContain('Detalle: saveAsync failed: InternalError');
  });

  it('warns when the workbook holds settings that are not valid, and uses the defaults', async () => {
    await openSettings({ stored: { tolerance: 'mucho', catalog: { indicators: [] } } });
    expect(screen.getByText(/La configuración guardada en este libro no es válida/)).toBeTruthy();
    expect(tolerance().value).toBe('0,00');
  });

  it('is in English where Office is', async () => {
    const host = fakeHost({ displayLanguage: 'en-US', stored: { tolerance: '0.01' } });
    render(<CuadreApp host={host} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Settings' }));
    expect(((await screen.findByRole('textbox', { name: /Tolerance/ })) as HTMLInputElement).value).toBe('0.01');
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeTruthy();
  });
});

describe('reading settings', () => {
  it.each([
    ['0', '0.00'],
    ['0,01', '0.01'],
    ['0.01', '0.01'],
    ['1,50', '1.50'],
    ['-0,01', null],
    ['0,005', null],
    ['mucho', null],
    ['', null],
  ])('tolerance %p → %p', (text, expected) => {
    expect(parseTolerance(text)).toBe(expected);
  });

  it('takes what is missing from the defaults and flags what is invalid', () => {
    expect(settingsFromStore({})).toEqual({ settings: { tolerance: '0.00', catalog: defaultCatalog() }, invalid: false });
    expect(settingsFromStore({ tolerance: '0.02' }).settings.tolerance).toBe('0.02');
    expect(settingsFromStore({ tolerance: 0.02 })).toMatchObject({ settings: { tolerance: '0.00' }, invalid: true });
    expect(settingsFromStore({ catalog: 'no' })).toMatchObject({ settings: { catalog: defaultCatalog() }, invalid: true });
  });

  it('tells a JSON syntax error from catalog problems', () => {
    expect(readCatalogJson('{')).toMatchObject({ ok: false, problems: [] });
    expect(readCatalogJson('{"indicators": []}')).toMatchObject({ ok: false, syntax: null });
    expect(readCatalogJson(JSON.stringify(defaultCatalog()))).toEqual({ ok: true, catalog: defaultCatalog() });
  });
});
