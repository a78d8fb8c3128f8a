import type { RequestContext } from '../request-context';
import type { WorkbookModel } from '../workbook-model';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';

/** `Excel.Application`: calculation is always automatic here, and can be held for one sync. */
export class Application extends ClientObject<WorkbookModel> {
  constructor(context: RequestContext, origin: Origin<WorkbookModel>) {
    super(context, origin, 'Application');
  }

  get calculationMode(): string {
    return this.read('calculationMode');
  }

  /**
   * Formulas are not recalculated for the rest of the batch: loads later in the same sync read
   * the old results; the next sync reads fresh ones (the example in "Performance optimization").
   */
  suspendApiCalculationUntilNextSync(): void {
    this.context.host.api.assertSupported('Application.suspendApiCalculationUntilNextSync', '1.6');
    this.enqueueOn('Method', 'suspendApiCalculationUntilNextSync', [], 'read', () => this.context.suspendCalculation());
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<WorkbookModel>>> {
    return APPLICATION_PROPERTIES;
  }
}

const APPLICATION_PROPERTIES: Readonly<Record<string, ScalarProperty<WorkbookModel>>> = {
  calculationMode: { read: () => 'Automatic' },
};
