import type { ExcelHost } from './host';
import { utf8Length } from './sync-stats';

/** `Office.AsyncResult` as the settings methods hand it to their callbacks. */
export interface AsyncResult<T> {
  readonly status: 'succeeded' | 'failed';
  readonly value: T;
  readonly error: { readonly code: number; readonly name: string; readonly message: string } | null;
  readonly asyncContext: unknown;
}

/**
 * `Office.context.document.settings`: an in-memory property bag the add-in reads and writes
 * synchronously, persisted into the document only by `saveAsync` (office.js keeps the values
 * themselves in memory and serializes them as JSON on save).
 */
export class DocumentSettings {
  private bag: Record<string, unknown>;
  private saved: string;

  constructor(
    initial: Readonly<Record<string, unknown>>,
    private readonly host: ExcelHost,
  ) {
    this.saved = JSON.stringify(initial);
    this.bag = JSON.parse(this.saved) as Record<string, unknown>;
  }

  /** The value, or null for a setting that does not exist. */
  get(name: string): unknown {
    const value = this.bag[name];
    return value === undefined ? null : value;
  }

  /** Only the in-memory copy: call saveAsync to keep it in the document. */
  set(name: string, value: unknown): void {
    this.bag[name] = value;
  }

  remove(name: string): void {
    delete this.bag[name];
  }

  saveAsync(optionsOrCallback?: { asyncContext?: unknown } | ((result: AsyncResult<void>) => void), callback?: (result: AsyncResult<void>) => void): void {
    const options = typeof optionsOrCallback === 'function' ? undefined : optionsOrCallback;
    const done = typeof optionsOrCallback === 'function' ? optionsOrCallback : callback;
    const text = JSON.stringify(this.bag);
    // office-js #3957: past the host's limit the save fails with InvalidArgument and the document keeps what it had.
    if (utf8Length(text) > this.host.profile.settingsLimitBytes) {
      const error = { code: 5008, name: 'InvalidArgument', message: 'The argument is invalid or missing or has an incorrect format.' };
      queueMicrotask(() => done?.({ status: 'failed', value: undefined, error, asyncContext: options?.asyncContext }));
      return;
    }
    this.saved = text;
    queueMicrotask(() => {
      this.host.notify({ kind: 'settings' });
      done?.({ status: 'succeeded', value: undefined, error: null, asyncContext: options?.asyncContext });
    });
  }

  /** The document closed and opened again: what was not saved is gone. */
  reopen(): void {
    this.bag = JSON.parse(this.saved) as Record<string, unknown>;
  }

  /** Re-reads what the document holds, dropping unsaved changes. */
  refreshAsync(callback?: (result: AsyncResult<DocumentSettings>) => void): void {
    this.bag = JSON.parse(this.saved) as Record<string, unknown>;
    queueMicrotask(() => callback?.({ status: 'succeeded', value: this, error: null, asyncContext: undefined }));
  }

  /** What a reopened document would give the add-in. */
  persisted(): Record<string, unknown> {
    return JSON.parse(this.saved) as Record<string, unknown>;
  }
}
