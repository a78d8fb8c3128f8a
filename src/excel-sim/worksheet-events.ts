import type { BatchAction } from './batch';
import type { RangeRef } from './range-cells';
import { formatLocalAddress } from './a1';

/**
 * Worksheet events as the add-in hears them: `onChanged` for data (values, formulas, number
 * formats), `onFormatChanged` for formats (fills, fonts, borders) — a fill is not an edit —,
 * and `onActivated` (ExcelApi 1.7) when a sheet becomes the active one. Each change event
 * carries `triggerSource` from ExcelApi 1.14: `ThisLocalAddin` when the add-in's own API call
 * caused it, `Unknown` otherwise ("Excel.WorksheetChangedEventArgs"). `runtime.enableEvents =
 * false` (ExcelApi 1.8) stops them reaching the add-in. Events are raised after the sync that
 * made the change, one per sheet and kind, over the block the change covered.
 */

export type EventKind = 'changed' | 'formatChanged' | 'activated';

export interface WorksheetEventArgs {
  readonly type: 'WorksheetChanged' | 'WorksheetFormatChanged';
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
  readonly worksheetId: string;
  readonly address: string;
  /** Only on hosts with ExcelApi 1.14. */
  readonly triggerSource?: 'ThisLocalAddin' | 'Unknown';
}

/**
 * `Excel.WorksheetActivatedEventArgs`: the sheet's id and nothing else (no `triggerSource`):
 * raised for the user's click on a tab and for the add-in's own `activate()` alike.
 */
export interface WorksheetActivatedEventArgs {
  readonly type: 'WorksheetActivated';
  readonly worksheetId: string;
}

export type AnyWorksheetEventArgs = WorksheetEventArgs | WorksheetActivatedEventArgs;

export function kindOf(args: AnyWorksheetEventArgs): EventKind {
  return args.type === 'WorksheetChanged' ? 'changed' : args.type === 'WorksheetFormatChanged' ? 'formatChanged' : 'activated';
}

export interface EventRegistration {
  readonly kind: EventKind;
  /** The sheet's id, or null for every sheet (WorksheetCollection). */
  readonly sheetId: string | null;
  readonly handler: (args: AnyWorksheetEventArgs) => unknown;
}

const FORMAT_OWNERS = new Set(['RangeFill', 'RangeFont', 'RangeFormat', 'RangeBorder', 'RangeBorderCollection']);
const DATA_PROPERTIES = new Set(['values', 'formulas', 'numberFormat']);

/** A change of data or format (the kinds `changeOf` finds). */
export type ChangeKind = Exclude<EventKind, 'activated'>;

/** What kind of change an action is, on which block, or null when it raises no worksheet event. */
export function changeOf(action: BatchAction): { kind: ChangeKind; ref: RangeRef } | null {
  if (action.effect !== 'edit') return null;
  const owner = action.owner as unknown as { className?: string; target(): unknown };
  const className = (owner as { className?: string }).className ?? '';
  const target = owner.target() as RangeRef | null;
  if (!target || typeof target !== 'object' || !('rect' in target) || !('sheet' in target)) return null;
  if (FORMAT_OWNERS.has(className) || (className === 'Range' && action.name === 'clear' && action.args[0] === 'Formats'))
    return { kind: 'formatChanged', ref: target };
  if (className === 'Range' && (DATA_PROPERTIES.has(action.name) || action.name === 'clear')) return { kind: 'changed', ref: target };
  return null;
}

/** Joins the changes of one sync into one event per sheet and kind, over their bounding block. */
export function eventsOf(
  changes: readonly { kind: ChangeKind; ref: RangeRef }[],
  trigger: 'ThisLocalAddin' | 'Unknown',
  withTrigger: boolean,
): WorksheetEventArgs[] {
  const blocks = new Map<string, { kind: ChangeKind; sheetId: string; top: number; left: number; bottom: number; right: number }>();
  for (const { kind, ref } of changes) {
    const key = `${kind}|${ref.sheet.id}`;
    const { row, column, rowCount, columnCount } = ref.rect;
    const block = blocks.get(key);
    if (!block) blocks.set(key, { kind, sheetId: ref.sheet.id, top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 });
    else {
      block.top = Math.min(block.top, row);
      block.left = Math.min(block.left, column);
      block.bottom = Math.max(block.bottom, row + rowCount - 1);
      block.right = Math.max(block.right, column + columnCount - 1);
    }
  }
  return [...blocks.values()].map((b) => ({
    type: b.kind === 'changed' ? 'WorksheetChanged' : 'WorksheetFormatChanged',
    changeType: 'RangeEdited',
    source: 'Local',
    worksheetId: b.sheetId,
    address: formatLocalAddress({ row: b.top, column: b.left, rowCount: b.bottom - b.top + 1, columnCount: b.right - b.left + 1 }),
    ...(withTrigger ? { triggerSource: trigger } : {}),
  }));
}

/** `OfficeExtension.EventHandlerResult`: `remove()` takes effect at the next sync. */
export interface EventHandlerResult {
  remove(): void;
}
