import { includes, latin1, startsWith, utf16le } from './bytes';

/**
 * What kind of container a file is, from its first bytes: an .xlsx is a zip, while Excel keeps
 * both an old .xls and a password-protected .xlsx in an OLE compound file. Telling them apart
 * here lets the person hear "save it as .xlsx" or "remove the password" instead of a zip error.
 */

export type Container = 'empty' | 'zip' | 'xls' | 'encrypted' | 'other';

/** A zip opens with a local file header, or with the end record when it has no entries. */
const ZIP_SIGNATURES = [latin1('PK\x03\x04'), latin1('PK\x05\x06')];
const OLE_SIGNATURE = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

/** Stream names as an OLE directory stores them: UTF-16LE, NUL-terminated. */
const streamName = (name: string): Uint8Array => utf16le(`${name}\0`);
/** Office's encryption wraps the whole .xlsx in this stream. */
const ENCRYPTED_PACKAGE = streamName('EncryptedPackage');
/** An .xls keeps its sheets in a `Workbook` stream (Excel 97 on) or a `Book` one (Excel 5). */
const XLS_STREAMS = [streamName('Workbook'), streamName('Book')];

/** The bytes that tell a zip, and whether the rest of the file is needed: only an OLE file's directory says what it holds. */
export const HEAD_BYTES = OLE_SIGNATURE.length;
export const isCompoundFile = (head: Uint8Array): boolean => startsWith(head, OLE_SIGNATURE);

export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length === 0) return 'empty';
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'zip';
  if (!startsWith(bytes, OLE_SIGNATURE)) return 'other';
  if (includes(bytes, ENCRYPTED_PACKAGE)) return 'encrypted';
  return XLS_STREAMS.some((name) => includes(bytes, name)) ? 'xls' : 'other';
}
