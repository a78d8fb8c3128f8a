import type { Workbook } from '../domain/grid';
import type { Lang } from '../domain/lang';
import type { Reconciliation } from '../domain/reconciliation';
import { type CheckOutcome, SheetChoice } from './choose-sheet';
import type { LastCheck } from './last-check';
import type { CuadreHost, ReadProgress } from './port';
import { type CheckSettings, DEFAULT_SETTINGS } from './settings';

/**
 * A check, the same whichever host asks: the CLI hands over the whole workbook it read, the
 * add-in reads through its port only the sheets the choice needs. Both end in the same
 * reconciliation of the same sheet with the same catalog and tolerance.
 */

export interface CheckOptions {
  /** Spanish unless told. */
  readonly lang?: Lang;
  /** A sheet the user named (`--sheet`); otherwise the sheet rule of choose-sheet.ts picks one. */
  readonly sheet?: string;
}

export function checkWorkbook(workbook: Workbook, settings: CheckSettings = DEFAULT_SETTINGS, options: CheckOptions = {}): CheckOutcome {
  return new SheetChoice(settings, options.lang ?? 'es').choose(workbook, options.sheet);
}

export interface HostCheck {
  readonly reconciliation: Reconciliation;
  /** What the host read: the sheets reached, in tab order. */
  readonly workbook: Workbook;
  /** The sheet's check before this one, as the document kept it (last-check.ts), when the pane compared with it. */
  readonly previous?: LastCheck | null;
}

/** Reads what the choice needs from the workbook open in Excel, and checks the sheet chosen. */
export async function checkOpenWorkbook(
  host: Pick<CuadreHost, 'readWorkbook'>,
  settings: CheckSettings,
  lang: Lang,
  onProgress: (progress: ReadProgress) => void,
): Promise<HostCheck> {
  const choice = new SheetChoice(settings, lang);
  const workbook = await host.readWorkbook(choice.request(), onProgress);
  const outcome = choice.choose(workbook);
  // Only a named sheet can be missing, and the add-in names none.
  if (!outcome.ok) throw new Error('the sheet choice refused a workbook without a sheet name');
  return { reconciliation: outcome.reconciliation, workbook };
}
