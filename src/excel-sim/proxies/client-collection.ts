import type { Delivery } from '../batch';
import type { LoadTree } from '../load-option';
import { propertyNotLoaded } from '../rich-api-error';
import type { ClientResult } from './client-result';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';

/**
 * A collection proxy (`WorksheetCollection`, `ChartCollection`…) over the entries of a host
 * object `O`. Its `items` exist only after a synced load, each item bound to the entry it was
 * read from; a load path without `items/` applies to the items, as in the runtime
 * (`load('name')` is `load('items/name')`).
 */
export abstract class ClientCollection<O, I, P extends ClientObject<I>> extends ClientObject<O> {
  private loadedItems: P[] | undefined;

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.className, 'items');
    return this.loadedItems;
  }

  getCount(): ClientResult<number> {
    return this.enqueueResult('getCount', [], (owner) => this.entries(owner).length);
  }

  /** The entries as they are now, read on the host. */
  protected abstract entries(owner: O): readonly I[];

  /** The proxy for one entry, bound to `origin`. */
  protected abstract itemProxy(origin: Origin<I>): P;

  protected scalars(): Readonly<Record<string, ScalarProperty<O>>> {
    return {};
  }

  override query(tree: LoadTree): Delivery {
    const owner = this.target();
    const targets = owner === null ? [] : this.entries(owner);
    const itemTree = tree.get('items') ?? tree;
    const proxies = targets.map((target, index) =>
      this.itemProxy({ parent: this, step: { kind: 'item', name: 'items', args: [index] }, resolve: () => target }),
    );
    const deliveries = proxies.map((proxy) => proxy.query(itemTree));
    return {
      json: { items: deliveries.map((delivery) => delivery.json) },
      deliver: () => {
        for (const delivery of deliveries) delivery.deliver();
        this.loadedItems = proxies;
      },
    };
  }

  override toJSON(): Record<string, unknown> {
    return this.loadedItems ? { items: this.loadedItems.map((item) => item.toJSON()) } : {};
  }
}
