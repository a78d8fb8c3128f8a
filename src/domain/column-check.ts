import { holdsAmount } from './amount-cell';
import type { FindingDraft } from './finding-draft';
import { type Grid, cellAt } from './grid';
import type { LocatedTable } from './locate';

/** Amounts in a column without header, and indicator columns with no amount at all. */
export function checkColumns(grid: Grid, table: LocatedTable, emptyColumns: ReadonlySet<string>): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const firstMonth = table.body.find((r) => r.kind === 'month')!;
  for (const other of table.otherColumns) {
    const row = table.body.find((r) => r.kind === 'month' && holdsAmount(cellAt(grid, r.row, other.col)));
    if (row) findings.push({ code: 'column.unlabeled-data', row: row.row, col: other.col, detail: { text: other.header } });
  }
  for (const [key, col] of table.columns) {
    if (emptyColumns.has(key)) findings.push({ code: 'column.empty', row: table.headerCells.get(key)?.row ?? firstMonth.row, col, indicator: key });
  }
  return findings;
}
