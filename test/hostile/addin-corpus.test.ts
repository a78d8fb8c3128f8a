import { checkWorkbook } from '../../src/workflow/check';
import { HostFailure } from '../../src/workflow/port';
import { hostileBooks } from '../support/hostile-workbooks';
import { officeWith, readForCheck } from '../support/office-sim';
import { gridFrom } from '../support/workbook-builder';

/**
 * The add-in's side of the hostile corpus: the same generated workbooks, loaded into the
 * in-memory Excel, go through what the pane does (read, reconcile, highlight, clear). Each
 * ends in findings or in a HostFailure the pane shows as a MessageBar, and no value changes.
 */

const BOOKS = hostileBooks(2024).filter((b) => b.sheets.length > 0);

describe('hostile workbooks in the add-in', () => {
  it.each(BOOKS.map((b) => [b.name, b] as const))('%s', async (_name, book) => {
    const grids = book.sheets.map((s) => gridFrom(s.rows, { sheet: s.name, top: s.top ?? 1, left: s.left ?? 1 }));
    const office = officeWith(grids);
    const before = grids.map((g) => office.sim.snapshot(g.sheet).values);
    try {
      const workbook = await readForCheck(office.host);
      const choice = checkWorkbook(workbook);
      expect(choice.ok).toBe(true);
      const findings = choice.ok ? choice.reconciliation.findings : [];
      for (const f of findings) expect(f.message).not.toBe('');
      await office.host.highlight(findings);
      await office.host.clearHighlights();
    } catch (error) {
      // The pane turns exactly these into a MessageBar; anything else would be a crash.
      expect(error).toBeInstanceOf(HostFailure);
    }
    expect(grids.map((g) => office.sim.snapshot(g.sheet).values)).toEqual(before);
  });
});
