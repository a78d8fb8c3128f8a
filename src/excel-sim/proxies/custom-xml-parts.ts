import type { RequestContext } from '../request-context';
import { ErrorCodes, hostError } from '../rich-api-error';
import type { CustomXmlPartModel, WorkbookModel } from '../workbook-model';
import { ClientCollection } from './client-collection';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import type { ClientResult } from './client-result';

/** The namespace of the root element: `<r xmlns="urn:x">` → `urn:x`; a part without one has none. */
function rootNamespace(xml: string): string | null {
  const root = /<([A-Za-z_][\w.-]*(?::[\w.-]+)?)([^>]*)>/.exec(xml.replace(/<\?[^>]*\?>/g, ''));
  if (!root) return null;
  const prefix = root[1]!.includes(':') ? root[1]!.split(':')[0]! : null;
  const attribute = new RegExp(`xmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*"([^"]*)"`).exec(root[2]!);
  return attribute ? attribute[1]! : '';
}

/**
 * `Excel.CustomXmlPartCollection` (ExcelApi 1.5): XML kept in the workbook file, without the
 * document settings' size limit. Parts persist with the workbook (they survive `reopen`).
 */
export class CustomXmlPartCollection extends ClientCollection<WorkbookModel, CustomXmlPartModel, CustomXmlPart> {
  constructor(context: RequestContext, origin: Origin<WorkbookModel>) {
    super(context, origin, 'CustomXmlPartCollection');
  }

  /** Adds a part; XML without a root element is InvalidArgument. */
  add(xml: string): CustomXmlPart {
    let added: CustomXmlPartModel | undefined;
    this.enqueueOn('Method', 'add', [xml], 'edit', (workbook) => {
      const namespaceUri = rootNamespace(xml);
      if (namespaceUri === null) throw hostError(ErrorCodes.invalidArgument, 'CustomXmlPartCollection.add');
      added = workbook.addCustomXmlPart(xml, namespaceUri);
    });
    return new CustomXmlPart(this.context, { parent: this, step: { kind: 'method', name: 'add', args: [xml] }, resolve: () => added ?? null });
  }

  getItem(id: string): CustomXmlPart {
    return new CustomXmlPart(this.context, {
      parent: this,
      step: { kind: 'method', name: 'getItem', args: [id] },
      resolve: this.derive((workbook) => {
        const part = workbook.customXmlParts.find((p) => p.id === id);
        if (!part) throw hostError(ErrorCodes.itemNotFound, 'CustomXmlPartCollection.getItem');
        return part;
      }),
    });
  }

  getItemOrNullObject(id: string): CustomXmlPart {
    const part = new CustomXmlPart(this.context, {
      parent: this,
      step: { kind: 'method', name: 'getItemOrNullObject', args: [id] },
      resolve: this.derive((workbook) => workbook.customXmlParts.find((p) => p.id === id) ?? null),
    });
    part.instantiateNow();
    return part;
  }

  protected entries(workbook: WorkbookModel): readonly CustomXmlPartModel[] {
    return workbook.customXmlParts;
  }

  protected itemProxy(origin: Origin<CustomXmlPartModel>): CustomXmlPart {
    return new CustomXmlPart(this.context, origin);
  }
}

const PART_PROPERTIES: Readonly<Record<string, ScalarProperty<CustomXmlPartModel>>> = {
  id: { read: (part) => part.id },
  namespaceUri: { read: (part) => part.namespaceUri },
};

/** `Excel.CustomXmlPart`. */
export class CustomXmlPart extends ClientObject<CustomXmlPartModel> {
  constructor(context: RequestContext, origin: Origin<CustomXmlPartModel>) {
    super(context, origin, 'CustomXmlPart');
  }

  get id(): string {
    return this.read('id');
  }
  get namespaceUri(): string {
    return this.read('namespaceUri');
  }

  getXml(): ClientResult<string> {
    return this.enqueueResult('getXml', [], (part) => part.xml);
  }

  setXml(xml: string): void {
    this.enqueueOn('Method', 'setXml', [xml], 'edit', (part) => {
      const namespaceUri = rootNamespace(xml);
      if (namespaceUri === null) throw hostError(ErrorCodes.invalidArgument, 'CustomXmlPart.setXml');
      part.xml = xml;
      part.namespaceUri = namespaceUri;
    });
  }

  delete(): void {
    this.enqueueOn('Method', 'delete', [], 'edit', (part) => this.context.host.workbook.deleteCustomXmlPart(part));
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<CustomXmlPartModel>>> {
    return PART_PROPERTIES;
  }
}
