/** @jest-environment jsdom */
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CuadreApp } from '../../src/taskpane/app';
import { readReviews, reviewKey } from '../../src/workflow/reviews';
import { MEMO_SHEET } from '../support/workbook-builder';
import { type FakeOptions, fakeHost } from './fake-host';

// The pane renders Fluent in jsdom: seconds per test on a machine shared by seven.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 10_000 });

const button = (name: string | RegExp): HTMLButtonElement => screen.getByRole('button', { name });

async function checked(options: FakeOptions = {}) {
  const host = fakeHost(options);
  render(<CuadreApp host={host} />);
  const user = userEvent.setup();
  await waitFor(() => expect(button('Validar y conciliar').disabled).toBe(false));
  await user.click(button('Validar y conciliar'));
  await screen.findByRole('table');
  return { host, user };
}

describe('«Revisado»', () => {
  it('marks a finding reviewed with a comment, kept in the workbook', async () => {
    const { host, user } = await checked();
    await user.click(button(/^H18/));
    await user.click(screen.getByRole('checkbox', { name: 'Revisado' }));
    const key = reviewKey({ sheet: MEMO_SHEET, code: 'adjustment.not-propagated', cell: 'H18' });
    await waitFor(() => expect(Object.keys(host.saveReviews.mock.calls.at(-1)![0])).toEqual([key]));
    expect(button(/^H18/).textContent).toBe('H18Ajuste no trasladado Revisado');

    await user.type(screen.getByRole('textbox', { name: 'Comentario (opcional)' }), 'Memo 0310 aprobado');
    await user.tab();
    await waitFor(() => expect(host.saveReviews.mock.calls.at(-1)![0][key]?.comment).toBe('Memo 0310 aprobado'));

    await user.click(screen.getByRole('checkbox', { name: 'Revisado' }));
    await waitFor(() => expect(host.saveReviews.mock.calls.at(-1)![0]).toEqual({}));
    expect(button(/^H18/).textContent).toBe('H18Ajuste no trasladado');
  });

  it('shows the marks the workbook holds on the next check', async () => {
    const key = reviewKey({ sheet: MEMO_SHEET, code: 'adjustment.not-propagated', cell: 'H18' });
    const { user } = await checked({ reviews: { [key]: { comment: 'Memo 0310 aprobado', at: '2024-07-05T10:00:00.000Z' } } });
    expect(button(/^H18/).textContent).toBe('H18Ajuste no trasladado Revisado');
    expect(button(/^D19/).textContent).toBe('D19No es la suma de sus partes');
    await user.click(button(/^H18/));
    expect((screen.getByRole('textbox', { name: 'Comentario (opcional)' }) as HTMLInputElement).value).toBe('Memo 0310 aprobado');
  });
});

describe('readReviews', () => {
  it.each<[string, unknown, string[]]>([
    ['nothing stored', undefined, []],
    ['not an object', ['x'], []],
    ['a mark and a broken entry', { a: { comment: '', at: '2024-07-05T10:00:00.000Z' }, b: { comment: 3 } }, ['a']],
  ])('%s', (_, data, keys) => {
    expect(Object.keys(readReviews(data))).toEqual(keys);
  });
});
