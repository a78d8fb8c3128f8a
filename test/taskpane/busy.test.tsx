/** @jest-environment jsdom */
import { configure, act, render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { CuadreApp } from '../../src/taskpane/app';
import { type FakeHost, fakeHost } from './fake-host';

/** One action at a time across the pane (issue 12, item 1). */

function renderPane(): { host: FakeHost; user: UserEvent } {
  const host = fakeHost();
  render(<CuadreApp host={host} />);
  return { host, user: userEvent.setup() };
}

// The pane renders Fluent in jsdom: seconds per test on a machine shared by seven.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const button = (name: string | RegExp): HTMLButtonElement => screen.getByRole('button', { name });
const waiting = (b: HTMLButtonElement): boolean => b.getAttribute('aria-disabled') === 'true' || b.disabled;

async function check(user: UserEvent, host: FakeHost): Promise<void> {
  await waitFor(() => expect(waiting(button(/Validar/))).toBe(false));
  const before = host.readWorkbook.mock.calls.length;
  await user.click(button(/Validar/));
  await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(before + 1));
  await screen.findByRole('table');
}

/** A promise the test settles: the host call stays in flight until then. */
function pending<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('one action at a time', () => {
  it('keeps «Validar» and every other action waiting while the report is inserted, focusable', async () => {
    const { host, user } = renderPane();
    await check(user, host);
    const insertion = pending<{ sheetName: string }>();
    host.insertReport.mockReturnValueOnce(insertion.promise);
    await user.click(button(/Insertar informe/));

    for (const name of [/Validar/, /Resaltar en la hoja/]) expect(button(name).getAttribute('aria-disabled')).toBe('true');
    await user.click(button(/Validar/));
    await user.click(button(/Resaltar en la hoja/));
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    expect(host.highlight).not.toHaveBeenCalled();

    await act(async () => insertion.resolve({ sheetName: 'Informe 2024' }));
    await waitFor(() => expect(button(/Validar/).getAttribute('aria-disabled')).toBeNull());
    await user.click(button(/Validar/));
    await waitFor(() => expect(host.readWorkbook).toHaveBeenCalledTimes(2));
  });

  it('inserts one report for a double-click, even when the first insertion is over before the second click', async () => {
    const { host, user } = renderPane();
    await check(user, host);
    await user.dblClick(button(/Insertar informe/));
    await screen.findByText(/Se creó la hoja «Informe 2024»/);
    expect(host.insertReport).toHaveBeenCalledTimes(1);
  });

  it('checks once for a double-click on «Validar»', async () => {
    const { host, user } = renderPane();
    await waitFor(() => expect(waiting(button(/Validar/))).toBe(false));
    await user.dblClick(button(/Validar/));
    await screen.findByRole('table');
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
  });

  it('keeps focus on the button that waits, so the keyboard user is not sent to the page body', async () => {
    const { host, user } = renderPane();
    const reading = pending<Awaited<ReturnType<FakeHost['readWorkbook']>>>();
    host.readWorkbook.mockReturnValueOnce(reading.promise);
    await waitFor(() => expect(waiting(button(/Validar/))).toBe(false));
    button(/Validar/).focus();
    await user.keyboard('{Enter}');
    expect(button(/Validar/).getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button(/Validar/));
    await user.keyboard('{Enter}');
    expect(host.readWorkbook).toHaveBeenCalledTimes(1);
    await act(async () => reading.resolve({ sheets: [], activeSheet: undefined }));
  });
});
