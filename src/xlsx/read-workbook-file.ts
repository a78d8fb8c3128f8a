import { type FileHandle, open } from 'node:fs/promises';
import type { Workbook } from '../domain/grid';
import { WorkbookReadError, type WorkbookReadErrorKind } from './read-error';
import { readWorkbookSource } from './read-workbook';
import { DamagedZip } from './zip-reader';
import type { ZipSource } from './zip-source';

/**
 * The Node side of reading a workbook: a file on disk as a zip source, read piece by piece
 * through one handle. Everything past the bytes is read-workbook.ts, the code the browser runs.
 */

export async function readWorkbookFile(path: string): Promise<Workbook> {
  const file = await openFile(path);
  try {
    return await readWorkbookSource(await fileSource(file), path);
  } finally {
    await file.close();
  }
}

const FILE_ERRORS: Readonly<Record<string, WorkbookReadErrorKind>> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EISDIR: 'directory',
};

async function openFile(path: string): Promise<FileHandle> {
  let file: FileHandle | undefined;
  try {
    file = await open(path, 'r');
    // Opening a folder succeeds on Linux; reading it is what fails.
    if ((await file.stat()).isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    return file;
  } catch (error) {
    await file?.close();
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new WorkbookReadError(FILE_ERRORS[code] ?? 'unreadable', path, { cause: error });
  }
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
    chunks: (start, end) => fileChunks(file, start, end),
  };
}

const CHUNK = 256 * 1024;

async function* fileChunks(file: FileHandle, start: number, end: number): AsyncGenerator<Uint8Array> {
  for (let at = start; at < end;) {
    const buffer = Buffer.alloc(Math.min(CHUNK, end - at));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, at);
    if (bytesRead === 0) throw new DamagedZip('the file is shorter than its directory says');
    yield buffer.subarray(0, bytesRead);
    at += bytesRead;
  }
}
