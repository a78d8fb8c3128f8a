import type { PathNode } from '../batch';
import type { ExcelHost } from '../host';
import type { RequestContext } from '../request-context';
import { hostError } from '../rich-api-error';
import type { AnyWorksheetEventArgs, EventHandlerResult, EventRegistration, EventKind, WorksheetEventArgs } from '../worksheet-events';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';

const EVENT_PROPERTY: Readonly<Record<EventKind, string>> = { changed: 'onChanged', formatChanged: 'onFormatChanged', activated: 'onActivated' };

/**
 * `OfficeExtension.EventHandlers`: `add(handler)` registers at the next sync (as the runtime
 * sends the registration to the host); the handler then hears every matching event.
 */
export class EventHandlers<Args extends AnyWorksheetEventArgs = WorksheetEventArgs> {
  constructor(
    private readonly context: RequestContext,
    private readonly owner: PathNode,
    private readonly kind: EventKind,
    /** The sheet's id at sync, or null for the whole collection. */
    private readonly sheetId: () => string | null,
  ) {}

  add(handler: (args: Args) => unknown): EventHandlerResult {
    const { host } = this.context;
    let registration: EventRegistration | undefined;
    this.context.enqueue({
      owner: this.owner,
      type: 'Method',
      name: `${EVENT_PROPERTY[this.kind]}.add`,
      args: [],
      effect: 'read',
      run: () => {
        const sheetId = this.sheetId();
        // office-js #1103: the collection's onActivated refused on some Excel 2019 builds (profiles.ts).
        if (this.kind === 'activated' && sheetId === null && host.profile.activatedEventRefused)
          throw hostError('AccessDenied', 'WorksheetCollection.onActivated.add');
        // The host delivers only events of this kind to it: the args are this kind's.
        registration = { kind: this.kind, sheetId, handler: handler as (args: AnyWorksheetEventArgs) => unknown };
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
