import { createExcelSim } from '../../src/excel-sim';
import type { RequestContext } from '../../src/excel-sim';
import { thrownBy } from './errors-of';

function recoverySheet(apiVersion = '1.20') {
  return createExcelSim({
    apiVersion,
    sheets: [
      {
        name: 'Recaudación 2024',
        cells: [
          ['MES', 'TOTAL'],
          ['ENERO', 10],
        ],
      },
    ],
  });
}

describe('requirement sets', () => {
  it.each([
    ['ExcelApi', '1.10', '1.9', false],
    ['ExcelApi', '1.10', '1.10', true],
    ['ExcelApi', '1.9', '1.10', true],
    ['ExcelApi', undefined, '1.1', true],
    ['excelapi', '1.20', '1.20', true],
    ['ExcelApi', 1.1, '1.4', true],
    ['Settings', '1.1', '1.4', true],
    ['WordApi', '1.1', '1.20', false],
  ])('isSetSupported(%p, %p) on a host with ExcelApi %s is %p', (name, version, apiVersion, supported) => {
    const sim = createExcelSim({ apiVersion });
    expect(sim.Office.context.requirements.isSetSupported(name, version)).toBe(supported);
  });

  it.each([
    [
      'Worksheet.comments',
      '1.10',
      '1.9',
      (context: RequestContext) => context.workbook.worksheets.getActiveWorksheet().comments,
    ],
    ['Workbook.comments', '1.10', '1.9', (context: RequestContext) => context.workbook.comments],
    [
      'Worksheet.notes',
      '1.18',
      '1.17',
      (context: RequestContext) => context.workbook.worksheets.getActiveWorksheet().notes,
    ],
    ['Workbook.notes', '1.18', '1.17', (context: RequestContext) => context.workbook.notes],
    [
      'Worksheet.freezePanes',
      '1.7',
      '1.6',
      (context: RequestContext) => context.workbook.worksheets.getActiveWorksheet().freezePanes,
    ],
    [
      'Worksheet.pageLayout',
      '1.9',
      '1.8',
      (context: RequestContext) => context.workbook.worksheets.getActiveWorksheet().pageLayout,
    ],
    [
      'Worksheet.getRangeByIndexes',
      '1.7',
      '1.6',
      (context: RequestContext) => context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, 1, 1),
    ],
    [
      'WorksheetCollection.getItemOrNullObject',
      '1.4',
      '1.3',
      (context: RequestContext) => context.workbook.worksheets.getItemOrNullObject('x'),
    ],
    ['Range.merge', '1.2', '1.1', (context: RequestContext) => context.workbook.getSelectedRange().merge()],
    [
      'RangeFormat.columnWidth',
      '1.2',
      '1.1',
      (context: RequestContext) => context.workbook.getSelectedRange().format.columnWidth,
    ],
    [
      'Application.suspendApiCalculationUntilNextSync',
      '1.6',
      '1.5',
      (context: RequestContext) => context.application.suspendApiCalculationUntilNextSync(),
    ],
  ])('%s (ExcelApi %s) throws ApiNotFound at once on ExcelApi %s', async (member, version, apiVersion, use) => {
    const sim = recoverySheet(apiVersion);
    await sim.Excel.run(async (context) => {
      const error = thrownBy(() => use(context));
      expect(error).toMatchObject({
        name: 'RichApi.Error',
        code: 'ApiNotFound',
        message: `The method or property ${member} is part of the ExcelApi ${version} requirement set, which is not available in your version of Excel.`,
        debugInfo: { errorLocation: member },
      });
    });
  });
});

describe('comments (ExcelApi 1.10)', () => {
  it('adds a comment to a cell, by address or Range, and reads it back', async () => {
    const sim = recoverySheet('1.10');
    const read = await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.comments.add('B2', 'Revisar: no cuadra con el memo.');
      context.workbook.comments.add("'Recaudación 2024'!A2", 'Mes incompleto');
      const comment = sheet.comments.getItemByCell(sheet.getRange('B2')).load('content, authorName');
      const location = comment.getLocation().load('address');
      context.workbook.comments.load('items/content');
      await context.sync();
      return {
        comment: comment.toJSON(),
        location: location.address,
        all: context.workbook.comments.items.map((c) => c.content),
      };
    });
    expect(read).toEqual({
      comment: { content: 'Revisar: no cuadra con el memo.', authorName: 'Simulated User' },
      location: "'Recaudación 2024'!B2",
      all: ['Mes incompleto', 'Revisar: no cuadra con el memo.'],
    });
    expect(sim.snapshot('Recaudación 2024').comments).toEqual({
      A2: 'Mes incompleto',
      B2: 'Revisar: no cuadra con el memo.',
    });
  });

  it.each([
    ['a range of several cells', 'A1:B2', 'InvalidArgument'],
    ['a cell that already has one', 'A1', 'ItemAlreadyExists'],
  ])('refuses %s', async (_case, address, code) => {
    const sim = recoverySheet();
    const run = sim.Excel.run(async (context) => {
      const comments = context.workbook.worksheets.getActiveWorksheet().comments;
      comments.add('A1', 'first');
      await context.sync();
      comments.add(address, 'second');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code, debugInfo: { errorLocation: 'CommentCollection.add' } });
  });
});

describe('notes (ExcelApi 1.18)', () => {
  it('adds, edits, lists and deletes notes', async () => {
    const sim = recoverySheet('1.18');
    await sim.Excel.run(async (context) => {
      const notes = context.workbook.worksheets.getActiveWorksheet().notes;
      notes.add('B2', 'Diferencia de 122.471,11');
      notes.add(context.workbook.worksheets.getActiveWorksheet().getRange('A1'), 'Encabezado');
      await context.sync();
      notes.getItem('B2').content = 'Diferencia corregida';
      notes.getItemAt(0).visible = true;
      notes.load('items/content, items/visible');
      const count = notes.getCount();
      await context.sync();
      expect(notes.items.map((note) => note.toJSON())).toEqual([
        { content: 'Encabezado', visible: true },
        { content: 'Diferencia corregida', visible: false },
      ]);
      expect(count.value).toBe(2);
      notes.getItem('A1').delete();
    });
    expect(sim.snapshot('Recaudación 2024').notes).toEqual({ B2: 'Diferencia corregida' });
    expect(sim.cell('Recaudación 2024', 'B2').note).toBe('Diferencia corregida');
  });

  it('finds a note by cell or gives a null object', async () => {
    const sim = recoverySheet();
    await sim.Excel.run(async (context) => {
      context.workbook.notes.add("'Recaudación 2024'!B2", 'Revisar');
      await context.sync();
      const found = context.workbook.notes.getItemOrNullObject("'Recaudación 2024'!B2");
      const missing = context.workbook.notes.getItemOrNullObject('B3');
      await context.sync();
      expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
      missing.delete();
      found.delete();
    });
    expect(sim.snapshot('Recaudación 2024').notes).toEqual({});
  });

  it('fails getItem for a cell without a note with ItemNotFound', async () => {
    const sim = recoverySheet();
    const run = sim.Excel.run(async (context) => {
      context.workbook.notes.getItem('C9').load('content');
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: 'ItemNotFound',
      debugInfo: { errorLocation: 'NoteCollection.getItem' },
    });
  });
});

describe('Excel.run({ mergeUndoGroup: true })', () => {
  async function threeWritingSyncs(sim: ReturnType<typeof recoverySheet>, options: { mergeUndoGroup?: boolean }) {
    await sim.Excel.run(options, async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      for (const address of ['C1', 'C2', 'C3']) {
        sheet.getRange(address).values = [['x']];
        await context.sync();
      }
      sheet.getRange('C1').load('values');
    });
  }

  it.each([
    ['1.20', true, 1],
    ['1.20', false, 3],
    ['1.19', true, 3],
  ])('on ExcelApi %s with mergeUndoGroup %p leaves %p undo entries', async (apiVersion, mergeUndoGroup, entries) => {
    const sim = recoverySheet(apiVersion);
    await threeWritingSyncs(sim, { mergeUndoGroup });
    expect(sim.workbook.undoEntries).toBe(entries);
    expect(sim.cell('Recaudación 2024', 'C3').value).toBe('x');
  });
});

describe('the Office object', () => {
  it('is ready at once, after the caller turn, as Excel on the web', async () => {
    const sim = createExcelSim();
    const seen: unknown[] = [];
    const ready = sim.Office.onReady((info) => seen.push(info));
    expect(seen).toEqual([]);
    await expect(ready).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(seen).toEqual([{ host: 'Excel', platform: 'OfficeOnline' }]);
  });

  it.each(['es-EC', 'en-US'])('gives the configured display language %s', (displayLanguage) => {
    expect(createExcelSim({ displayLanguage }).Office.context.displayLanguage).toBe(displayLanguage);
  });
});

describe('document settings', () => {
  it('keep changes in memory until saveAsync persists them', async () => {
    const sim = createExcelSim({ settings: { catalog: 'default', year: 2023 } });
    const { settings } = sim.Office.context.document;
    expect(settings.get('year')).toBe(2023);
    expect(settings.get('missing')).toBeNull();
    settings.set('year', 2024);
    settings.set('columns', { mora: 'D' });
    settings.remove('catalog');
    expect(settings.get('columns')).toEqual({ mora: 'D' });
    expect(sim.savedSettings()).toEqual({ catalog: 'default', year: 2023 });
    const result = await new Promise((resolve) => settings.saveAsync({ asyncContext: 'ctx' }, resolve));
    expect(result).toMatchObject({ status: 'succeeded', asyncContext: 'ctx' });
    expect(sim.savedSettings()).toEqual({ year: 2024, columns: { mora: 'D' } });
  });

  it('refreshAsync drops unsaved changes', async () => {
    const sim = createExcelSim({ settings: { year: 2023 } });
    const { settings } = sim.Office.context.document;
    settings.set('year', 1999);
    await new Promise((resolve) => settings.refreshAsync(resolve));
    expect(settings.get('year')).toBe(2023);
  });
});

describe('watching and installing the simulator', () => {
  it('tells listeners after each sync that changed the workbook or the view, and after saving settings', async () => {
    const sim = recoverySheet();
    const changes: string[] = [];
    const stop = sim.onChange((change) => changes.push(change.kind));
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('A1').load('values');
      await context.sync();
      sheet.getRange('A1').values = [['Mes']];
      await context.sync();
      sheet.getRange('B2').select();
    });
    await new Promise((resolve) => sim.Office.context.document.settings.saveAsync(resolve));
    sim.edit('Recaudación 2024', 'C1', 'x');
    stop();
    sim.edit('Recaudación 2024', 'C2', 'y');
    expect(changes).toEqual(['edit', 'view', 'settings', 'edit']);
  });

  it('installs Excel, Office and OfficeExtension as globals and restores what was there', async () => {
    const sim = recoverySheet();
    const target: Record<string, unknown> = { Office: 'previous' };
    const restore = sim.install(target);
    expect(target['Excel']).toBe(sim.Excel);
    expect(target['Office']).toBe(sim.Office);
    expect(target['OfficeExtension']).toBe(sim.OfficeExtension);
    restore();
    expect(target).toEqual({ Office: 'previous', Excel: undefined, OfficeExtension: undefined });
  });

  it('offers the enums add-ins use at run time', () => {
    const { Excel } = recoverySheet();
    expect([Excel.BorderIndex['edgeTop'], Excel.ChartType['columnClustered'], Excel.ErrorCodes.itemNotFound]).toEqual([
      'EdgeTop',
      'ColumnClustered',
      'ItemNotFound',
    ]);
  });
});
