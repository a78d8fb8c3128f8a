import { inflateRawSync } from 'node:zlib';

/**
 * A zip package's entries read through its central directory, for tests that compare parts:
 * `raw` is the local header and compressed data as stored, `data` the uncompressed bytes.
 */

/** Each entry's local header and data, raw, by name. */
export function rawEntries(zip: Buffer): Map<string, { raw: Buffer; data: Buffer }> {
  const out = new Map<string, { raw: Buffer; data: Buffer }>();
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  const [count, start] = [zip.readUInt16LE(end + 10), zip.readUInt32LE(end + 16)];
  for (let at = start, n = 0; n < count; n++) {
    const [method, packed, nameLength, extra, comment, local] = [
      zip.readUInt16LE(at + 10),
      zip.readUInt32LE(at + 20),
      zip.readUInt16LE(at + 28),
      zip.readUInt16LE(at + 30),
      zip.readUInt16LE(at + 32),
      zip.readUInt32LE(at + 42),
    ];
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(local, dataStart + packed);
    const body = zip.subarray(dataStart, dataStart + packed);
    out.set(name, { raw, data: method === 0 ? body : inflateRawSync(body) });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}
