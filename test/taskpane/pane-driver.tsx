import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { CuadreApp } from '../../src/taskpane/app';
import { type FakeHost, type FakeOptions, fakeHost } from './fake-host';

/** Driving the pane on the fake host as a user does: one copy for every Testing Library suite of the pane. */

export function renderPane(options: FakeOptions = {}): { host: FakeHost; user: UserEvent } {
  const host = fakeHost(options);
  render(<CuadreApp host={host} />);
  return { host, user: userEvent.setup() };
}

export const button = (name: string | RegExp): HTMLButtonElement => screen.getByRole('button', { name });

/** Clicks the main button once the workbook's settings are in, and waits until the reading is over. */
export async function clickCheck(user: UserEvent, name = 'Validar y conciliar'): Promise<void> {
  await waitFor(() => expect(button(name).disabled).toBe(false));
  await user.click(button(name));
  await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
}

/** Opens «Configuración» and gives the audit log's switch («Registro de auditoría»). */
export async function openAuditLogSwitch(user: UserEvent): Promise<HTMLInputElement> {
  await user.click(button('Configuración'));
  return (await screen.findByRole('switch', { name: 'Registro de auditoría' })) as HTMLInputElement;
}
