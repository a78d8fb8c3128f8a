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
  UndoNotSupported: 'unsupported',
  NotImplemented: 'unsupported',
};

export function toHostFailure(error: unknown): HostFailure {
  if (error instanceof HostFailure) return error;
  const e = (error ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : String(error);
  return new HostFailure(REASONS[code] ?? 'unknown', code ? `${code}: ${message}` : message);
}

/** Runs a host call and rejects only with a `HostFailure`. */
export async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toHostFailure(error);
  }
}
