import { HostFailure, type HostFailureReason } from '../workflow/port';

/**
 * Office errors (OfficeExtension.Error, `code` as documented for the Excel JavaScript API)
 * to the reasons the pane explains. Nothing is swallowed: an unknown code is `unknown`,
 * with Excel's own words kept as the detail.
 */
const REASONS: Readonly<Record<string, HostFailureReason>> = {
  InvalidOperationInCellEditMode: 'cell-editing',
  AccessDenied: 'protected',
  ItemNotFound: 'not-found',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  PayloadTooLarge: 'too-large',
  ActivityLimitReached: 'busy',
  Conflict: 'busy',
  ServiceNotAvailable: 'busy',
  Unavailable: 'busy',
  ApiNotFound: 'unsupported',
  UndoNotSupported: 'no-undo',
  NotImplemented: 'unsupported',
};

/** Excel's words for cell-edit mode, whatever the code (older hosts say InvalidOperation). */
const CELL_EDIT_MESSAGE = /cell-editing mode|cell edit mode/i;

function codeAndMessage(error: unknown): { code: string; message: string } {
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  return { code: typeof e.code === 'string' ? e.code : '', message: typeof e.message === 'string' ? e.message : String(error) };
}

/**
 * `largeRequest`: the call sent a request big enough that an internal error most likely means
 * it was too large (older Excel on the web answers so: office-js #354, #1314).
 */
export function toHostFailure(error: unknown, largeRequest = false): HostFailure {
  if (error instanceof HostFailure) return error;
  const { code, message } = codeAndMessage(error);
  const detail = code ? `${code}: ${message}` : message;
  if (CELL_EDIT_MESSAGE.test(message)) return new HostFailure('cell-editing', detail);
  if (largeRequest && code === 'GeneralException') return new HostFailure('too-large', detail);
  return new HostFailure(REASONS[code] ?? 'unknown', detail);
}

/** An undo group Excel could not keep: UndoNotSupported, or an internal error inside the group (office-js #6491, #6255, #6711). */
export function isGroupFailure(error: unknown): boolean {
  const { code } = codeAndMessage(error);
  return code === 'UndoNotSupported' || code === 'GeneralException';
}

/** Runs a host call and rejects only with a `HostFailure`. */
export async function guarded<T>(call: () => Promise<T>, largeRequest = false): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toHostFailure(error, largeRequest);
  }
}
