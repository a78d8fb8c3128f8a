/**
 * How a sheet says Cuadre wrote it (RECONCILIATION.md §2: a report is never a source): a
 * sheet-scoped defined name, which both hosts can read (the .xlsx reader in the workbook part's
 * `definedNames`, Office.js in `Worksheet.names`), which travels with the sheet when it is
 * renamed, moved or copied, and which a person does not see in the cells. Both writers put it
 * on every report sheet; both readers report it on the grid (`Grid.isReport`).
 */
export const REPORT_MARKER = '_CuadreInforme';

/** What the name refers to on its sheet: the report's first cell. */
export const REPORT_MARKER_CELL = '$A$1';
