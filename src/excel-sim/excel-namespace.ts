import { BORDER_INDEXES, BORDER_STYLES, BORDER_WEIGHTS, HORIZONTAL_ALIGNMENTS } from './cell-style';
import type { ExcelHost } from './host';
import { ClientObject } from './proxies/client-object';
import { RequestContext } from './request-context';
import { ErrorCodes, RichApiError, hostError } from './rich-api-error';

/** The options object of `Excel.run`: undo grouping (ExcelApi 1.20) and waiting for a cell edit (1.11). */
export interface RunOptions {
  readonly mergeUndoGroup?: boolean;
  readonly delayForCellEdit?: boolean;
}

export type Batch<T> = (context: RequestContext) => Promise<T>;

/** `{ edgeTop: 'EdgeTop', … }`: Office.js enums are objects of camel-cased keys. */
function enumOf<V extends string>(values: readonly V[]): Readonly<Record<string, V>> {
  return Object.fromEntries(values.map((value) => [value.charAt(0).toLowerCase() + value.slice(1), value]));
}

/** Enums an add-in may reference at run time (`Excel.BorderIndex.edgeTop`). */
const ENUMS = {
  BorderIndex: enumOf(BORDER_INDEXES),
  BorderLineStyle: enumOf(BORDER_STYLES),
  BorderWeight: enumOf(BORDER_WEIGHTS),
  HorizontalAlignment: enumOf(HORIZONTAL_ALIGNMENTS),
  ChartSeriesBy: enumOf(['Auto', 'Columns', 'Rows']),
  ChartType: {
    columnClustered: 'ColumnClustered',
    columnStacked: 'ColumnStacked',
    barClustered: 'BarClustered',
    barStacked: 'BarStacked',
    line: 'Line',
    lineMarkers: 'LineMarkers',
    pie: 'Pie',
    doughnut: 'Doughnut',
    area: 'Area',
    xyscatter: 'XYScatter',
  },
  ClearApplyTo: enumOf(['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks']),
  PageOrientation: enumOf(['Portrait', 'Landscape']),
  RangeValueType: enumOf(['Unknown', 'Empty', 'String', 'Integer', 'Double', 'Boolean', 'Error', 'RichValue']),
  ErrorCodes,
} as const;

export interface ExcelNamespace {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: RunOptions, batch: Batch<T>): Promise<T>;
  run<T>(objects: ClientObject<unknown> | readonly ClientObject<unknown>[] | RequestContext, batch: Batch<T>): Promise<T>;
  readonly RequestContext: new () => RequestContext;
  readonly BorderIndex: Readonly<Record<string, string>>;
  readonly BorderLineStyle: Readonly<Record<string, string>>;
  readonly BorderWeight: Readonly<Record<string, string>>;
  readonly HorizontalAlignment: Readonly<Record<string, string>>;
  readonly ChartSeriesBy: Readonly<Record<string, string>>;
  readonly ChartType: Readonly<Record<string, string>>;
  readonly ClearApplyTo: Readonly<Record<string, string>>;
  readonly PageOrientation: Readonly<Record<string, string>>;
  readonly RangeValueType: Readonly<Record<string, string>>;
  readonly ErrorCodes: typeof ErrorCodes;
}

/** The `Excel` global, bound to one simulated host. */
export function createExcelNamespace(host: ExcelHost): ExcelNamespace {
  class BoundRequestContext extends RequestContext {
    constructor() {
      super(host);
    }
  }

  /**
   * `Excel.run`, following the runtime's `_runCommon`: a batch that returns no promise fails
   * with RunMustReturnPromise; when its promise resolves, work still queued is synced; an
   * error rejects without that final sync. `mergeUndoGroup` needs ExcelApi 1.20: older hosts
   * ignore the request flag, as the runtime drops `delayForCellEdit` where unsupported.
   */
  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    const first = args.length === 2 ? args[0] : undefined;
    if (typeof batch !== 'function' || args.length < 1 || args.length > 2) {
      throw hostError(ErrorCodes.invalidArgument, 'Excel.run');
    }
    const context = contextOf(first) ?? new RequestContext(host);
    const options = isOptions(first) ? first : {};
    context.mergeUndoGroup = options.mergeUndoGroup === true && host.api.isSetSupported('ExcelApi', '1.20');
    context.delayForCellEdit = options.delayForCellEdit === true && host.api.isSetSupported('ExcelApi', '1.11');
    const pending: unknown = (batch as Batch<unknown>)(context);
    if (!isThenable(pending)) throw hostError(ErrorCodes.runMustReturnPromise, 'Excel.run');
    const result = await pending;
    await context.sync();
    return result;
  }

  return { ...ENUMS, run: run as ExcelNamespace['run'], RequestContext: BoundRequestContext };
}

function contextOf(first: unknown): RequestContext | undefined {
  if (first instanceof RequestContext) return first;
  if (first instanceof ClientObject) return first.context;
  if (Array.isArray(first) && first[0] instanceof ClientObject) return (first[0] as ClientObject<unknown>).context;
  return undefined;
}

function isOptions(first: unknown): first is RunOptions {
  return typeof first === 'object' && first !== null && !Array.isArray(first) && contextOf(first) === undefined;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** The `OfficeExtension` global: enough for `error instanceof OfficeExtension.Error`. */
export const OfficeExtensionNamespace = { Error: RichApiError, ErrorCodes } as const;
