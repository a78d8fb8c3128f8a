import type { Catalog } from './catalog';
import { a1, columnLetters } from './grid';
import type { LocatedTable } from './locate';
import type { Period } from './period';
import type { TableInfo } from './reconciliation';

/** Where the located table is, as the JSON and the hosts name it (letters, A1 ranges). */
export function tableInfo(catalog: Catalog, table: LocatedTable, period: Period): TableInfo {
  const lastRow = table.body[table.body.length - 1]?.row ?? table.headerRows[table.headerRows.length - 1]!;
  const columns: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const indicator of catalog.indicators) {
    const col = table.columns.get(indicator.key);
    if (col === undefined) continue;
    columns[indicator.key] = columnLetters(col);
    headers[indicator.key] = table.headerCells.get(indicator.key)?.text ?? '';
  }
  return {
    range: `${a1(table.headerRows[0]!, table.firstCol)}:${a1(lastRow, table.lastCol)}`,
    year: table.year,
    region: table.region,
    period,
    columns,
    labelColumn: columnLetters(table.labelCol),
    headerRows: table.headerRows,
    totalsRow: table.body.find((r) => r.kind === 'totals')?.row ?? null,
    headers,
  };
}
