import type { ActionEffect, Delivery, PathNode, PathStep } from '../batch';
import type { LoadOption, LoadTree } from '../load-option';
import { loadTree, selectList } from '../load-option';
import type { RangeRef } from '../range-cells';
import type { RequestContext } from '../request-context';
import { invalidArgument, propertyNotLoaded } from '../rich-api-error';
import { ClientResult } from './client-result';

/** A scalar property: how the host reads it for a load and applies a write at sync. */
export interface ScalarProperty<T> {
  read(target: T, context: RequestContext): unknown;
  write?(target: T, value: unknown, context: RequestContext): void;
  /** The ExcelApi version that introduced it, when later than 1.1. */
  readonly since?: string;
}

/** Where a proxy comes from: its parent, the step taken, and how the host finds its object. */
export interface Origin<T> {
  readonly parent: ClientObject<unknown> | undefined;
  readonly step: PathStep;
  /** Runs at sync, the first time an action needs the object; null for a null object. */
  resolve(): T | null;
}

/**
 * The base of every proxy (`OfficeExtension.ClientObject`). A proxy holds no document state:
 * its properties are what was set on it or what a synced load brought back, and reading
 * anything else throws PropertyNotLoaded, as the runtime's `throwIfNotLoaded` does.
 */
export abstract class ClientObject<T> implements PathNode {
  readonly objectId: number;
  readonly parentNode: ClientObject<unknown> | undefined;
  readonly step: PathStep;
  private readonly fields = new Map<string, unknown>();
  /** Navigation children made so far, each made once (`range.format` is always the same proxy). */
  private readonly children = new Map<string, ClientObject<unknown>>();
  private nullState: boolean | undefined;
  private binding: { readonly target: T | null } | undefined;

  constructor(
    readonly context: RequestContext,
    private readonly origin: Origin<T>,
    /** The runtime's type name, used in error locations: `Range`, `WorksheetCollection`. */
    protected readonly className: string,
  ) {
    this.objectId = context.newObjectId();
    this.parentNode = origin.parent;
    this.step = origin.step;
  }

  get variableName(): string {
    if (this.step.kind === 'property' || this.step.kind === 'root') return this.step.name;
    return this.className.charAt(0).toLowerCase() + this.className.slice(1);
  }

  /** The scalar properties a load can ask for. */
  protected abstract scalars(): Readonly<Record<string, ScalarProperty<T>>>;

  /** Child proxies a load path or `set` can step into (`format`, `fill`…). */
  protected navigation(): Readonly<Record<string, () => ClientObject<unknown>>> {
    return {};
  }

  /** Filled by the sync that first answers for it (instantiation or load). */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(null, 'isNullObject');
    return this.nullState;
  }

  /** The host object, resolved once and then kept, as the runtime keeps an object path. */
  target(): T | null {
    if (!this.binding) this.binding = { target: this.origin.resolve() };
    return this.binding.target;
  }

  /**
   * The block this proxy stands for when passed where a range is expected; only a Range has
   * one. (A method rather than an `instanceof Range` test keeps the modules free of cycles.)
   */
  asRangeArgument(): RangeRef | null {
    return null;
  }

  /** The origin of a navigation child found from this proxy's host object. */
  protected property<C>(name: string, find: (target: T) => C | null): Origin<C> {
    return { parent: this, step: { kind: 'property', name, args: [] }, resolve: this.derive(find) };
  }

  /** Builds the resolver of a child reached from this proxy's host object. */
  protected derive<C>(find: (target: T) => C | null): () => C | null {
    return () => {
      const target = this.target();
      return target === null ? null : find(target);
    };
  }

  load(option?: LoadOption): this {
    const tree = loadTree(option);
    this.context.enqueue({
      owner: this,
      type: 'Query',
      name: 'load',
      args: [selectList(tree)],
      effect: 'read',
      run: () => {
        this.context.beforeRead();
        return this.query(tree);
      },
    });
    return this;
  }

  /** Sets several properties at once, stepping into navigation properties (`format: {...}`). */
  set(properties: Readonly<Record<string, unknown>>): void {
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      const child = this.navigation()[name];
      if (child && typeof value === 'object' && value !== null) {
        child().set(value as Record<string, unknown>);
      } else if (this.scalars()[name]?.write) {
        this.write(name, value);
      } else {
        throw invalidArgument('properties', `${this.className}.set`);
      }
    }
  }

  /** The loaded properties, with loaded children nested: what `JSON.stringify(proxy)` shows. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = Object.fromEntries(this.fields);
    for (const [name, child] of this.children) {
      const nested = child.toJSON();
      if (Object.keys(nested).length > 0) json[name] = nested;
    }
    return json;
  }

  /** The navigation child `name`, made on first use. */
  protected child<C extends ClientObject<unknown>>(name: string, make: () => C): C {
    let child = this.children.get(name);
    if (!child) {
      child = make();
      this.children.set(name, child);
    }
    return child as C;
  }

  /** The value of a scalar: set or loaded; undefined on a null object; else PropertyNotLoaded. */
  protected read<V>(name: string): V {
    this.requireSince(name);
    if (this.fields.has(name)) return this.fields.get(name) as V;
    if (this.nullState === true) return undefined as V;
    throw propertyNotLoaded(this.className, name);
  }

  /** Sets a scalar: kept on the proxy at once (as the runtime does), applied at the next sync. */
  protected write(name: string, value: unknown): void {
    this.requireSince(name);
    const property = this.scalars()[name];
    if (!property?.write) throw invalidArgument(name, `${this.className}.${name}`);
    const writeTo = property.write;
    this.fields.set(name, value);
    this.enqueueOn('SetProperty', name, [value], 'edit', (target) => writeTo(target, value, this.context));
  }

  /** Queues a method call, run against the host object at sync (skipped on a null object). */
  protected enqueueOn(type: 'Method' | 'SetProperty', name: string, args: readonly unknown[], effect: ActionEffect, run: (target: T) => Delivery | void): void {
    this.context.enqueue({
      owner: this,
      type,
      name,
      args,
      effect,
      run: () => {
        const target = this.target();
        return target === null ? undefined : run(target);
      },
    });
  }

  /** Queues a method whose answer arrives in a `ClientResult` (`getCount()`). */
  protected enqueueResult<R>(name: string, args: readonly unknown[], compute: (target: T) => R): ClientResult<R> {
    const result = new ClientResult<R>();
    this.enqueueOn('Method', name, args, 'read', (target) => {
      const value = compute(target);
      return { json: value, deliver: () => result.settle(value) };
    });
    return result;
  }

  /**
   * Called by the `*OrNullObject` methods that make this proxy: it is instantiated where it is
   * made, so the next sync fills `isNullObject` without a load, as the runtime does.
   */
  instantiateNow(): void {
    this.context.enqueue({
      owner: this,
      type: 'Instantiate',
      name: '',
      args: [],
      effect: 'read',
      run: () => {
        const isNull = this.target() === null;
        return { json: { IsNull: isNull }, deliver: () => (this.nullState = isNull) };
      },
    });
  }

  /** Reads the properties `tree` names from the host object, for delivery after the sync. */
  query(tree: LoadTree): Delivery {
    const target = this.target();
    if (target === null) return { json: null, deliver: () => (this.nullState = true) };
    const json: Record<string, unknown> = {};
    const children: Delivery[] = [];
    const scalars = this.scalars();
    const navigation = this.navigation();
    const names = tree.size > 0 ? [...tree.keys()] : Object.keys(scalars);
    for (const name of names) {
      const scalar = scalars[name];
      const child = navigation[name];
      if (scalar) {
        json[name] = scalar.read(target, this.context);
      } else if (child) {
        const delivery = child().query(tree.get(name) ?? new Map());
        json[name] = delivery.json;
        children.push(delivery);
      }
      // Other names (a typo, or `isNullObject`, which every sync fills) are ignored: reading a
      // misspelt property then throws PropertyNotLoaded.
    }
    return {
      json,
      deliver: () => {
        this.nullState = false;
        for (const name of Object.keys(json)) if (scalars[name]) this.fields.set(name, json[name]);
        for (const child of children) child.deliver();
      },
    };
  }

  private requireSince(name: string): void {
    const since = this.scalars()[name]?.since;
    if (since) this.context.host.api.assertSupported(`${this.className}.${name}`, since);
  }
}
