/**
 * How a sheet says Cuadre wrote it (RECONCILIATION.md §2: a sheet Cuadre wrote is never a
 * source): a sheet-scoped defined name, which both hosts can read (the .xlsx reader in the
 * workbook part's `definedNames`, Office.js in `Worksheet.names`), which travels with the sheet
 * when it is renamed, moved or copied, and which a person does not see in the cells. Both
 * writers put `REPORT_MARKER` on every report sheet; the add-in puts `LOG_MARKER` on its audit
 * log («Registro Cuadre»). Both readers report them on the grid (`Grid.isReport`, `Grid.isLog`).
 */
export const REPORT_MARKER = '_CuadreInforme';

/** What the name refers to on its sheet: the report's first cell. */
export const REPORT_MARKER_CELL = '$A$1';

/** The audit log's marker (src/workflow/audit-log.ts): the log is found by it when the user renamed the sheet. */
export const LOG_MARKER = '_CuadreRegistro';

/** What the log's marker refers to: the log's first cell. */
export const LOG_MARKER_CELL = '$A$1';

/**
 * The name the audit log gets when Cuadre creates it; found by its marker (`LOG_MARKER`) when
 * renamed. Here rather than in src/workflow/audit-log.ts, which re-exports it, so that the pane's
 * switch naming it does not bring the log's planning into the pane's first JavaScript.
 */
export const LOG_SHEET_NAME = 'Registro Cuadre';
