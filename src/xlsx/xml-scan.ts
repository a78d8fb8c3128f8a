/**
 * A streaming scanner for the XML of an .xlsx part: elements and text are handed over as the
 * bytes arrive, so a sheet of a million cells is never one string. It knows as much XML as
 * spreadsheet files use: names lose their namespace prefix (`x:c` is `c`), entities and
 * character references are decoded, comments and processing instructions skipped. A DOCTYPE
 * (which no workbook program writes, and which can define entity bombs) or a part that ends
 * inside an element is `MalformedXml`.
 */

export class MalformedXml extends Error {
  override readonly name = 'MalformedXml';
}

/** Attribute values by local name (`r:id` is `id`). */
export type Attributes = Readonly<Record<string, string>>;

export interface XmlHandler {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Text inside elements, decoded; one run of text may come in several calls. */
  text(text: string): void;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g;

function decode(raw: string): string {
  // Line ends are normalized before anything else, as every XML parser does.
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_, ref: string) => {
    if (ref[0] !== '#') {
      const named = PREDEFINED[ref];
      if (named === undefined) throw new MalformedXml(`unknown entity &${ref};`);
      return named;
    }
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (!(code >= 0 && code <= 0x10ffff)) throw new MalformedXml(`character reference &${ref}; out of range`);
    return String.fromCodePoint(code);
  });
}

const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributesOf(body: string): Attributes {
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(body); m !== null; m = ATTRIBUTE.exec(body)) attributes[localName(m[1]!)] = decode(m[2] ?? m[3] ?? '');
  return attributes;
}

const localName = (qualified: string): string => qualified.slice(qualified.indexOf(':') + 1);

/** Index just past the `>` that ends the tag opened at `from`, skipping quoted values; -1 if not there yet. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === DOUBLE_QUOTE || ch === SINGLE_QUOTE) {
      quote = ch;
    } else if (ch === GREATER_THAN) {
      return i + 1;
    }
  }
  return -1;
}

const [DOUBLE_QUOTE, SINGLE_QUOTE, GREATER_THAN, BANG, QUESTION] = ['"', "'", '>', '!', '?'].map((c) => c.charCodeAt(0));

const SKIPPED: readonly (readonly [open: string, close: string])[] = [
  ['<!--', '-->'],
  ['<?', '?>'],
];

class Scanner {
  private pending = '';
  /** How much of `pending` is known to hold no `<`, so a long run of text is not searched again at every chunk. */
  private plain = 0;
  private depth = 0;
  private seenRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  feed(chunk: string): void {
    this.pending += chunk;
    this.pending = this.pending.slice(this.scan());
  }

  finish(): void {
    if (this.pending.trim() !== '' || this.depth !== 0 || !this.seenRoot) throw new MalformedXml('the part ends inside an element');
  }

  /** Hands over every complete token; returns where the incomplete rest starts. */
  private scan(): number {
    const xml = this.pending;
    let at = 0;
    for (;;) {
      const lt = xml.indexOf('<', Math.max(at, this.plain));
      this.plain = 0;
      if (lt < 0) {
        this.plain = xml.length - at;
        return at;
      }
      if (lt > at && this.depth > 0) this.handler.text(decode(xml.slice(at, lt)));
      const next = xml.charCodeAt(lt + 1);
      if (next !== BANG && next !== QUESTION) {
        const end = tagEnd(xml, lt);
        if (end < 0) return lt;
        this.tag(xml.slice(lt + 1, end - 1));
        at = end;
        continue;
      }
      const skipped = SKIPPED.find(([open]) => xml.startsWith(open, lt));
      if (skipped) {
        const end = xml.indexOf(skipped[1], lt + skipped[0].length);
        if (end < 0) return lt;
        at = end + skipped[1].length;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return lt;
        if (this.depth > 0) this.handler.text(xml.slice(lt + 9, end));
        at = end + 3;
        continue;
      }
      if (xml.length - lt < 9) return lt;
      throw new MalformedXml('a DOCTYPE or declaration inside the part');
    }
  }

  private tag(body: string): void {
    if (body.startsWith('/')) {
      if (--this.depth < 0) throw new MalformedXml('a closing tag without its opening one');
      this.handler.close(localName(body.slice(1).trim()));
      return;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const nameEnd = inner.search(/[\s]|$/);
    const name = localName(inner.slice(0, nameEnd));
    if (name === '') throw new MalformedXml('an element without a name');
    if (this.depth === 0 && this.seenRoot) throw new MalformedXml('a second root element');
    this.seenRoot = true;
    this.handler.open(name, attributesOf(inner.slice(nameEnd)), selfClosing);
    if (selfClosing) this.handler.close(name);
    else this.depth++;
  }
}

/** Scans a part's UTF-8 bytes as they arrive; rejects with `MalformedXml` or the stream's own error. */
export async function scanXml(chunks: AsyncIterable<Uint8Array>, handler: XmlHandler): Promise<void> {
  const scanner = new Scanner(handler);
  // A byte order mark before the declaration is allowed; it is no text (the decoder drops it).
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) scanner.feed(decoder.decode(chunk, { stream: true }));
  scanner.feed(decoder.decode());
  scanner.finish();
}
