/**
 * Where a zip's bytes come from, as the reader asks for them: a few bytes at a place (the end
 * record, the directory, a local header), and an entry's compressed bytes as a stream of chunks,
 * so that a large part is never held whole. The bytes in memory and a browser's `Blob` (a file
 * the user picked or dropped) are sources here; a Node file is one in read-workbook-file.ts.
 */
export interface ZipSource {
  readonly size: number;
  /** Up to `length` bytes from `position`; fewer at the end of the file. */
  read(position: number, length: number): Promise<Uint8Array>;
  /** The bytes from `start` to `end`, in chunks. */
  chunks(start: number, end: number): AsyncIterable<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ZipSource {
  return {
    size: bytes.length,
    read: async (position, length) => bytes.subarray(position, position + length),
    chunks: async function* (start, end) {
      yield bytes.subarray(start, end);
    },
  };
}

/** A `Blob` (or `File`) read slice by slice: a workbook of 50 MB is not copied into memory at once. */
export function blobSource(blob: Blob): ZipSource {
  return {
    size: blob.size,
    read: async (position, length) => new Uint8Array(await blob.slice(position, position + length).arrayBuffer()),
    chunks: (start, end) => readerChunks(blob.slice(start, end).stream()),
  };
}

/** A web stream's chunks, through its reader (async iteration of a ReadableStream is newer than the reader). */
export async function* readerChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // Stopped early (the reader failed, or had what it wanted): the rest is not read.
    reader.cancel().catch(() => undefined);
  }
}
