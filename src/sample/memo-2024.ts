/**
 * The table "RECAUDACIÓN TOTAL – AÑO 2024" of memo IESS-UPCCH-2025-0684-M
 * (../shared/seed/000_34af85320fba381f.txt), as the analysts' sheet lays it out: the sample
 * workbook, the playground and the golden tests are all built from these figures.
 * Amounts are the memo's es-EC text, kept as printed; blank is ''.
 */

import { type Amount, add, parseAmountText, toNumber, ZERO } from '../domain/money';

/** The sample workbook's one sheet (samples/recaudacion-2024.xlsx, and the playground's). */
export const SAMPLE_SHEET = 'Recaudación 2024';

/** The sample sheet's merged areas: each title row across the table, the region over TOTAL and OPORTUNA. */
export const SAMPLE_MERGES = ['A1:H1', 'A2:H2', 'B4:C4'] as const;

export const SAMPLE_AMOUNT_FORMAT = '#,##0.00';

export const MEMO_TITLE = ['RECAUDACIÓN TOTAL', 'AÑO 2024'] as const;

/** Two stacked header rows: group labels (with the region over TOTAL and OPORTUNA), then codes. */
export const MEMO_HEADER = [
  ['Carga Indicador', 'CHIMBORAZO', '', 'MORA', 'PLANILLA EN MORA', 'GLOSAS', 'TITULOS', 'CONVENIOS'],
  [
    '',
    'TOTAL',
    'OPORTUNA',
    'IE-DNRGC-DP-10-Monto de recuperación de cartera en mora',
    'NC-DNRGC-DP-9-Monto de recuperación de cartera en estado planilla',
    'NC-DNRGC-DP-8-Monto de recuperación de cartera en mora en estado de glosas',
    'NC-DNRGC-DP-7-Monto de recuperación de cartera en estado de título de crédito',
    'NC-DNRGC-DP-10-Monto de recuperación de cartera en convenios de pago',
  ],
] as const;

/** Column order of the amounts: total, oportuna, mora, planilla, glosas, titulos, convenios. */
export const MEMO_KEYS = ['total', 'oportuna', 'mora', 'planilla', 'glosas', 'titulos', 'convenios'] as const;

export const MEMO_MONTHS: readonly (readonly [string, ...string[]])[] = [
  ['ENERO', '12.742.937,65', '11.868.052,21', '874.885,44', '717.234,59', '14.420,75', '125.825,05', '17.405,05'],
  ['FEBRERO', '12.159.764,80', '11.470.915,70', '688.849,10', '468.963,45', '60.680,08', '138.782,43', '20.423,14'],
  ['MARZO', '12.233.581,59', '11.561.740,22', '671.841,37', '453.177,34', '59.764,40', '139.485,84', '19.413,79'],
  ['ABRIL', '12.381.112,80', '11.557.362,67', '823.750,13', '548.128,59', '53.353,34', '201.308,75', '20.959,45'],
  ['MAYO', '12.887.073,54', '11.997.351,25', '889.722,29', '454.288,40', '75.621,35', '339.488,31', '20.324,23'],
  ['JUNIO', '12.629.156,30', '11.741.763,56', '887.392,74', '590.150,97', '74.920,43', '200.984,59', '21.336,75'],
  ['JULIO', '12.706.912,09', '11.868.361,20', '838.550,89', '521.023,67', '46.514,41', '243.870,87', '27.141,94'],
  ['AGOSTO', '12.687.626,47', '11.998.308,02', '689.318,45', '418.978,27', '41.071,69', '184.027,87', '45.240,62'],
  ['SEPTIEMBRE', '12.318.344,62', '11.575.107,35', '743.237,27', '485.974,18', '47.906,58', '171.856,81', '37.499,70'],
  ['OCTUBRE', '12.525.564,99', '11.769.225,44', '756.339,55', '527.981,09', '49.717,79', '145.221,08', '33.419,59'],
  ['NOVIEMBRE', '12.768.446,32', '12.042.948,00', '725.498,32', '486.597,60', '39.865,44', '163.428,79', '35.606,49'],
  ['DICIEMBRE', '12.211.065,20', '11.624.772,30', '586.292,90', '387.278,18', '38.246,85', '127.503,68', '33.264,19'],
];

export const MEMO_ADJUSTMENT = ['IESS-DNRGC-2025-0310-M (AJUSTE DE RESULTADOS)', '', '', '', '', '', '', '122.471,11'] as const;

/** The totals row as printed: `mora` and `total` do not carry the adjustment. */
export const MEMO_TOTALS = ['TOTAL', '150.251.586,37', '141.075.907,92', '9.175.678,45', '6.059.776,33', '602.083,11', '2.181.784,07', '454.506,05'] as const;

/** The figures the memo should have printed once the adjustment is carried up (RECONCILIATION.md §5). */
export const MEMO_RECONCILED = { total: '150374057.48', mora: '9298149.56' } as const;

/**
 * The memo laid out as sheet rows from A1: title, a blank row, the two header rows, twelve
 * months, the adjustment and the totals (A4:H19, as the contract's JSON example).
 */
export function memoSheetRows(): string[][] {
  return [
    [MEMO_TITLE[0]],
    [MEMO_TITLE[1]],
    [],
    [...MEMO_HEADER[0]],
    [...MEMO_HEADER[1]],
    ...MEMO_MONTHS.map((r) => [...r]),
    [...MEMO_ADJUSTMENT],
    [...MEMO_TOTALS],
  ];
}

/** `memoSheetRows` as the sample sheet holds it: amounts as numbers, as an analyst's sheet does; blanks null. */
export function memoSheetValues(): (string | number | null)[][] {
  return memoSheetRows().map((row) => row.map(sheetValue));
}

function sheetValue(text: string): string | number | null {
  if (text === '') return null;
  const reading = parseAmountText(text);
  return reading.ok ? toNumber(reading.amount) : text;
}

/** The companion sample's sheet: the yearly template an analyst fills month by month, checked in July. */
export const JUNE_SHEET = 'Recaudación 2024';

/** A cell of the template as exceljs writes it: a value, or a formula with the result Excel would cache. */
export type TemplateValue = string | number | null | { readonly formula: string; readonly result: number };

/** Sheet row of ENERO in the template (as in the memo's sheet); TOTAL is the row after DICIEMBRE. */
export const TEMPLATE_FIRST_MONTH_ROW = 6;

/**
 * The memo's figures through `lastMonth` on a yearly template: twelve month rows whose TOTAL and
 * MORA are formulas (`=C6+D6`, `=E6+F6+G6+H6`) also in the months not filled yet (result 0), and
 * a totals row of `=SUM` over all twelve. No adjustment row: the memo's adjustment came at year end.
 */
export function memoTemplateValues(lastMonth: number): TemplateValue[][] {
  const first = TEMPLATE_FIRST_MONTH_ROW;
  const last = first + 11;
  const amountOf = (text: string): Amount => {
    const reading = parseAmountText(text);
    if (!reading.ok) throw new Error(`not an amount: ${text}`);
    return reading.amount;
  };
  const sums: Amount[] = Array<Amount>(7).fill(ZERO);
  const months = MEMO_MONTHS.map(([label, ...amounts], i) => {
    const row = first + i;
    const filled = i < lastMonth;
    const values = amounts.map((a) => (filled ? amountOf(a) : ZERO));
    values.forEach((v, c) => (sums[c] = add(sums[c]!, v)));
    const [total, oportuna, mora, ...children] = values.map(toNumber);
    return [
      label,
      { formula: `C${row}+D${row}`, result: total! },
      filled ? oportuna! : null,
      { formula: `E${row}+F${row}+G${row}+H${row}`, result: mora! },
      ...children.map((c) => (filled ? c : null)),
    ];
  });
  const letters = ['B', 'C', 'D', 'E', 'F', 'G', 'H'];
  const totals = ['TOTAL', ...letters.map((l, c) => ({ formula: `SUM(${l}${first}:${l}${last})`, result: toNumber(sums[c]!) }))];
  return [[MEMO_TITLE[0]], [MEMO_TITLE[1]], [], [...MEMO_HEADER[0]], [...MEMO_HEADER[1]], ...months, totals];
}
