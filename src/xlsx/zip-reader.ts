import type { FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * Reads entries out of a zip (an .xlsx is one) without loading the whole file: the central
 * directory at the end says where each entry is, and an entry is inflated as a stream. The
 * zip is trusted for nothing: whatever does not add up is a `DamagedZip`.
 */

export class DamagedZip extends Error {
  override readonly name = 'DamagedZip';
}

/** Where the bytes come from: a file, read piece by piece, or a buffer already in memory. */
export interface ZipSource {
  readonly size: number;
  read(position: number, length: number): Promise<Buffer>;
  stream(start: number, end: number): Readable;
}

export function bufferSource(bytes: Buffer): ZipSource {
  return {
    size: bytes.length,
    read: async (position, length) => bytes.subarray(position, position + length),
    stream: (start, end) => Readable.from([bytes.subarray(start, end)]),
  };
}

export async function fileSource(file: FileHandle): Promise<ZipSource> {
  const { size } = await file.stat();
  return {
    size,
    read: async (position, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
      return buffer.subarray(0, bytesRead);
    },
    // Read by hand, not with `file.createReadStream`: that stream closes the handle when it is
    // destroyed, and the entries are read one after another through this one handle.
    stream: (start, end) => Readable.from(fileChunks(file, start, end)),
  };
}

const CHUNK = 256 * 1024;

async function* fileChunks(file: FileHandle, start: number, end: number): AsyncGenerator<Buffer> {
  for (let at = start; at < end;) {
    const buffer = Buffer.alloc(Math.min(CHUNK, end - at));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, at);
    if (bytesRead === 0) throw new DamagedZip('the file is shorter than its directory says');
    yield buffer.subarray(0, bytesRead);
    at += bytesRead;
  }
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
  let count = tail.readUInt16LE(end + 10);
  let directorySize = tail.readUInt32LE(end + 12);
  let directoryStart = tail.readUInt32LE(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) {
    ({ count, directorySize, directoryStart } = await zip64End(source, tailStart + end));
  }
  if (directoryStart + directorySize > source.size) throw new DamagedZip('central directory past the end of the file');
  const directory = await source.read(directoryStart, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + CENTRAL_SIZE > directory.length || directory.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new DamagedZip('broken central directory');
    const [nameLength, extraLength, commentLength] = [directory.readUInt16LE(at + 28), directory.readUInt16LE(at + 30), directory.readUInt16LE(at + 32)];
    const name = directory.toString('utf8', at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const extra = directory.subarray(at + CENTRAL_SIZE + nameLength, at + CENTRAL_SIZE + nameLength + extraLength);
    const sizes = zip64Sizes(extra, {
      size: directory.readUInt32LE(at + 24),
      compressedSize: directory.readUInt32LE(at + 20),
      localHeader: directory.readUInt32LE(at + 42),
    });
    if ((directory.readUInt16LE(at + 8) & ENCRYPTED_FLAG) !== 0) throw new DamagedZip(`${name} is encrypted`);
    entries.set(name, { name, method: directory.readUInt16LE(at + 10), compressedSize: sizes.compressedSize, localHeader: sizes.localHeader });
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
  }
  return entries;
}

function lastSignature(bytes: Buffer, signature: number): number {
  for (let at = bytes.length - 4; at >= 0; at--) if (bytes.readUInt32LE(at) === signature) return at;
  return -1;
}

/** The end record of a zip64 file, through its locator just before the classic end record. */
async function zip64End(source: ZipSource, end: number): Promise<{ count: number; directorySize: number; directoryStart: number }> {
  const locator = await source.read(end - 20, 20);
  if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE) throw new DamagedZip('zip64 locator missing');
  const record = await source.read(Number(locator.readBigUInt64LE(8)), 56);
  if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_END_SIGNATURE) throw new DamagedZip('zip64 end record missing');
  return { count: Number(record.readBigUInt64LE(32)), directorySize: Number(record.readBigUInt64LE(40)), directoryStart: Number(record.readBigUInt64LE(48)) };
}

/** Sizes and offset that did not fit in 32 bits are in the zip64 extra field, in this order. */
function zip64Sizes(extra: Buffer, classic: { size: number; compressedSize: number; localHeader: number }): { compressedSize: number; localHeader: number } {
  const out = { ...classic };
  for (let at = 0; at + 4 <= extra.length;) {
    const [id, length] = [extra.readUInt16LE(at), extra.readUInt16LE(at + 2)];
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'localHeader'] as const) {
        if (out[key] !== 0xffffffff) continue;
        if (field + 8 > at + 4 + length) throw new DamagedZip('zip64 extra field too short');
        out[key] = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
    }
    at += 4 + length;
  }
  return out;
}

/** The entry's uncompressed bytes, as a stream of chunks. */
export async function entryStream(source: ZipSource, entry: ZipEntry): Promise<Readable> {
  const header = await source.read(entry.localHeader, LOCAL_SIZE);
  if (header.length < LOCAL_SIZE || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new DamagedZip(`${entry.name}: no local header`);
  const start = entry.localHeader + LOCAL_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28);
  const end = start + entry.compressedSize;
  if (end > source.size) throw new DamagedZip(`${entry.name}: data past the end of the file`);
  const raw = source.stream(start, end);
  if (entry.method === STORED) return raw;
  if (entry.method !== DEFLATED) throw new DamagedZip(`${entry.name}: compression method ${entry.method}`);
  const inflate = createInflateRaw();
  // A read error must reach whoever reads the inflated side; a reader that stops early stops the reading.
  raw.on('error', (error) => inflate.destroy(error));
  inflate.on('close', () => raw.destroy());
  return raw.pipe(inflate);
}
