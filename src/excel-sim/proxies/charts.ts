import { formatLocalAddress } from '../a1';
import { rangeArgument } from '../range-argument';
import type { ChartModel, SeriesBy, SheetModel } from '../sheet-model';
import type { RequestContext } from '../request-context';
import { ErrorCodes, hostError } from '../rich-api-error';
import { ClientCollection } from './client-collection';
import type { Origin, ScalarProperty } from './client-object';
import { ClientObject } from './client-object';
import type { Range } from './range';

export interface ChartEntry {
  readonly sheet: SheetModel;
  readonly chart: ChartModel;
}

/** `Excel.ChartCollection` of one sheet. */
export class ChartCollection extends ClientCollection<SheetModel, ChartEntry, Chart> {
  constructor(context: RequestContext, origin: Origin<SheetModel>) {
    super(context, origin, 'ChartCollection');
  }

  /**
   * Adds a chart of `sourceData`. With `seriesBy` Auto, a source with more rows than columns is
   * plotted by columns, as Excel decides. Any chart type name is taken as given.
   */
  add(type: string, sourceData: Range, seriesBy: 'Auto' | SeriesBy = 'Auto'): Chart {
    let added: ChartEntry | undefined;
    this.enqueueOn('Method', 'add', [type, sourceData, seriesBy], 'edit', (sheet) => {
      const source = sourceData.asRangeArgument();
      const validSeries = seriesBy === 'Auto' || seriesBy === 'Rows' || seriesBy === 'Columns';
      if (!source || source.sheet !== sheet || !validSeries || !type) throw hostError(ErrorCodes.invalidArgument, 'ChartCollection.add');
      const plotBy = seriesBy !== 'Auto' ? seriesBy : source.rect.rowCount > source.rect.columnCount ? 'Columns' : 'Rows';
      const { id, name } = this.context.host.workbook.nextChart();
      const chart: ChartModel = {
        id,
        name,
        chartType: type,
        source: source.rect,
        seriesBy: plotBy,
        title: { text: '', visible: false },
      };
      sheet.charts.push(chart);
      added = { sheet, chart };
    });
    return new Chart(this.context, {
      parent: this,
      step: { kind: 'method', name: 'add', args: [type, sourceData, seriesBy] },
      resolve: () => added ?? null,
    });
  }

  /** The chart with this name; ItemNotFound if none. */
  getItem(name: string): Chart {
    return new Chart(this.context, {
      parent: this,
      step: { kind: 'method', name: 'getItem', args: [name] },
      resolve: this.derive((sheet) => {
        const chart = sheet.charts.find((candidate) => candidate.name === name);
        if (!chart) throw hostError(ErrorCodes.itemNotFound, 'ChartCollection.getItem');
        return { sheet, chart };
      }),
    });
  }

  protected entries(sheet: SheetModel): readonly ChartEntry[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected itemProxy(origin: Origin<ChartEntry>): Chart {
    return new Chart(this.context, origin);
  }
}

/** `Excel.Chart`. */
export class Chart extends ClientObject<ChartEntry> {
  constructor(context: RequestContext, origin: Origin<ChartEntry>) {
    super(context, origin, 'Chart');
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value);
  }
  get chartType(): string {
    return this.read('chartType');
  }
  set chartType(value: string) {
    this.write('chartType', value);
  }
  get plotBy(): SeriesBy {
    return this.read('plotBy');
  }

  get axes(): ChartAxes {
    return this.child(
      'axes',
      () =>
        new ChartAxes(
          this.context,
          this.property('axes', (entry) => entry),
        ),
    );
  }

  get title(): ChartTitle {
    return this.child(
      'title',
      () =>
        new ChartTitle(
          this.context,
          this.property('title', ({ chart }) => chart),
        ),
    );
  }

  /** Places the chart over cells of its sheet, from `startCell` to `endCell`. */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const args = endCell === undefined ? [startCell] : [startCell, endCell];
    this.enqueueOn('Method', 'setPosition', args, 'edit', ({ sheet, chart }) => {
      const [start, end] = args.map((cell) => formatLocalAddress(rangeArgument(cell, this.context.host.workbook, sheet, 'Chart.setPosition').rect));
      chart.position = end === undefined ? { start: start! } : { start: start!, end };
    });
  }

  delete(): void {
    this.enqueueOn('Method', 'delete', [], 'edit', ({ sheet, chart }) => {
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<ChartEntry>>> {
    return CHART_PROPERTIES;
  }

  protected override navigation(): Readonly<Record<string, () => ClientObject<unknown>>> {
    return { title: () => this.title, axes: () => this.axes };
  }
}

const CHART_PROPERTIES: Readonly<Record<string, ScalarProperty<ChartEntry>>> = {
  name: {
    read: ({ chart }) => chart.name,
    write: ({ chart }, value) => {
      chart.name = String(value);
    },
  },
  chartType: {
    since: '1.7',
    read: ({ chart }) => chart.chartType,
    write: ({ chart }, value) => {
      chart.chartType = String(value);
    },
  },
  plotBy: { since: '1.8', read: ({ chart }) => chart.seriesBy },
};

/** `Excel.ChartTitle`: setting a text shows the title. */
export class ChartTitle extends ClientObject<ChartModel> {
  constructor(context: RequestContext, origin: Origin<ChartModel>) {
    super(context, origin, 'ChartTitle');
  }

  get text(): string {
    return this.read('text');
  }
  set text(value: string) {
    this.write('text', value);
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.write('visible', value);
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<ChartModel>>> {
    return TITLE_PROPERTIES;
  }
}

const TITLE_PROPERTIES: Readonly<Record<string, ScalarProperty<ChartModel>>> = {
  text: {
    read: (chart) => chart.title.text,
    write: (chart, value) => {
      chart.title.text = String(value);
      chart.title.visible = true;
    },
  },
  visible: {
    read: (chart) => chart.title.visible,
    write: (chart, value) => {
      chart.title.visible = value === true;
    },
  },
};

/** `Excel.ChartAxes`: only the category axis is modelled. */
export class ChartAxes extends ClientObject<ChartEntry> {
  constructor(context: RequestContext, origin: Origin<ChartEntry>) {
    super(context, origin, 'ChartAxes');
  }

  get categoryAxis(): ChartAxis {
    return this.child(
      'categoryAxis',
      () =>
        new ChartAxis(
          this.context,
          this.property('categoryAxis', (entry) => entry),
        ),
    );
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<ChartEntry>>> {
    return {};
  }

  protected override navigation(): Readonly<Record<string, () => ClientObject<unknown>>> {
    return { categoryAxis: () => this.categoryAxis };
  }
}

/** `Excel.ChartAxis`: the cells that name its categories. */
export class ChartAxis extends ClientObject<ChartEntry> {
  constructor(context: RequestContext, origin: Origin<ChartEntry>) {
    super(context, origin, 'ChartAxis');
  }

  setCategoryNames(sourceData: Range): void {
    this.context.host.api.assertSupported('ChartAxis.setCategoryNames', '1.7');
    this.enqueueOn('Method', 'setCategoryNames', [sourceData], 'edit', ({ sheet, chart }) => {
      const names = rangeArgument(sourceData, this.context.host.workbook, sheet, 'ChartAxis.setCategoryNames');
      chart.categoryNames = names.rect;
    });
  }

  protected scalars(): Readonly<Record<string, ScalarProperty<ChartEntry>>> {
    return {};
  }
}
