/**
 * exceljs stamps every entry of the zip it writes with the time of writing, so two writes of
 * the same workbook differ in their bytes. Pinning the stamps makes a committed file
 * reproducible. Only the header fields change: the entries' data and checksums stay as written.
 */

const END_OF_CENTRAL_DIRECTORY = Buffer.from('PK\x05\x06', 'latin1');
const CENTRAL_HEADER = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;

/** A copy of `zip` whose entries all carry `when` (UTC, to the 2 seconds a zip keeps). */
export function pinZipDates(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  const [time, date] = dosDateTime(when);
  // The end record is last, and JSZip (exceljs's zip library) writes no comment after it.
  const end = out.lastIndexOf(END_OF_CENTRAL_DIRECTORY);
  if (end < 0) throw new Error('pinZipDates: not a zip');
  let at = out.readUInt32LE(end + 16);
  for (let entry = out.readUInt16LE(end + 10); entry > 0; entry--) {
    if (out.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('pinZipDates: broken central directory');
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(date, at + 14);
    const local = out.readUInt32LE(at + 42);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    at += CENTRAL_HEADER_SIZE + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

function dosDateTime(when: Date): [time: number, date: number] {
  const time = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const date = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  return [time, date];
}
