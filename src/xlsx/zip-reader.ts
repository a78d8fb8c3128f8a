import { u16, u32, u64, utf8 } from './bytes';
import { inflateRaw } from './inflate';
import type { ZipSource } from './zip-source';

/**
 * Reads entries out of a zip (an .xlsx is one) without loading the whole file: the central
 * directory at the end says where each entry is, and an entry is inflated as a stream. The
 * zip is trusted for nothing: whatever does not add up is a `DamagedZip`. Plain bytes in and
 * out, no Node module: the same code reads a file for the CLI and a dropped file in a browser.
 */

export class DamagedZip extends Error {
  override readonly name = 'DamagedZip';
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

const END_SIGNATURE = 0x06054b50;
const END_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_SIZE = 30;
/** The end record sits in the last 22 bytes plus a comment of at most 64 KiB. */
const END_SEARCH = END_SIZE + 0xffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;

/** The entries by name, from the central directory. */
export async function zipEntries(source: ZipSource): Promise<Map<string, ZipEntry>> {
  const tailStart = Math.max(0, source.size - END_SEARCH);
  const tail = await source.read(tailStart, source.size - tailStart);
  const end = lastSignature(tail, END_SIGNATURE);
  if (end < 0 || end + END_SIZE > tail.length) throw new DamagedZip('no end of central directory: the file is cut short');
  let count = u16(tail, end + 10);
  let directorySize = u32(tail, end + 12);
  let directoryStart = u32(tail, end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) {
    ({ count, directorySize, directoryStart } = await zip64End(source, tailStart + end));
  }
  if (directoryStart + directorySize > source.size) throw new DamagedZip('central directory past the end of the file');
  const directory = await source.read(directoryStart, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + CENTRAL_SIZE > directory.length || u32(directory, at) !== CENTRAL_SIGNATURE) throw new DamagedZip('broken central directory');
    const [nameLength, extraLength, commentLength] = [u16(directory, at + 28), u16(directory, at + 30), u16(directory, at + 32)];
    const name = utf8(directory.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
    const extra = directory.subarray(at + CENTRAL_SIZE + nameLength, at + CENTRAL_SIZE + nameLength + extraLength);
    const sizes = zip64Sizes(extra, {
      size: u32(directory, at + 24),
      compressedSize: u32(directory, at + 20),
      localHeader: u32(directory, at + 42),
    });
    if ((u16(directory, at + 8) & ENCRYPTED_FLAG) !== 0) throw new DamagedZip(`${name} is encrypted`);
    entries.set(name, { name, method: u16(directory, at + 10), compressedSize: sizes.compressedSize, localHeader: sizes.localHeader });
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
  }
  return entries;
}

function lastSignature(bytes: Uint8Array, signature: number): number {
  for (let at = bytes.length - 4; at >= 0; at--) if (u32(bytes, at) === signature) return at;
  return -1;
}

/** The end record of a zip64 file, through its locator just before the classic end record. */
async function zip64End(source: ZipSource, end: number): Promise<{ count: number; directorySize: number; directoryStart: number }> {
  const locator = await source.read(end - 20, 20);
  if (locator.length < 20 || u32(locator, 0) !== ZIP64_LOCATOR_SIGNATURE) throw new DamagedZip('zip64 locator missing');
  const record = await source.read(u64(locator, 8), 56);
  if (record.length < 56 || u32(record, 0) !== ZIP64_END_SIGNATURE) throw new DamagedZip('zip64 end record missing');
  return { count: u64(record, 32), directorySize: u64(record, 40), directoryStart: u64(record, 48) };
}

/** Sizes and offset that did not fit in 32 bits are in the zip64 extra field, in this order. */
function zip64Sizes(
  extra: Uint8Array,
  classic: { size: number; compressedSize: number; localHeader: number },
): { compressedSize: number; localHeader: number } {
  const out = { ...classic };
  for (let at = 0; at + 4 <= extra.length;) {
    const [id, length] = [u16(extra, at), u16(extra, at + 2)];
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'localHeader'] as const) {
        if (out[key] !== 0xffffffff) continue;
        if (field + 8 > at + 4 + length) throw new DamagedZip('zip64 extra field too short');
        out[key] = u64(extra, field);
        field += 8;
      }
    }
    at += 4 + length;
  }
  return out;
}

/** The entry's uncompressed bytes, as a stream of chunks. */
export async function entryChunks(source: ZipSource, entry: ZipEntry): Promise<AsyncIterable<Uint8Array>> {
  const header = await source.read(entry.localHeader, LOCAL_SIZE);
  if (header.length < LOCAL_SIZE || u32(header, 0) !== LOCAL_SIGNATURE) throw new DamagedZip(`${entry.name}: no local header`);
  const start = entry.localHeader + LOCAL_SIZE + u16(header, 26) + u16(header, 28);
  const end = start + entry.compressedSize;
  if (end > source.size) throw new DamagedZip(`${entry.name}: data past the end of the file`);
  const raw = source.chunks(start, end);
  if (entry.method === STORED) return raw;
  if (entry.method !== DEFLATED) throw new DamagedZip(`${entry.name}: compression method ${entry.method}`);
  return inflateRaw(raw);
}
