/** What one round trip to the host carried, in bytes of UTF-8 JSON. */
export interface SyncRecord {
  readonly bytesOut: number;
  bytesIn: number;
  /** The error code when the host refused or failed the request. */
  error?: string;
}

/**
 * Round trips made by `context.sync()` (including the one `Excel.run` makes when the batch
 * ends with work queued). A sync with nothing queued is not a round trip: the runtime returns
 * without calling the host, so it is not counted.
 */
export class SyncStats {
  syncs = 0;
  requests: SyncRecord[] = [];
  maxPayloadBytes = 0;

  record(bytesOut: number): SyncRecord {
    const record: SyncRecord = { bytesOut, bytesIn: 0 };
    this.syncs++;
    this.requests.push(record);
    this.maxPayloadBytes = Math.max(this.maxPayloadBytes, bytesOut);
    return record;
  }

  received(record: SyncRecord, bytesIn: number): void {
    record.bytesIn = bytesIn;
    this.maxPayloadBytes = Math.max(this.maxPayloadBytes, bytesIn);
  }

  reset(): void {
    this.syncs = 0;
    this.requests = [];
    this.maxPayloadBytes = 0;
  }
}

/** Bytes of `text` in UTF-8, without allocating an encoded copy of a multi-megabyte payload. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
