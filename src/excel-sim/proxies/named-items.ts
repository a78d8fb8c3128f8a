import { formatAbsoluteAddress, quoteSheetName } from '../a1';
import { rangeArgument } from '../range-argument';
import type { RequestContext } from '../request-context';
import { ErrorCodes, hostError } from '../rich-api-error';
import type { NamedItemModel, SheetModel } from '../sheet-model';
import { ClientCollection } from './client-collection';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import type { Range } from './range';

/**
 * `Excel.NamedItemCollection` of one worksheet (`Worksheet.names`, ExcelApi 1.4): names whose
 * scope is the sheet, referring to a range. Names are matched without regard to case, as in Excel.
 * Only range names are modelled: what the add-in writes to mark its report sheets.
 */

interface NameEntry {
  readonly sheet: SheetModel;
  readonly item: NamedItemModel;
}

/** Excel's rule for a defined name: a letter, `_` or `\` first, then letters, digits, `_` and `.`; not a cell address. */
const VALID_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]{0,254}$/u;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[RrCc]\d*)$/;

export class NamedItemCollection extends ClientCollection<SheetModel, NameEntry, NamedItem> {
  constructor(context: RequestContext, origin: Origin<SheetModel>) {
    super(context, origin, 'NamedItemCollection');
  }

  /** Adds a name for a range of this sheet; InvalidArgument for a malformed name, ItemAlreadyExists when the sheet has it. */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    const location = 'NamedItemCollection.add';
    let added: NameEntry | undefined;
    const args = comment === undefined ? [name, reference] : [name, reference, comment];
    this.enqueueOn('Method', 'add', args, 'edit', (sheet) => {
      if (!VALID_NAME.test(name) || LOOKS_LIKE_CELL.test(name)) throw hostError(ErrorCodes.invalidArgument, location);
      if (sheet.names.has(name.toUpperCase())) throw hostError(ErrorCodes.itemAlreadyExists, location);
      const target = rangeArgument(reference, this.context.host.workbook, sheet, location);
      const item: NamedItemModel = { name, target, comment: comment ?? '', visible: true };
      sheet.names.set(name.toUpperCase(), item);
      added = { sheet, item };
    });
    return new NamedItem(this.context, { parent: this, step: { kind: 'method', name: 'add', args }, resolve: () => added ?? null });
  }

  getItem(name: string): NamedItem {
    return this.named('getItem', name, false);
  }

  getItemOrNullObject(name: string): NamedItem {
    const item = this.named('getItemOrNullObject', name, true);
    item.instantiateNow();
    return item;
  }

  protected entries(sheet: SheetModel): readonly NameEntry[] {
    return [...sheet.names.values()].map((item) => ({ sheet, item }));
  }

  protected itemProxy(origin: Origin<NameEntry>): NamedItem {
    return new NamedItem(this.context, origin);
  }

  private named(method: string, name: string, nullable: boolean): NamedItem {
    return new NamedItem(this.context, {
      parent: this,
      step: { kind: 'method', name: method, args: [name] },
      resolve: this.derive((sheet) => {
        const item = sheet.names.get(name.toUpperCase());
        if (item) return { sheet, item };
        if (nullable) return null;
        throw hostError(ErrorCodes.itemNotFound, `NamedItemCollection.${method}`);
      }),
    });
  }
}

/** `=’Informe 2024’!$A$1`: the reference follows its sheet's current name, as Excel's does. */
const formulaOf = ({ item }: NameEntry): string => `=${quoteSheetName(item.target.sheet.name)}!${formatAbsoluteAddress(item.target.rect)}`;

const NAMED_ITEM_PROPERTIES: Readonly<Record<string, ScalarProperty<NameEntry>>> = {
  name: { read: ({ item }) => item.name },
  type: { read: () => 'Range' },
  scope: { read: () => 'Worksheet' },
  value: { read: (entry) => formulaOf(entry).slice(1) },
  formula: { read: formulaOf, since: '1.7' },
  comment: {
    read: ({ item }) => item.comment,
    write: ({ item }, value) => {
      item.comment = String(value);
    },
  },
  visible: {
    read: ({ item }) => item.visible,
    write: ({ item }, value) => {
      item.visible = value === true;
    },
  },
};

/** `Excel.NamedItem`. */
export class NamedItem extends ClientObject<NameEntry> {
  constructor(context: RequestContext, origin: Origin<NameEntry>) {
    super(context, origin, 'NamedItem');
  }

  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get value(): string {
    return this.read('value');
  }
  get formula(): string {
    return this.read('formula');
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.write('visible', value);
  }
  get comment(): string {
    return this.read('comment');
  }
  set comment(value: string) {
    this.write('comment', value);
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<NameEntry>>> {
    return NAMED_ITEM_PROPERTIES;
  }
}
