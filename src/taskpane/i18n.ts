import type { Severity } from '../domain/findings';
import { monthName } from '../domain/months';
import type { Lang } from '../domain/lang';
import type { Amount } from '../domain/money';
import type { Headline } from './outcome';
import type { HostFailureReason, ReadProgress } from '../workflow/port';
import type { AdjustmentPolicy } from '../report/adjustments';
import { useHost } from './host-context';

/** What the pane was doing when the host failed: names the failure's title. */
export type Operation =
  | 'check'
  | 'select'
  | 'highlight'
  | 'clear'
  | 'fix'
  | 'report'
  | 'activate'
  | 'load-settings'
  | 'save-settings'
  | 'load-reviews'
  | 'save-reviews'
  | 'load-last-check'
  | 'save-pane-options'
  /** Appending the audit log's row of a check, of a report (the check or the report itself went through). */
  | 'log-check'
  | 'log-report'
  | 'save-audit-log';

export type Status = 'clean' | 'warnings' | 'errors' | 'not-found';

/** Every word the pane shows. Finding messages come from the domain in the same language. */
export interface Strings {
  readonly check: string;
  readonly checkHint: string;
  readonly reading: (progress: ReadProgress | null) => string;
  readonly status: Readonly<Record<Status, string>>;
  readonly tableAt: (sheet: string, range: string, year: number | null, region: string | null) => string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly totals: string;
  readonly totalsColumns: { readonly reported: string; readonly reconciled: string; readonly difference: string };
  /** The check's result in one sentence; `money` formats an amount in the pane's language. */
  readonly headline: (headline: Headline, money: (a: Amount) => string) => string;
  /** A finding's short title, by code (a code this pane does not know yet shows as it is). */
  readonly findingTitle: (code: string) => string;
  readonly noAmount: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
  readonly goToCell: (cell: string) => string;
  readonly reviewed: string;
  readonly reviewComment: string;
  readonly reviewedOn: (date: string) => string;
  readonly sheetActions: string;
  readonly highlight: string;
  readonly highlightHint: (notes: boolean) => string;
  readonly clearHighlights: string;
  readonly highlighted: string;
  readonly cleared: string;
  /** Highlights of deleted sheets that were forgotten. */
  readonly lostHighlights: (sheets: readonly string[]) => string;
  readonly fixTextNumbers: (count: number) => string;
  readonly fixed: (fixed: number, changed: number) => string;
  readonly report: string;
  readonly policy: string;
  readonly policies: Readonly<Record<AdjustmentPolicy, { readonly label: string; readonly hint: string }>>;
  readonly chart: string;
  /** The disclosure that holds the chart switch and the source line. */
  readonly reportOptions: string;
  readonly insertReport: string;
  readonly inserting: string;
  /** The gate refuses the final report: `where` lists the unresolved findings' cells. */
  readonly reportRefusedTitle: string;
  readonly reportRefused: (errors: number, where: string) => string;
  /** The gate lets the report through: the errors of the sheet's totals row (`cells`) it resolves, by policy. */
  readonly reportResolvesTitle: string;
  readonly reportResolves: (cells: string, policy: AdjustmentPolicy) => string;
  readonly insertDraft: string;
  readonly source: string;
  readonly sourceHint: string;
  readonly inserted: (sheet: string) => string;
  /** Before ExcelApi 1.9 (Excel 2019) the report goes without print setup. */
  readonly noPrintSetup: string;
  readonly goToSheet: string;
  readonly settings: string;
  readonly tolerance: string;
  readonly toleranceHint: string;
  readonly toleranceInvalid: string;
  readonly catalog: string;
  readonly catalogHint: string;
  readonly catalogNotJson: (detail: string) => string;
  readonly catalogProblems: string;
  readonly resetCatalog: string;
  readonly saveSettings: string;
  readonly saved: string;
  readonly storedSettingsInvalidTitle: string;
  readonly storedSettingsInvalid: string;
  readonly noUndoTitle: string;
  readonly noUndoBody: string;
  readonly proceed: string;
  readonly cancel: string;
  readonly dismiss: string;
  /** The audit log's switch, and what it does (`sheet`: the log's name, «Registro Cuadre»). */
  readonly auditLog: string;
  readonly auditLogHint: (sheet: string) => string;
  readonly failed: Readonly<Record<Operation, string>>;
  readonly reasons: Readonly<Record<HostFailureReason, string>>;
  readonly detail: (detail: string) => string;
  readonly outsideExcel: { readonly title: string; readonly body: string };
  readonly startFailed: { readonly title: string; readonly body: string };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Each finding in a few words, for its one line in the list (the full message is under it). */
const ES_TITLES: Readonly<Record<string, string>> = {
  'table.not-found': 'No se encontró la tabla',
  'table.other-sheet': 'La tabla está en otra hoja',
  'period.partial': 'Año en curso',
  'header.missing-indicator': 'Falta una columna',
  'header.duplicate-indicator': 'Columna repetida',
  'header.unknown-code': 'Código desconocido',
  'header.label-mismatch': 'Código y nombre no coinciden',
  'column.unlabeled-data': 'Columna sin encabezado',
  'column.empty': 'Columna vacía',
  'month.missing': 'Falta un mes',
  'month.duplicate': 'Mes repetido',
  'month.out-of-order': 'Meses fuera de orden',
  'month.restated': 'Mes cambiado desde la última revisión',
  'row.unrecognized': 'Fila no reconocida',
  'cell.text-number': 'Importe escrito como texto',
  'cell.invalid-number': 'No es un importe',
  'cell.error-value': 'Error de Excel',
  'cell.not-calculated': 'Fórmula sin calcular',
  'cell.blank': 'Celda vacía',
  'cell.negative': 'Importe negativo',
  'cell.sub-cent': 'Fracciones de centavo',
  'identity.breakdown': 'No es la suma de sus partes',
  'total.mismatch': 'El total no suma los meses',
  'total.missing-row': 'Sin fila de totales',
  'adjustment.missing-reference': 'Ajuste sin documento',
  'adjustment.not-propagated': 'Ajuste no trasladado',
};

const EN_TITLES: Readonly<Record<string, string>> = {
  'table.not-found': 'Table not found',
  'table.other-sheet': 'The table is on another sheet',
  'period.partial': 'Year in progress',
  'header.missing-indicator': 'A column is missing',
  'header.duplicate-indicator': 'Column repeated',
  'header.unknown-code': 'Unknown code',
  'header.label-mismatch': 'Code and name disagree',
  'column.unlabeled-data': 'Column without a header',
  'column.empty': 'Empty column',
  'month.missing': 'A month is missing',
  'month.duplicate': 'Month repeated',
  'month.out-of-order': 'Months out of order',
  'month.restated': 'Month changed since the last check',
  'row.unrecognized': 'Row not recognized',
  'cell.text-number': 'Amount stored as text',
  'cell.invalid-number': 'Not an amount',
  'cell.error-value': 'Excel error',
  'cell.not-calculated': 'Formula not calculated',
  'cell.blank': 'Blank cell',
  'cell.negative': 'Negative amount',
  'cell.sub-cent': 'Fractions of a cent',
  'identity.breakdown': 'Not the sum of its parts',
  'total.mismatch': 'Total is not the sum of the months',
  'total.missing-row': 'No totals row',
  'adjustment.missing-reference': 'Adjustment without a document',
  'adjustment.not-propagated': 'Adjustment not carried up',
};

const ES: Strings = {
  check: 'Validar y conciliar',
  checkHint: 'Lee el libro, busca la tabla de recaudación (primero en la hoja activa) y comprueba que cada total sea la suma de sus meses y de sus partes.',
  reading: (p) => (p === null ? 'Leyendo el libro…' : `Leyendo la hoja «${p.sheet}» (hoja ${p.done} de ${p.total})…`),
  status: { clean: 'Cuadra', warnings: 'Cuadra, con advertencias', errors: 'No cuadra', 'not-found': 'Tabla no encontrada' },
  tableAt: (sheet, range, year, region) => [`Hoja «${sheet}»`, `tabla ${range}`, year === null ? null : `año ${year}`, region].filter(Boolean).join(' · '),
  severity: { error: 'Errores', warning: 'Advertencias', info: 'Informativos' },
  totals: 'Totales',
  totalsColumns: { reported: 'Informado', reconciled: 'Meses + ajustes', difference: 'Diferencia' },
  headline: (h, money) => {
    const more = (n: number): string => (n === 0 ? '' : ` Y ${plural(n, 'error', 'errores')} más.`);
    switch (h.kind) {
      case 'gap': {
        const who =
          h.month === null ? `${h.root ? 'Al' : 'A'} ${h.name} del total` : `${h.root ? 'Al' : 'A'} ${h.name} de ${monthName(h.month, 'es').toLowerCase()}`;
        const cause =
          h.unCarriedAdjustment === null ? (h.cell === undefined ? '.' : ` (celda ${h.cell}).`) : `: el ajuste de ${h.unCarriedAdjustment} no se trasladó.`;
        return `${who} le ${h.short ? 'faltan' : 'sobran'} ${money(h.gap)}${cause}${more(h.moreErrors)}`;
      }
      case 'error':
        return `${ES.findingTitle(h.finding.code)}${h.finding.cell === undefined ? '' : ` en ${h.finding.cell}`}.${more(h.moreErrors)}`;
      case 'warnings':
        return `Los totales cuadran; revise ${plural(h.count, 'advertencia', 'advertencias')}.`;
      case 'clean':
        return 'Cada total es la suma de sus meses y de sus partes.';
      case 'not-found':
        return `No se encontró la tabla de recaudación en la hoja «${h.sheet}».`;
    }
  },
  findingTitle: (code) => ES_TITLES[code] ?? code,
  noAmount: '—',
  findings: 'Hallazgos',
  noFindings: 'Sin hallazgos: cada total es la suma de sus meses y de sus partes.',
  expected: 'Esperado',
  actual: 'En la hoja',
  difference: 'Diferencia',
  goToCell: (cell) => `Ir a la celda ${cell}`,
  reviewed: 'Revisado',
  reviewComment: 'Comentario (opcional)',
  reviewedOn: (date) => `Revisado el ${date}`,
  sheetActions: 'En la hoja',
  highlight: 'Resaltar en la hoja',
  highlightHint: (notes) =>
    notes ? 'Colorea las celdas con hallazgos según su gravedad y les añade una nota con el mensaje.' : 'Colorea las celdas con hallazgos según su gravedad.',
  clearHighlights: 'Quitar resaltado',
  highlighted: 'Celdas resaltadas. «Quitar resaltado» devuelve su formato anterior.',
  cleared: 'Se quitó el resaltado.',
  lostHighlights: (sheets) =>
    `No se encontró ${sheets.length === 1 ? 'la hoja' : 'las hojas'} ${sheets.map((n) => `«${n}»`).join(', ')} del resaltado anterior (¿se eliminó?): se olvidó ese resaltado.`,
  fixTextNumbers: (n) => `Corregir números en texto (${n})`,
  fixed: (fixed, changed) =>
    `Se ${fixed === 1 ? 'convirtió' : 'convirtieron'} ${plural(fixed, 'celda', 'celdas')} en ${fixed === 1 ? 'número' : 'números'}.` +
    (changed > 0 ? ` ${plural(changed, 'celda cambió', 'celdas cambiaron')} desde la validación y no se ${changed === 1 ? 'tocó' : 'tocaron'}.` : ''),
  report: 'Informe anual',
  policy: 'Ajustes',
  policies: {
    propagate: {
      label: 'Llevar los ajustes a los totales (recomendado)',
      hint: 'Cada ajuste se suma también a los indicadores que lo contienen, con fórmulas que remiten a su celda.',
    },
    'as-reported': {
      label: 'Como en la hoja',
      hint: 'Se copian las cifras tal como están en la hoja; una nota al pie dice qué ajuste deja fuera cada total.',
    },
  },
  chart: 'Incluir gráfico',
  reportOptions: 'Gráfico y fuente',
  insertReport: 'Insertar informe anual',
  inserting: 'Insertando el informe…',
  reportRefusedTitle: 'Solo un borrador',
  reportResolvesTitle: 'Lo que el informe corrige',
  reportRefused: (n, where) =>
    n === 1
      ? `La hoja tiene 1 error que el informe no puede resolver (${where}): corríjalo para insertar el informe final, o inserte un borrador.`
      : `La hoja tiene ${n} errores que el informe no puede resolver (${where}): corríjalos para insertar el informe final, o inserte un borrador.`,
  reportResolves: (cells, policy) =>
    policy === 'propagate'
      ? `Lo que no cuadra en la fila de totales de la hoja (${cells}) no pasa al informe: su fila TOTAL suma sus propias filas, y una nota al pie dice qué decía la hoja.`
      : `Lo que no cuadra en la fila de totales de la hoja (${cells}) sigue así en el informe, que lo indica en una nota al pie.`,
  insertDraft: 'Insertar borrador',
  source: 'Fuente (nota al pie)',
  sourceHint: 'Por ejemplo «Sistema Historial Laboral, corte al 31 de diciembre de 2024». Vacía: la hoja y el rango.',
  inserted: (sheet) => `Se creó la hoja «${sheet}» con el informe anual.`,
  noPrintSetup:
    'Esta versión de Excel (2019 o anterior) no admite la configuración de impresión: el informe se inserta sin ella (tamaño A4, orientación y títulos a mano).',
  goToSheet: 'Ir a la hoja',
  settings: 'Configuración',
  tolerance: 'Tolerancia (USD)',
  toleranceHint: 'La mayor diferencia que se acepta como cuadre. 0 exige cuadre exacto al centavo.',
  toleranceInvalid: 'Escriba un importe de 0 o más, en centavos, por ejemplo 0,01.',
  catalog: 'Catálogo de indicadores (JSON)',
  catalogHint: 'Cada indicador tiene clave, etiquetas, código y padre; cada padre debe ser la suma de sus hijos.',
  catalogNotJson: (detail) => `El texto no es JSON válido (${detail}). Corríjalo o restablezca el catálogo predeterminado.`,
  catalogProblems: 'El catálogo tiene problemas; corríjalos para guardarlo:',
  resetCatalog: 'Restablecer predeterminado',
  saveSettings: 'Guardar configuración',
  saved: 'Configuración guardada en el libro. Vuelva a validar para aplicarla.',
  storedSettingsInvalidTitle: 'Configuración no válida',
  storedSettingsInvalid:
    'La configuración guardada en este libro no es válida; se usan los valores predeterminados. Revísela en Configuración y guárdela de nuevo.',
  auditLog: 'Registro de auditoría',
  auditLogHint: (sheet) =>
    `Cada validación que pida y cada informe que inserte añaden una fila a la hoja «${sheet}» de este libro: fecha y hora, hoja, período, totales informados y conciliados, hallazgos, huella de las cifras e informe escrito.`,
  noUndoTitle: 'Ctrl+Z no podrá deshacer este cambio',
  noUndoBody:
    'Esta versión de Excel no agrupa los cambios del complemento: al escribir en el libro se vacía el historial de deshacer. Si lo necesita, guarde una copia del libro antes de continuar.',
  proceed: 'Continuar',
  cancel: 'Cancelar',
  dismiss: 'Cerrar',
  failed: {
    check: 'No se pudo validar el libro',
    select: 'No se pudo seleccionar la celda',
    highlight: 'No se pudieron resaltar las celdas',
    clear: 'No se pudo quitar el resaltado',
    fix: 'No se pudieron corregir los números en texto',
    report: 'No se pudo insertar el informe',
    activate: 'No se pudo abrir la hoja',
    'load-settings': 'No se pudo leer la configuración del libro; se usan los valores predeterminados',
    'save-settings': 'No se pudo guardar la configuración',
    'load-reviews': 'No se pudieron leer las marcas de «Revisado» del libro',
    'save-reviews': 'No se pudo guardar la marca de «Revisado»',
    'load-last-check': 'No se pudo leer la última revisión guardada en el libro',
    'save-pane-options': 'No se pudo guardar «Validar al editar» en el libro',
    'log-check': 'La revisión está hecha, pero no se pudo anotar en el registro de auditoría',
    'log-report': 'El informe está insertado, pero no se pudo anotar en el registro de auditoría',
    'save-audit-log': 'No se pudo guardar si el registro de auditoría está activado',
  },
  reasons: {
    'cell-editing': 'Excel está editando una celda: termine de editar la celda. Pulse Intro o Esc y vuelva a intentarlo.',
    protected: 'La hoja o el libro están protegidos. Quite la protección (Revisar > Desproteger hoja) y vuelva a intentarlo.',
    'not-found': 'La hoja o la celda ya no existen: el libro cambió. Vuelva a validar.',
    'too-large': 'La hoja tiene demasiados datos para leerlos de una vez. Borre el contenido y el formato que haya fuera de la tabla y vuelva a intentarlo.',
    busy: 'Excel está ocupado o el libro se está sincronizando. Espere un momento y vuelva a intentarlo.',
    unsupported: 'Esta versión de Excel no admite esta operación. Actualice Office o use Excel en la Web.',
    'no-undo': 'Excel no pudo agrupar este cambio para deshacerlo con Ctrl+Z, así que no se dejó nada escrito. Puede hacerlo sin poder deshacerlo.',
    unknown: 'Ocurrió un error inesperado. Vuelva a intentarlo; si se repite, envíe a soporte el detalle que sigue.',
  },
  detail: (detail) => `Detalle: ${detail}`,
  outsideExcel: { title: 'Abra Cuadre desde Excel', body: 'Esta página es el panel de un complemento de Excel: en Excel, vaya a Inicio > Cuadre.' },
  startFailed: {
    title: 'Cuadre no pudo iniciarse',
    body: 'Cierre el panel y ábralo de nuevo desde Inicio > Cuadre; si se repite, envíe a soporte el detalle que sigue.',
  },
};

const EN: Strings = {
  check: 'Check and reconcile',
  checkHint: 'Reads the workbook, finds the recovery table (the active sheet first) and checks that every total is the sum of its months and of its parts.',
  reading: (p) => (p === null ? 'Reading the workbook…' : `Reading sheet "${p.sheet}" (sheet ${p.done} of ${p.total})…`),
  status: { clean: 'Adds up', warnings: 'Adds up, with warnings', errors: 'Does not add up', 'not-found': 'Table not found' },
  tableAt: (sheet, range, year, region) => [`Sheet "${sheet}"`, `table ${range}`, year === null ? null : `year ${year}`, region].filter(Boolean).join(' · '),
  severity: { error: 'Errors', warning: 'Warnings', info: 'Information' },
  totals: 'Totals',
  totalsColumns: { reported: 'Reported', reconciled: 'Months + adjustments', difference: 'Difference' },
  headline: (h, money) => {
    const more = (n: number): string => (n === 0 ? '' : ` And ${plural(n, 'more error', 'more errors')}.`);
    switch (h.kind) {
      case 'gap': {
        const month = h.month === null ? '' : monthName(h.month, 'en');
        const who = h.month === null ? `${h.name} in the totals row` : `${h.name} for ${month.charAt(0)}${month.slice(1).toLowerCase()}`;
        const cause =
          h.unCarriedAdjustment === null
            ? h.cell === undefined
              ? '.'
              : ` (cell ${h.cell}).`
            : `: the adjustment in ${h.unCarriedAdjustment} was not carried up.`;
        return `${who} is ${money(h.gap)} ${h.short ? 'short' : 'over'}${cause}${more(h.moreErrors)}`;
      }
      case 'error':
        return `${EN.findingTitle(h.finding.code)}${h.finding.cell === undefined ? '' : ` in ${h.finding.cell}`}.${more(h.moreErrors)}`;
      case 'warnings':
        return `The totals add up; review ${plural(h.count, 'warning', 'warnings')}.`;
      case 'clean':
        return 'Every total is the sum of its months and of its parts.';
      case 'not-found':
        return `The recovery table was not found on sheet "${h.sheet}".`;
    }
  },
  findingTitle: (code) => EN_TITLES[code] ?? code,
  noAmount: '—',
  findings: 'Findings',
  noFindings: 'No findings: every total is the sum of its months and of its parts.',
  expected: 'Expected',
  actual: 'In the sheet',
  difference: 'Difference',
  goToCell: (cell) => `Go to cell ${cell}`,
  reviewed: 'Reviewed',
  reviewComment: 'Comment (optional)',
  reviewedOn: (date) => `Reviewed on ${date}`,
  sheetActions: 'In the sheet',
  highlight: 'Highlight in the sheet',
  highlightHint: (notes) =>
    notes ? 'Colours the cells with findings by severity and adds a note with the message.' : 'Colours the cells with findings by severity.',
  clearHighlights: 'Remove highlighting',
  highlighted: 'Cells highlighted. "Remove highlighting" restores their previous format.',
  cleared: 'Highlighting removed.',
  lostHighlights: (sheets) =>
    `The ${sheets.length === 1 ? 'sheet' : 'sheets'} ${sheets.map((n) => `"${n}"`).join(', ')} of the earlier highlighting ${sheets.length === 1 ? 'was' : 'were'} not found (deleted?): that highlighting was forgotten.`,
  fixTextNumbers: (n) => `Fix numbers stored as text (${n})`,
  fixed: (fixed, changed) =>
    `${plural(fixed, 'cell', 'cells')} converted to numbers.` +
    (changed > 0 ? ` ${plural(changed, 'cell', 'cells')} changed since the check and ${changed === 1 ? 'was' : 'were'} left alone.` : ''),
  report: 'Annual report',
  policy: 'Adjustments',
  policies: {
    propagate: {
      label: 'Carry adjustments up (recommended)',
      hint: 'Each adjustment is also added to the indicators that contain it, by formulas that refer to its cell.',
    },
    'as-reported': {
      label: 'As in the sheet',
      hint: "The sheet's figures are copied as they are; a footnote says which adjustment each total leaves out.",
    },
  },
  chart: 'Include a chart',
  reportOptions: 'Chart and source',
  insertReport: 'Insert annual report',
  inserting: 'Inserting the report…',
  reportRefusedTitle: 'A draft only',
  reportResolvesTitle: 'What the report corrects',
  reportRefused: (n, where) =>
    `The sheet has ${n === 1 ? '1 error' : `${n} errors`} the report cannot resolve (${where}): fix ${n === 1 ? 'it' : 'them'} to insert the final report, or insert a draft.`,
  reportResolves: (cells, policy) =>
    policy === 'propagate'
      ? `What does not add up on the sheet's totals row (${cells}) does not reach the report: its TOTAL row adds up its own rows, and a footnote says what the sheet said.`
      : `What does not add up on the sheet's totals row (${cells}) stays so in the report, which says so in a footnote.`,
  insertDraft: 'Insert draft',
  source: 'Source (footnote)',
  sourceHint: 'For example "Sistema Historial Laboral, cut-off December 31, 2024". Empty: the sheet and range.',
  inserted: (sheet) => `Sheet "${sheet}" was created with the annual report.`,
  noPrintSetup:
    'This version of Excel (2019 or earlier) has no print setup for add-ins: the report is inserted without it (set A4, orientation and titles by hand).',
  goToSheet: 'Go to the sheet',
  settings: 'Settings',
  tolerance: 'Tolerance (USD)',
  toleranceHint: 'The largest difference still taken as reconciled. 0 means exact to the cent.',
  toleranceInvalid: 'Type an amount of 0 or more, in cents, for example 0.01.',
  catalog: 'Indicator catalog (JSON)',
  catalogHint: 'Each indicator has a key, labels, a code and a parent; every parent must be the sum of its children.',
  catalogNotJson: (detail) => `The text is not valid JSON (${detail}). Fix it or reset the default catalog.`,
  catalogProblems: 'The catalog has problems; fix them to save it:',
  resetCatalog: 'Reset to default',
  saveSettings: 'Save settings',
  saved: 'Settings saved in the workbook. Check again to apply them.',
  storedSettingsInvalidTitle: 'Settings not valid',
  storedSettingsInvalid: 'The settings saved in this workbook are not valid; the defaults are used. Review them in Settings and save them again.',
  auditLog: 'Audit log',
  auditLogHint: (sheet) =>
    `Each check you run and each report you insert adds a row to the «${sheet}» sheet of this workbook: date and time, sheet, period, reported and reconciled totals, findings, the figures' fingerprint and the report written. The log is kept in Spanish.`,
  noUndoTitle: 'Ctrl+Z will not undo this change',
  noUndoBody:
    "This version of Excel does not group the add-in's changes: writing to the workbook clears the undo history. Save a copy of the workbook first if you need one.",
  proceed: 'Continue',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  failed: {
    check: 'Could not check the workbook',
    select: 'Could not select the cell',
    highlight: 'Could not highlight the cells',
    clear: 'Could not remove the highlighting',
    fix: 'Could not fix the numbers stored as text',
    report: 'Could not insert the report',
    activate: 'Could not open the sheet',
    'load-settings': "Could not read the workbook's settings; the defaults are used",
    'save-settings': 'Could not save the settings',
    'load-reviews': "Could not read the workbook's «Reviewed» marks",
    'save-reviews': 'Could not save the «Reviewed» mark',
    'load-last-check': "Could not read the workbook's last saved check",
    'save-pane-options': 'Could not save "Check as I edit" in the workbook',
    'log-check': 'The check is done, but it could not be added to the audit log',
    'log-report': 'The report is inserted, but it could not be added to the audit log',
    'save-audit-log': 'Could not save whether the audit log is on',
  },
  reasons: {
    'cell-editing': 'Excel is editing a cell. Press Enter or Esc to finish editing and try again.',
    protected: 'The sheet or workbook is protected. Unprotect it (Review > Unprotect Sheet) and try again.',
    'not-found': 'The sheet or cell no longer exists: the workbook changed. Check again.',
    'too-large': 'The sheet holds too much data to read at once. Clear the content and formatting outside the table and try again.',
    busy: 'Excel is busy or the workbook is syncing. Wait a moment and try again.',
    unsupported: 'This version of Excel does not support this operation. Update Office or use Excel on the web.',
    'no-undo': 'Excel could not group this change so Ctrl+Z undoes it, so nothing was left written. You can make it without being able to undo it.',
    unknown: 'Something unexpected happened. Try again; if it happens again, send the detail below to support.',
  },
  detail: (detail) => `Detail: ${detail}`,
  outsideExcel: { title: 'Open Cuadre from Excel', body: 'This page is the pane of an Excel add-in: in Excel, go to Home > Cuadre.' },
  startFailed: {
    title: 'Cuadre could not start',
    body: 'Close the pane and open it again from Home > Cuadre; if it happens again, send the detail below to support.',
  },
};

export const STRINGS: Readonly<Record<Lang, Strings>> = { es: ES, en: EN };

/** Office's display language to the pane's: English when it starts with `en`, Spanish otherwise. */
export function languageOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'es';
}

export function useLang(): Lang {
  return languageOf(useHost().displayLanguage);
}

export function useStrings(): Strings {
  return STRINGS[useLang()];
}
