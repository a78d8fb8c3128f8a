/**
 * The pane's own options, kept per workbook in the document settings (not check settings: the
 * CLI has no use for them). Read leniently: an option missing or of the wrong type takes its
 * default, so that a workbook saved by another Cuadre version opens as it was left.
 */
export interface PaneOptions {
  /** «Validar al editar»: check again about a second after the user's last edit of the checked sheet. */
  readonly checkOnEdit: boolean;
}

export const DEFAULT_PANE_OPTIONS: PaneOptions = { checkOnEdit: false };

/** The stored options, each one that is not valid replaced by its default. */
export function readPaneOptions(stored: unknown): PaneOptions {
  const o = (typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {}) as Record<string, unknown>;
  return { checkOnEdit: typeof o.checkOnEdit === 'boolean' ? o.checkOnEdit : DEFAULT_PANE_OPTIONS.checkOnEdit };
}
