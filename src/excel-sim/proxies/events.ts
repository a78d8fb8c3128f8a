import type { PathNode } from '../batch';
import type { ExcelHost } from '../host';
import type { RequestContext } from '../request-context';
import type { EventHandlerResult, EventKind, WorksheetEventArgs } from '../worksheet-events';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';

/**
 * `OfficeExtension.EventHandlers`: `add(handler)` registers at the next sync (as the runtime
 * sends the registration to the host); the handler then hears every matching event.
 */
export class EventHandlers {
  constructor(
    private readonly context: RequestContext,
    private readonly owner: PathNode,
    private readonly kind: EventKind,
    /** The sheet's id at sync, or null for the whole collection. */
    private readonly sheetId: () => string | null,
  ) {}

  add(handler: (args: WorksheetEventArgs) => unknown): EventHandlerResult {
    const { host } = this.context;
    let registration: { kind: EventKind; sheetId: string | null; handler: typeof handler } | undefined;
    this.context.enqueue({
      owner: this.owner,
      type: 'Method',
      name: this.kind === 'changed' ? 'onChanged.add' : 'onFormatChanged.add',
      args: [],
      effect: 'read',
      run: () => {
        registration = { kind: this.kind, sheetId: this.sheetId(), handler };
        host.events.push(registration);
      },
    });
    return {
      remove: () =>
        this.context.enqueue({
          owner: this.owner,
          type: 'Method',
          name: 'remove',
          args: [],
          effect: 'read',
          run: () => {
            const index = registration ? host.events.indexOf(registration) : -1;
            if (index >= 0) host.events.splice(index, 1);
          },
        }),
    };
  }
}

/** `Excel.Runtime` (`context.runtime`): `enableEvents` (ExcelApi 1.8) turns the add-in's events off and on. */
export class Runtime extends ClientObject<ExcelHost> {
  constructor(context: RequestContext, origin: Origin<ExcelHost>) {
    super(context, origin, 'Runtime');
  }

  get enableEvents(): boolean {
    return this.read('enableEvents');
  }
  set enableEvents(value: boolean) {
    this.write('enableEvents', value);
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<ExcelHost>>> {
    return RUNTIME_PROPERTIES;
  }
}

const RUNTIME_PROPERTIES: Readonly<Record<string, ScalarProperty<ExcelHost>>> = {
  enableEvents: {
    since: '1.8',
    read: (host) => host.eventsEnabled,
    write: (host, value) => {
      host.eventsEnabled = value === true;
    },
  },
};
