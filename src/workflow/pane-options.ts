/**
 * The pane's own options, one record kept per workbook in the document settings (not check
 * settings: the CLI has no use for them). Read leniently: an option missing or of the wrong type
 * takes its default, so that a workbook saved by another Cuadre version opens as it was left.
 * Saved whole: the pane saves the record with every option's latest value (use-pane-options.tsx).
 */
export interface PaneOptions {
  /** «Validar al editar»: check again about a second after the user's last edit of the checked sheet. */
  readonly checkOnEdit: boolean;
  /** «Registro de auditoría»: a row in «Registro Cuadre» for each check the analyst asks for and each report inserted. */
  readonly auditLog: boolean;
}

export const DEFAULT_PANE_OPTIONS: PaneOptions = { checkOnEdit: false, auditLog: false };

/** The stored options, each one that is not valid replaced by its default. */
export function readPaneOptions(stored: unknown): PaneOptions {
  const o = (typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {}) as Record<string, unknown>;
  const flag = (name: keyof PaneOptions): boolean => (typeof o[name] === 'boolean' ? (o[name] as boolean) : DEFAULT_PANE_OPTIONS[name]);
  return { checkOnEdit: flag('checkOnEdit'), auditLog: flag('auditLog') };
}
