import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * Streams the XML of an .xlsx part to a handler: elements and text are handed over as the bytes
 * arrive, so a sheet of a million cells is never one string. The parsing is `saxes`'s, a
 * maintained streaming parser that is linear in its input (a hand-written scanner rescanned an
 * unfinished tag at every chunk: an 8 MB attribute took 16.9 s). On top of it: the bytes are
 * decoded as the part declares (UTF-8, UTF-16 with or without a byte order mark, ISO-8859-1 or
 * windows-1252 in the declaration), names lose their namespace prefix (`x:c` is `c`, and a
 * Strict file's names are the same as a transitional one's), and a DOCTYPE (which no workbook
 * program writes, and which can define entity bombs) or XML that is not well formed is
 * `MalformedXml`. Nothing here needs Node: the browser reads workbooks with it too.
 */

export class MalformedXml extends Error {
  override readonly name = 'MalformedXml';
}

/** Attribute values by local name (`r:id` is `id`); namespace declarations are left out. */
export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandler {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Text inside elements, decoded; one run of text may come in several calls. */
  text(text: string): void;
}

const localName = (qualified: string): string => {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
};

/**
 * Attribute names as the handlers know them. A cell's and a row's attributes are unqualified in
 * every writer (the schema declares them so), and looking for prefixes on each of a million
 * cells cost a tenth of the whole read: they are passed on as they come. Elsewhere (`r:id` on a
 * sheet, say) prefixes and namespace declarations are taken off.
 */
function attributesOf(name: string, raw: Record<string, string>): Attributes {
  if (name === 'c' || name === 'row') return raw;
  for (const key of Object.keys(raw)) if (key.includes(':') || key === 'xmlns') return localAttributes(raw);
  return raw;
}

function localAttributes(raw: Record<string, string>): Attributes {
  const attributes: Record<string, string> = {};
  for (const name in raw) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    attributes[localName(name)] = raw[name]!;
  }
  return attributes;
}

/** What is used of the platform's `TextDecoder` (Node's and the browser's are typed apart). */
interface Decoder {
  decode(input: Uint8Array, options: { stream: boolean }): string;
}

/** Enough of the part's start to hold a byte order mark and the XML declaration. */
const HEAD_BYTES = 1024;

/**
 * The decoder the part's first bytes ask for (XML 1.0, appendix F): a byte order mark, the
 * zero bytes of UTF-16 around `<?`, or the declaration's `encoding`; UTF-8 otherwise. The
 * decoder drops a byte order mark itself.
 */
export function decoderFor(head: Uint8Array): Decoder {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8');
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00)) return new TextDecoder('utf-16le');
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f)) return new TextDecoder('utf-16be');
  // Every other encoding a part can declare writes the declaration in ASCII.
  let start = '';
  for (let i = 0; i < head.length && i < HEAD_BYTES; i++) start += String.fromCharCode(head[i]!);
  const declared = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(start)?.[1];
  if (declared === undefined) return new TextDecoder('utf-8');
  try {
    return new TextDecoder(declared);
  } catch {
    throw new MalformedXml(`the part is declared in an encoding no reader knows: «${declared.slice(0, 40)}»`);
  }
}

/** Scans a part's bytes as they arrive; rejects with `MalformedXml`, the handler's own error or the stream's. */
export async function scanXml(chunks: AsyncIterable<Uint8Array>, handler: XmlHandler): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('error', (error) => {
    throw new MalformedXml(error.message);
  });
  parser.on('doctype', () => {
    throw new MalformedXml('a DOCTYPE inside the part');
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    handler.open(name, attributesOf(name, tag.attributes), tag.isSelfClosing);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => handler.close(localName(tag.name)));
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));

  let decoder: Decoder | undefined;
  let head: Uint8Array[] = [];
  let headLength = 0;
  const feed = (bytes: Uint8Array, stream: boolean): void => {
    const text = decoder!.decode(bytes, { stream });
    if (text !== '') parser.write(text);
  };
  for await (const chunk of chunks) {
    if (decoder) {
      feed(chunk, true);
      continue;
    }
    // The encoding is told by the first bytes, which may come in more than one chunk.
    head.push(chunk);
    headLength += chunk.length;
    if (headLength < HEAD_BYTES) continue;
    const bytes = concat(head, headLength);
    head = [];
    decoder = decoderFor(bytes);
    feed(bytes, true);
  }
  if (!decoder) {
    const bytes = concat(head, headLength);
    decoder = decoderFor(bytes);
    feed(bytes, true);
  }
  feed(new Uint8Array(0), false);
  parser.close();
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
