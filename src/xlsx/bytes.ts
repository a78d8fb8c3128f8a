/**
 * Little-endian reads and searches on plain bytes (`Uint8Array`), so that the .xlsx reader runs
 * on Node's Buffers and on a browser's ArrayBuffers alike, with no Node module.
 */

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export const u16 = (bytes: Uint8Array, at: number): number => view(bytes).getUint16(at, true);
export const u32 = (bytes: Uint8Array, at: number): number => view(bytes).getUint32(at, true);
/** A 64-bit field as a number: zip64 sizes and offsets beyond 2^53 are no file anyone opens. */
export const u64 = (bytes: Uint8Array, at: number): number => Number(view(bytes).getBigUint64(at, true));

export function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** Whether `needle` occurs anywhere in `bytes`. */
export function includes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  if (first === undefined) return true;
  for (let at = bytes.indexOf(first); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    if (startsWith(bytes.subarray(at), needle)) return true;
  }
  return false;
}

/** Text as one byte a character (ASCII signatures). */
export const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Text as UTF-16LE, as an OLE directory stores stream names. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i] = code & 0xff;
    out[2 * i + 1] = code >> 8;
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8');
export const utf8 = (bytes: Uint8Array): string => UTF8.decode(bytes);
