import { createExcelSim } from '../../src/excel-sim';

/** A1:A3 = 10, 20, 30; B1:B4 = 'texto', TRUE, #N/A, '7' (text); 'Otra hoja'!A1 = 5. */
function sheets() {
  return createExcelSim({
    sheets: [
      {
        name: 'Datos',
        cells: [
          [10, 'texto'],
          [20, true],
          [30, '#N/A'],
          [null, '7'],
        ],
      },
      { name: 'Otra hoja', cells: [[5]] },
    ],
  });
}

async function valueOf(formula: string): Promise<unknown> {
  const sim = sheets();
  return sim.Excel.run(async (context) => {
    const cell = context.workbook.worksheets.getItem('Datos').getRange('E1');
    cell.formulas = [[formula]];
    cell.load('values, formulas');
    await context.sync();
    expect(cell.formulas).toEqual([[formula]]);
    return cell.values[0]![0];
  });
}

describe('formula results', () => {
  it.each([
    ['=SUM(A1:A3)', 60],
    ['=SUM(A1,A2,5)', 35],
    ['=SUM(A1:A2, A3)', 60],
    ['=SUM(A:A)', 60],
    ['=SUM(A1:B2)', 30],
    ['=SUM($A$1:$A$3)-A1', 50],
    ['=A1+A2-A3', 0],
    ['=A1*2+A2/4', 25],
    ['=-(A1+A2)', -30],
    ['=A1+B4', 17],
    ['=A1+B2', 11],
    ['=A1+C9', 10],
    ['=1.5+2', 3.5],
    ["='Otra hoja'!A1+A1", 15],
    ["=SUM('Otra hoja'!A1:A3)", 5],
    ['=A1+B1', '#VALUE!'],
    ['=A1+B3', '#N/A'],
    ['=SUM(A1:B3)', '#N/A'],
    ['=A1/0', '#DIV/0!'],
    ['=Hoja9!A1', '#REF!'],
    ['=AVERAGE(A1:A3)', '#NAME?'],
    ['=A1&B1', '10texto'],
    ['="MORA "&A1&" · "&B2&C9', 'MORA 10 · TRUE'],
    ['="a"&1+2', 'a3'],
    ['=(A1&"5")+1', 106],
    ['=A1&B3', '#N/A'],
    ['=1/3&""', '0.333333333333333'],
    ['=FIXED(9175678.45,2)', '9,175,678.45'],
    ['=FIXED(9175678.45)', '9,175,678.45'],
    ['=FIXED(-122471.11,2)', '-122,471.11'],
    ['=FIXED(1.005,2)', '1.01'],
    ['=FIXED(-0.004,2)', '0.00'],
    ['=FIXED(2.5,0)', '3'],
    ['=FIXED(-2.5,0)', '-3'],
    ['=FIXED(1234567,-3)', '1,235,000'],
    ['=FIXED(1234.5,1,TRUE)', '1234.5'],
    ['=FIXED(0.1+0.2,2)', '0.30'],
    ['=FIXED(B4,1)', '7.0'],
    ['=FIXED(B1,2)', '#VALUE!'],
    ['=FIXED(A1,200)', '#VALUE!'],
    ['="Total: "&FIXED(A1+A2,2)', 'Total: 30.00'],
    ['=C1', 0],
  ])('%s gives %p', async (formula, expected) => {
    expect(await valueOf(formula)).toBe(expected);
  });

  it('reports an error result with the Error value type', async () => {
    const sim = sheets();
    await sim.Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem('Datos').getRange('E1');
      cell.formulas = [['=A1/0']];
      cell.load('valueTypes, text');
      await context.sync();
      expect([cell.valueTypes, cell.text]).toEqual([[['Error']], [['#DIV/0!']]]);
    });
  });

  it('gives 0 on a circular reference, as Excel leaves it, and dependents calculate from it', () => {
    const sim = createExcelSim({
      sheets: [{ name: 'S', cells: [[{ formula: '=B1+1' }, { formula: '=A1+1' }, { formula: '=A1+5' }]] }],
    });
    expect(sim.snapshot('S').values).toEqual([[0, 0, 5]]);
  });
});

describe('recalculation', () => {
  it('recalculates dependents when inputs change, within the same batch', async () => {
    const sim = createExcelSim({
      sheets: [
        {
          name: 'S',
          cells: [
            [1, 2, { formula: '=SUM(A1:B1)' }],
            [null, null, { formula: '=C1*2' }],
          ],
        },
      ],
    });
    await sim.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('A1:B1').values = [[10, 20]];
      const results = sheet.getRange('C1:C2').load('values');
      await context.sync();
      expect(results.values).toEqual([[30], [60]]);
    });
  });

  it('holds results for the rest of the batch after suspendApiCalculationUntilNextSync', async () => {
    // The example of "Performance optimization using the Excel JavaScript API".
    const sim = createExcelSim();
    await sim.Excel.run(async (context) => {
      const app = context.workbook.application;
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.getRange('A1:C1').values = [[1, 2, '=SUM(A1:B1)']];
      let rangeToGet = sheet.getRange('A1:C1').load('values');
      app.load('calculationMode');
      await context.sync();
      expect(rangeToGet.values).toEqual([[1, 2, 3]]);
      expect(app.calculationMode).toBe('Automatic');

      app.suspendApiCalculationUntilNextSync();
      sheet.getRange('A1:B1').values = [[10, 20]];
      rangeToGet = sheet.getRange('A1:C1').load('values');
      await context.sync();
      expect(rangeToGet.values).toEqual([[10, 20, 3]]);

      rangeToGet.load('values');
      await context.sync();
      expect(rangeToGet.values).toEqual([[10, 20, 30]]);
    });
  });

  it('recalculates after a user edit', () => {
    const sim = createExcelSim({ sheets: [{ name: 'S', cells: [[1, { formula: '=A1*100' }]] }] });
    sim.edit('S', 'A1', '2.5');
    expect(sim.cell('S', 'B1').value).toBe(250);
    sim.edit('S', 'A1', '=SUM(5,6)');
    expect(sim.cell('S', 'B1').value).toBe(1100);
  });
});
