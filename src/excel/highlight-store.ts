import { type HighlightRecord, EMPTY_RECORD, isEmpty, parseRecord } from './highlight-record';
import type { DocumentSettings } from './document-settings';
import { jsonBytes } from './request-size';

/**
 * Where the highlight record lives. Document settings are limited (2 MB documented, about
 * 1 MB reported on Windows: office-js #621, #3957) and shared with the user's settings, so a
 * record larger than `SETTINGS_BOUND_BYTES` goes to a custom XML part of the workbook
 * (ExcelApi 1.5, no such limit), the settings keeping only a pointer to it. Nothing is dropped
 * silently: a failure to store reaches the pane as an error.
 */

/**
 * A record up to this size stays in the settings: 10,000 highlighted cells in a few columns take
 * about 2 KB, 10,000 cells with no two adjacent about 60 KB. The bound leaves the settings far
 * from both reported limits, whatever else they hold (the user's catalog).
 */
export const SETTINGS_BOUND_BYTES = 64 * 1024;

export const RECORD_NAMESPACE = 'urn:cuadre:highlights:2';

interface PartPointer {
  readonly v: 2;
  readonly part: string;
}

const isPointer = (value: unknown): value is PartPointer => typeof value === 'object' && value !== null && typeof (value as PartPointer).part === 'string';

function toXml(record: HighlightRecord): string {
  const json = JSON.stringify(record).replace(/]]>/g, ']]]]><![CDATA[>');
  return `<highlights xmlns="${RECORD_NAMESPACE}"><![CDATA[${json}]]></highlights>`;
}

function fromXml(xml: string): HighlightRecord {
  const parts = [...xml.matchAll(/<!\[CDATA\[([\s\S]*?)]]>/g)].map((m) => m[1]).join('');
  try {
    return parseRecord(JSON.parse(parts));
  } catch {
    return EMPTY_RECORD;
  }
}

export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export class HighlightStore {
  constructor(
    private readonly settings: DocumentSettings,
    private readonly run: Run,
  ) {}

  /** The record kept, wherever it is. */
  async load(): Promise<HighlightRecord> {
    const stored = this.settings.highlights();
    if (!isPointer(stored)) return parseRecord(stored);
    return this.run(async (context) => {
      const part = context.workbook.customXmlParts.getItemOrNullObject(stored.part);
      await context.sync();
      if (part.isNullObject) return EMPTY_RECORD;
      const xml = part.getXml();
      await context.sync();
      return fromXml(xml.value);
    });
  }

  /** Keeps `record` in the settings when small, else in a custom XML part; an empty one removes both. */
  async save(record: HighlightRecord): Promise<{ readonly where: 'settings' | 'xml-part' | 'none' }> {
    const stored = this.settings.highlights();
    const oldPart = isPointer(stored) ? stored.part : null;
    if (isEmpty(record) || jsonBytes(record) <= SETTINGS_BOUND_BYTES) {
      if (oldPart) await this.deletePart(oldPart);
      await this.settings.storeHighlights(isEmpty(record) ? null : record);
      return { where: isEmpty(record) ? 'none' : 'settings' };
    }
    const xml = toXml(record);
    const id = await this.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const existing = oldPart ? parts.getItemOrNullObject(oldPart) : null;
      await context.sync();
      if (existing && !existing.isNullObject) {
        existing.setXml(xml);
        await context.sync();
        return oldPart!;
      }
      const added = parts.add(xml);
      added.load('id');
      await context.sync();
      return added.id;
    });
    const pointer: PartPointer = { v: 2, part: id };
    await this.settings.storeHighlights(pointer);
    return { where: 'xml-part' };
  }

  private deletePart(id: string): Promise<void> {
    return this.run(async (context) => {
      context.workbook.customXmlParts.getItemOrNullObject(id).delete();
      await context.sync();
    });
  }
}
