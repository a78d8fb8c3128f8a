import { ErrorCodes, hostError } from '../rich-api-error';

/** `OfficeExtension.ClientResult`: a method's answer, readable once the sync that ran it is done. */
export class ClientResult<T> {
  private settled: { readonly value: T } | undefined;

  get value(): T {
    if (!this.settled) throw hostError(ErrorCodes.valueNotLoaded, 'clientResult.value');
    return this.settled.value;
  }

  settle(value: T): void {
    this.settled = { value };
  }

  toJSON(): unknown {
    return this.settled?.value;
  }
}
