/** @jest-environment jsdom */
import { configure, screen, waitFor } from '@testing-library/react';
import type { PaneOptions } from '../../src/workflow/pane-options';
import { openAuditLogSwitch, renderPane } from './pane-driver';

jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const switchNamed = (name: string): HTMLInputElement => screen.getByRole('switch', { name }) as HTMLInputElement;

/** A save the test lets finish when it wants: the first one, held back. */
function heldFirstSave(save: jest.Mock): () => void {
  let release = (): void => undefined;
  save.mockImplementationOnce(() => new Promise<void>((resolve) => (release = resolve)));
  return () => release();
}

describe('the pane’s options, one record', () => {
  it('saves a switch clicked while another one’s save is under way with both values, not an older copy', async () => {
    const { host, user } = renderPane();
    const release = heldFirstSave(host.savePaneOptions);
    const auditLog = await openAuditLogSwitch(user);
    await waitFor(() => expect(auditLog.disabled).toBe(false));
    await user.click(auditLog);
    await waitFor(() => expect(host.savePaneOptions).toHaveBeenCalledTimes(1));
    // «Validar al editar» shows at once; its save waits for the audit log's.
    await user.click(switchNamed('Validar al editar'));
    expect(switchNamed('Validar al editar').checked).toBe(true);
    expect(switchNamed('Registro de auditoría').checked).toBe(false);
    release();
    await waitFor(() => expect(host.savePaneOptions).toHaveBeenCalledTimes(2));
    const saved = host.savePaneOptions.mock.calls.map(([options]) => options as PaneOptions);
    expect(saved).toEqual([
      { checkOnEdit: false, auditLog: true },
      { checkOnEdit: true, auditLog: true },
    ]);
    await waitFor(() => expect(switchNamed('Registro de auditoría').checked).toBe(true));
  });

  it('keeps the other option as the workbook had it', async () => {
    const { host, user } = renderPane({ paneOptions: { checkOnEdit: true, auditLog: true } });
    await waitFor(() => expect(switchNamed('Validar al editar').checked).toBe(true));
    await user.click(switchNamed('Validar al editar'));
    await waitFor(() => expect(host.savePaneOptions).toHaveBeenLastCalledWith({ checkOnEdit: false, auditLog: true }));
  });
});
