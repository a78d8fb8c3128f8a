/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { reconcile } from '../../src/domain/reconcile';
import { BootFailure } from '../../src/taskpane/app';
import { languageOf } from '../../src/taskpane/i18n';
import { statusOf, textNumberFixes, topIndicators } from '../../src/taskpane/pane-model';
import { MEMO_SHEET, memoGrid } from '../support/workbook-builder';
import { cleanMemoGrid, textMemoGrid } from './fake-host';

describe('languageOf', () => {
  it.each([
    ['es-EC', 'es'],
    ['es', 'es'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['EN-GB', 'en'],
    ['pt-BR', 'es'],
    ['', 'es'],
    [undefined, 'es'],
  ])('%p → %p', (display, lang) => {
    expect(languageOf(display)).toBe(lang);
  });
});

describe('what the pane derives from a reconciliation', () => {
  it.each([
    ['the memo as printed', memoGrid(), 'errors'],
    ['the memo as text', textMemoGrid(), 'errors'],
    ['the memo carried up', cleanMemoGrid(), 'clean'],
    ['a sheet without the table', { sheet: 'Vacía', top: 1, left: 1, cells: [] }, 'not-found'],
  ] as const)('status of %s: %s', (_, grid, status) => {
    expect(statusOf(reconcile(grid))).toBe(status);
  });

  it('shows the totals of the catalog roots and their children', () => {
    expect(topIndicators(reconcile(memoGrid()))).toEqual(['total', 'oportuna', 'mora']);
  });

  it('fixes only text cells a cell.text-number finding points at, with the number it spells', () => {
    const grid = textMemoGrid();
    const fixes = textNumberFixes(reconcile(grid), { sheets: [grid] });
    expect(fixes.slice(0, 2)).toEqual([
      { sheet: MEMO_SHEET, cell: 'B6', text: '12.742.937,65', value: 12742937.65 },
      { sheet: MEMO_SHEET, cell: 'C6', text: '11.868.052,21', value: 11868052.21 },
    ]);
    expect(fixes.every((f) => typeof f.value === 'number')).toBe(true);
    expect(textNumberFixes(reconcile(memoGrid()), { sheets: [memoGrid()] })).toEqual([]);
    // A workbook read without that sheet gives nothing to fix rather than a guess.
    expect(textNumberFixes(reconcile(grid), { sheets: [] })).toEqual([]);
  });
});

describe('when there is no pane to show', () => {
  it.each([
    ['es', 'Abra Cuadre desde Excel'],
    ['en', 'Open Cuadre from Excel'],
  ] as const)('opened outside Excel (%s)', (lang, title) => {
    render(<BootFailure problem={{ kind: 'outside-excel' }} lang={lang} />);
    expect(screen.getByText(title)).toBeTruthy();
  });

  it('the host could not start: what to do and the detail', () => {
    render(<BootFailure problem={{ kind: 'start-failed', detail: 'not yet wired' }} lang="es" />);
    expect(screen.getByText('Cuadre no pudo iniciarse').parentElement?.textContent).toContain('Cierre el panel y ábralo de nuevo');
    expect(screen.getByText('Detalle: not yet wired')).toBeTruthy();
  });
});
