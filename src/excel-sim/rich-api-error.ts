/**
 * The error Office.js rejects with: `OfficeExtension.Error`, whose `name` is `RichApi.Error`,
 * with a stable `code`, a localized `message` and a `debugInfo` saying where it happened.
 * Shape, codes and messages are copied from the office.js runtime (`_Internal.RuntimeError`,
 * its resource strings) and from the error table of "Error handling with the
 * application-specific JavaScript APIs".
 */

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  rangeExceedsLimit: 'RangeExceedsLimit',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  runMustReturnPromise: 'RunMustReturnPromise',
  undoNotSupported: 'UndoNotSupported',
  valueNotLoaded: 'ValueNotLoaded',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

const LIMITS_DOC = '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"';

/** Messages the host sends for errors it raises while running a batch. */
const HOST_MESSAGES: Partial<Record<ErrorCode, string>> = {
  // The message of office-js #421 and #1103 (onActivated refused).
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of the Office application.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  // The message of office-js #625 and #3388.
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  UndoNotSupported: "The operation can't be grouped: an API within the undo group doesn't offer undo support.",
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. Please refer to the documentation: ${LIMITS_DOC}.`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. Please refer to the documentation: ${LIMITS_DOC}.`,
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

/** The status the runtime maps each code to (`RuntimeError`'s table; 500 otherwise). */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  ApiNotFound: 404,
  InvalidArgument: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  PropertyNotLoaded: 400,
  RequestPayloadSizeLimitExceeded: 400,
  ResponsePayloadSizeLimitExceeded: 400,
  ValueNotLoaded: 400,
};

export interface DebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation?: string;
  readonly statement?: string;
  readonly surroundingStatements?: readonly string[];
  readonly fullStatements?: readonly string[];
}

export class RichApiError extends Error {
  override readonly name = 'RichApi.Error';
  readonly traceMessages: string[] = [];
  readonly innerError: unknown = null;
  readonly httpStatusCode: number;
  debugInfo: DebugInfo;

  constructor(
    readonly code: ErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    Object.setPrototypeOf(this, RichApiError.prototype);
    this.httpStatusCode = HTTP_STATUS[code] ?? 500;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** An error raised by the host while running a batch, with its standard message. */
export function hostError(code: ErrorCode, errorLocation?: string, message = HOST_MESSAGES[code] ?? ''): RichApiError {
  return new RichApiError(code, message, errorLocation);
}

/** Reading a property that was neither loaded and synced nor set (runtime: `throwIfNotLoaded`). */
export function propertyNotLoaded(entityName: string | null, propertyName: string): RichApiError {
  return new RichApiError(
    ErrorCodes.propertyNotLoaded,
    `The property '${propertyName}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    entityName === null ? undefined : `${entityName}.${propertyName}`,
  );
}

/** Using a member of a requirement set the host lacks (runtime: `throwIfApiNotSupported`). */
export function apiNotFound(member: string, apiSet: string, version: string): RichApiError {
  return new RichApiError(
    ErrorCodes.apiNotFound,
    `The method or property ${member} is part of the ${apiSet} ${version} requirement set, which is not available in your version of Excel.`,
    member,
  );
}

/** A bad argument caught on the client before anything is queued (runtime: `_createInvalidArgError`). */
export function invalidArgument(argumentName: string, errorLocation: string): RichApiError {
  return new RichApiError(
    ErrorCodes.invalidArgument,
    `The argument '${argumentName}' doesn't work for this situation, is missing, or isn't in the right format.`,
    errorLocation,
  );
}
