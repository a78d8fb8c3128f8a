/**
 * Sizing requests to Excel by bytes: Excel on the web refuses a request over 5 MB, and a
 * batch of cells is only as small as its cells. Helpers count UTF-8 bytes of JSON as the
 * runtime would send them.
 */

/** UTF-8 bytes of `value` as JSON (a note's text, escaped). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
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

/** Consecutive batches of `items` whose sizes add up to at most `budget` (an item larger than it goes alone). */
export function batchesBySize<T>(items: readonly T[], sizeOf: (item: T) => number, budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && used + size > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
