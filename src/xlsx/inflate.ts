import { readerChunks } from './zip-source';

/**
 * A zip entry's deflated bytes, inflated by the platform: `DecompressionStream('deflate-raw')`,
 * which browsers and Node (20.12 on) both have, so the pane in a browser and the `cuadre` command
 * run the same reader. (On the 55 MB sheet of the bench it was faster than Node's zlib stream:
 * docs/decisions.md.) Data that does not inflate is `InflateFailed`; an error of the source
 * (a file the system stops reading) comes through as it is.
 */

export class InflateFailed extends Error {
  override readonly name = 'InflateFailed';
}

export async function* inflateRaw(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  /** An error of the source, told apart from the inflater's own (which the writer sees as well). */
  let sourceFailed: { readonly error: unknown } | undefined;
  // Fed while the inflated side is read: a writer awaited alone would wait on the reader forever.
  const feeding = (async () => {
    const chunks = compressed[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await chunks.next();
        } catch (error) {
          sourceFailed = { error };
          await writer.abort(error).catch(() => undefined);
          return;
        }
        if (next.done) break;
        // Chunks are fresh buffers of their own, never shared memory.
        await writer.write(next.value as Uint8Array<ArrayBuffer>);
      }
      await writer.close();
    } catch {
      // The inflating side failed or was stopped: its reader says why; the source is read no further.
      await chunks.return?.().catch(() => undefined);
    }
  })();
  try {
    for await (const chunk of readerChunks(stream.readable)) yield chunk;
  } catch (error) {
    await feeding;
    if (sourceFailed) throw sourceFailed.error;
    throw new InflateFailed(error instanceof Error ? error.message : String(error), { cause: error });
  }
  await feeding;
}
