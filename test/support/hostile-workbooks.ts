import ExcelJS from 'exceljs';
import { a1 } from '../../src/domain/grid';
import { type Prng, prng } from './prng';
import { SharedStrings, STYLE, cellXml, escapeXml, rawXlsx, rowsXml, worksheetXml, zipOf } from './raw-xlsx';
import { TALL_ROWS, tallWorkbook } from './tall-workbook';
import { type BookOptions, type SheetSpec, memoRows, memoXlsx, xlsxFrom } from './workbook-builder';

/**
 * A corpus of hostile workbooks, generated from a seed: no workbook in it may break Cuadre.
 *
 * - `hostileBooks(seed)`: workbooks as data (sheets of row values, as `xlsxFrom` and `gridFrom`
 *   take them), generated at random and named by what they attack. Both hosts can meet them:
 *   the CLI through `hostileXlsx`, the add-in by loading the same rows into the in-memory Excel.
 * - `hostileFiles()`: bytes only a file reader meets: no workbook at all, a broken one, XML no
 *   spreadsheet program writes, and the memo's table above 200,000 rows of other data.
 */

export interface HostileBook {
  readonly name: string;
  readonly sheets: readonly SheetSpec[];
  readonly options?: BookOptions;
}

export interface HostileFile {
  readonly name: string;
  readonly bytes: () => Promise<Buffer>;
}

/** Generated workbooks in the corpus besides the named ones. */
export const GENERATED_BOOKS = 48;
const HUGE = 100_000;

const ERRORS = ['#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];

/** Amounts as people type them, and as they should not: broken, ambiguous, mixed separators. */
export const HOSTILE_AMOUNTS = [
  '$454.506.05',
  '1.234',
  '12,34,5',
  '12,345',
  '12.742.937,65',
  '12,742,937.65',
  '$ 1.234,56',
  '(1.234,56)',
  '-1.234,56',
  '1\u00a0234,56',
  '1\u202f234,56',
  '0,005',
  '10.005',
  '1e5',
  '-1E-3',
  'Infinity',
  'NaN',
  '0x1F',
  '١٢٣٫٤٥',
  '１２３',
  '--5',
  '(-5)',
  '−1.234,56',
  '+7',
  '$',
  '.',
  ',',
  '-',
  '()',
  '1.2.3,4,5',
  ',5',
  '5,',
  '1.234.567',
  '1,234,567.891',
  '00001,10',
  '12.742.937,65 USD',
  'USD 3',
  '9'.repeat(400),
  `0,${'1'.repeat(300)}`,
  '1 2',
  '1  234,56',
  ' 12 ',
  '12 345 678,9',
];

/** Row labels: months in every spelling, totals, adjustments, near misses. */
const LABELS = [
  'ENERO',
  'enero',
  'Ene.',
  'FEB',
  'Marzo ',
  'ABR.',
  'MAYO',
  'JUNE',
  'jul',
  'AGO',
  'SETIEMBRE',
  'Sept.',
  'SEP',
  'OCT',
  'noviembre',
  'DIC',
  'DECEMBER',
  'ENE-24',
  'FEBRERO 2024',
  'MARZO/2023',
  'TOTAL',
  'Totales',
  'TOTAL GENERAL',
  'AJUSTE',
  'IESS-DNRGC-2025-0310-M (AJUSTE DE RESULTADOS)',
  'ajuste sin memorando',
  'IESS-X-1999-1-M',
  'MES',
  'ENEROO',
  'EN ERO',
  'E',
  'Carga Indicador',
  'SUBTOTAL',
  'AÑO 2024',
  'YEAR 1999',
  'EJERCICIO: 2030',
];

/** Header texts: catalog labels and codes, mistyped codes, regions, titles. */
const HEADERS = [
  'TOTAL',
  'RECAUDACIÓN TOTAL',
  'OPORTUNA',
  'MORA',
  'PLANILLA EN MORA',
  'GLOSAS',
  'TITULOS',
  'TÍTULOS',
  'CONVENIOS',
  'IE-DNRGC-DP-10-Monto de recuperación de cartera en mora',
  'NC-DNRGC-DP-9',
  'NC-DNRGC-DP-8',
  'NC-DNRGC-DP-7',
  'NC-DNRGC-DP-10',
  'nc-dnrgc-dp-10',
  'NC-DNRGC-DP-11',
  'IE-DNRGC-DP-1',
  'XX-Y-ZZ-0',
  'AB-CD-EF-99999999999999999999',
  'CHIMBORAZO',
  'AÑO 2024',
  'MORA MORA',
  'IE-DNRGC-DP-10 NC-DNRGC-DP-9',
];

/** Right-to-left scripts, emoji, combining marks, invisible and control characters. */
export const ODD_TEXTS = [
  'يناير',
  'ינואר',
  'إجمالي ١٬٢٣٤٫٥٦',
  '💰📉🧾',
  '👩🏽‍💼',
  '\u202eENERO',
  'E\u0301NERO',
  'EN\u200bERO',
  '\ufeffTOTAL',
  'İSTANBUL',
  'straße',
  '一月',
  '합계',
  'e\u0301\u0301\u0301\u0301',
  'tab\tand\nnewline',
  'line\r\nbreak',
  '\u0007bell\u0008',
  '\u001b[31mred\u001b[0m',
  'a\u0001b\u0002c\u001f',
  '\u00a0',
  '\u2028\u2029',
  '\ud83d',
  '_x0041_',
  '<b>&amp;</b>',
  '"quoted"',
  '\\',
  '{"json":1}',
];

/** One cell of any kind, numbers and text amounts most often. */
function hostileValue(r: Prng): unknown {
  switch (r.int(0, 15)) {
    case 0:
    case 1:
      return r.int(-1_000_000, 100_000_000) / 100;
    case 2:
      return r.pick([0, -0, 0.1 + 0.2, 10.005, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 123456789012345680000, 1e-7, 45322, 45322.75]);
    case 3:
    case 4:
      return r.pick(HOSTILE_AMOUNTS);
    case 5:
      return r.pick(LABELS);
    case 6:
      return r.pick(HEADERS);
    case 7:
      return r.pick(ODD_TEXTS);
    case 8:
      return { error: r.pick(ERRORS) };
    case 9:
      return { formula: r.pick(['SUM(B6:B17)', 'B6-C6', 'NOW()', '1/0', '"ENERO"', 'Hoja2!A1']) };
    case 10:
      return { formula: 'B6*1', result: r.pick<unknown>([r.int(0, 1e6) / 100, 'ENERO', true, { error: '#REF!' }, 0]) };
    case 11:
      return r.chance(0.5);
    case 12:
      return new Date(Date.UTC(r.int(1900, 2100), r.int(0, 11), r.int(1, 28)));
    case 13:
      return r.chance(0.05) ? r.pick(HUGE_TEXTS)() : '';
    default:
      return null;
  }
}

/** Texts of 100,000 characters, among them shapes that make careless regular expressions crawl. */
const HUGE_TEXTS: readonly (() => string)[] = [
  () => 'ENERO '.repeat(HUGE / 6),
  () => `AÑO${' '.repeat(HUGE)}2024`,
  () => `AÑO${' '.repeat(HUGE)}x`,
  () => 'IESS-'.repeat(HUGE / 5),
  () => `IESS-${'A1-'.repeat(HUGE / 3)}`,
  () => `1${' '.repeat(HUGE)}2`,
  () => `$${' '.repeat(HUGE)}1`,
  () => '9'.repeat(HUGE),
  () => '1.234'.repeat(HUGE / 5),
  () => '('.repeat(HUGE / 2) + ')'.repeat(HUGE / 2),
  () => 'NC-DNRGC-DP-'.repeat(HUGE / 12),
  () => `ENERO${'.'.repeat(HUGE)}!`,
  () => 'ß'.repeat(HUGE),
  () => '💰'.repeat(HUGE / 2),
];

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const overlaps = (a: Area, b: Area): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Merged ranges inside rows × cols that do not overlap each other (exceljs refuses overlaps). */
function randomMerges(r: Prng, rows: number, cols: number, top: number, left: number): string[] {
  const areas: Area[] = [];
  for (let n = r.int(0, 4); n > 0; n--) {
    const t = r.int(0, Math.max(0, rows - 1));
    const l = r.int(0, Math.max(0, cols - 1));
    const area = { top: t, left: l, bottom: t + r.int(0, 2), right: l + r.int(t === 0 ? 1 : 0, 3) };
    if (area.bottom === area.top && area.right === area.left) continue;
    if (!areas.some((a) => overlaps(a, area))) areas.push(area);
  }
  return areas.map((a) => `${a1(top + a.top, left + a.left)}:${a1(top + a.bottom, left + a.right)}`);
}

function junkSheet(r: Prng, name: string): SheetSpec {
  const height = r.int(0, 40);
  const width = r.int(1, 14);
  const density = r.next();
  const rows = Array.from({ length: height }, () => Array.from({ length: width }, () => (r.chance(density) ? hostileValue(r) : null)));
  const [top, left] = r.chance(0.2) ? [r.int(1, 3000), r.int(1, 200)] : [r.int(1, 5), r.int(1, 5)];
  return {
    name,
    rows,
    top,
    left,
    merges: randomMerges(r, height, width, top, left),
    ...(r.chance(0.2) ? { numFmt: r.pick(['dd/mm/yyyy', 'h:mm', '@', '0%', 'yyyy']) } : {}),
  };
}

/** The memo's sheet rows, mutated: cells swapped for errors, text or blanks, rows lost or repeated, columns shuffled. */
function mutatedMemo(r: Prng, name: string): SheetSpec {
  let rows: unknown[][] = memoRows({ amountsAs: r.chance(0.3) ? 'text' : 'number', notes: r.chance(0.3) });
  let shuffled = false;
  for (let n = r.int(1, 7); n > 0; n--) {
    const body = r.int(3, rows.length - 1);
    switch (r.int(0, 7)) {
      case 0:
      case 1: {
        const row = rows[body]!;
        row[r.int(0, 8)] = hostileValue(r);
        break;
      }
      case 2:
        rows.splice(r.int(5, rows.length - 1), 1);
        break;
      case 3:
        rows.splice(r.int(5, rows.length), 0, [...rows[body]!]);
        break;
      case 4: {
        const order = [0, ...r.shuffle([1, 2, 3, 4, 5, 6, 7])];
        rows = rows.map((row) => order.map((c) => row[c]));
        shuffled = true;
        break;
      }
      case 5:
        rows.splice(
          r.int(5, rows.length),
          0,
          Array.from({ length: 8 }, () => hostileValue(r)),
        );
        break;
      case 6: {
        const [i, j] = [r.int(5, rows.length - 1), r.int(5, rows.length - 1)];
        [rows[i], rows[j]] = [rows[j]!, rows[i]!];
        break;
      }
      default:
        rows[body]![0] = r.chance(0.5) ? r.pick(HUGE_TEXTS)() : r.pick(ODD_TEXTS);
    }
  }
  const [top, left] = r.chance(0.5) ? [1, 1] : [r.int(1, 60), r.int(1, 20)];
  const merges = shuffled ? [] : r.pick([[`${a1(top + 3, left + 1)}:${a1(top + 3, left + 2)}`], [`${a1(top + 3, left + 3)}:${a1(top + 3, left + 7)}`], []]);
  return { name, rows, top, left, merges };
}

const SHEET_NAMES = [
  'Hoja1',
  'Recaudación 2024',
  'Datos',
  'ينابر',
  '💰 2024',
  'Hoja (2)',
  "O'Brien",
  'A'.repeat(31),
  ' espacios ',
  'RESUMEN',
  'Sheet1',
  '#REF!',
];

function generatedBook(r: Prng, n: number): HostileBook {
  const names = r.shuffle(SHEET_NAMES).slice(0, r.int(1, 4));
  const sheets = names.map((name) => (r.chance(0.55) ? mutatedMemo(r, name) : junkSheet(r, name)));
  const activeTab = r.chance(0.5) ? { activeTab: r.int(0, sheets.length) } : {};
  return { name: `generado ${n}`, sheets, options: { ...activeTab, ...(r.chance(0.1) ? { date1904: true } : {}) } };
}

const memoSheet = (rows: unknown[][], extra: Partial<SheetSpec> = {}): SheetSpec => ({ name: 'Recaudación 2024', rows, ...extra });

/** The memo's rows with some cells replaced: `[row, col, value]`, 0-based from A1. */
function memoWith(cells: readonly (readonly [number, number, unknown])[], opts: Parameters<typeof memoRows>[0] = {}): unknown[][] {
  const rows = memoRows(opts);
  for (const [row, col, value] of cells) (rows[row] ??= [])[col] = value;
  // Rows past the memo's are created where a cell lands: the ones between must be rows too.
  return Array.from(rows, (row) => row ?? []);
}

const MONTH_ROWS = Array.from({ length: 12 }, (_, i) => 5 + i);
const AMOUNT_COLS = [1, 2, 3, 4, 5, 6, 7];
const everyAmount = (value: (row: number, col: number) => unknown): [number, number, unknown][] =>
  [...MONTH_ROWS, 17, 18].flatMap((row) => AMOUNT_COLS.map((col): [number, number, unknown] => [row, col, value(row, col)]));

/** Workbooks named by what they attack. */
function namedBooks(): HostileBook[] {
  const wide = 300;
  const memo = memoRows();
  return [
    {
      name: 'importes con separadores mezclados',
      sheets: [memoSheet(memoWith(everyAmount((row, col) => HOSTILE_AMOUNTS[(row * 7 + col) % HOSTILE_AMOUNTS.length])))],
    },
    {
      name: 'textos de 100.000 caracteres',
      sheets: [
        memoSheet(
          memoWith([
            ...HUGE_TEXTS.map((t, i): [number, number, unknown] => [i < 7 ? 5 + i : 20 + i, i < 7 ? 1 + i : 0, t()]),
            [0, 0, HUGE_TEXTS[1]!()],
            [3, 1, HUGE_TEXTS[4]!()],
            [17, 0, HUGE_TEXTS[3]!()],
          ]),
        ),
      ],
    },
    {
      name: 'caracteres de control y escrituras de derecha a izquierda',
      sheets: [memoSheet(memoWith(ODD_TEXTS.map((t, i): [number, number, unknown] => [3 + (i % 16), i % 9, t])), { name: '💰 ينابر' })],
    },
    { name: 'encabezados combinados', sheets: [memoSheet(memoRows(), { merges: ['B4:C4', 'D4:H4', 'A4:A5', 'A1:H1', 'A2:D2'] })] },
    { name: 'fórmulas sin resultado', sheets: [memoSheet(memoWith(everyAmount((row, col) => ({ formula: `${a1(row, col)}+0` }))))] },
    {
      name: 'meses como fórmulas sin resultado',
      sheets: [memoSheet(memoWith(MONTH_ROWS.map((row): [number, number, unknown] => [row, 0, { formula: 'TEXT(DATE(2024,1,1),"MMMM")' }])))],
    },
    { name: 'valores de error', sheets: [memoSheet(memoWith(everyAmount((row, col) => ({ error: ERRORS[(row + col) % ERRORS.length] }))))] },
    {
      name: 'errores en encabezado y etiquetas',
      sheets: [
        memoSheet(
          memoWith([
            ...AMOUNT_COLS.map((col): [number, number, unknown] => [4, col, { error: '#REF!' }]),
            ...MONTH_ROWS.map((row): [number, number, unknown] => [row, 0, { error: '#N/A' }]),
          ]),
        ),
      ],
    },
    {
      name: 'varias hojas, la tabla en la tercera',
      sheets: [
        {
          name: 'Notas',
          rows: [
            ['ENERO', 'FEBRERO'],
            ['TOTAL', 'MORA'],
          ],
        },
        { name: 'Vacía', rows: [] },
        memoSheet(memoRows({ top: 8, left: 3 }), { top: 8, left: 3 }),
        memoSheet(memoWith([[6, 2, '$454.506.05']]), { name: 'Copia' }),
      ],
      options: { activeTab: 1 },
    },
    {
      name: 'meses en todas las columnas',
      sheets: [
        {
          name: 'Meses',
          rows: [
            Array.from({ length: wide }, (_, i) => (i % 2 ? 'TOTAL' : 'MORA')),
            Array.from({ length: wide }, (_, i) => LABELS[i % 17]),
            ...Array.from({ length: 30 }, (_, r) => Array.from({ length: wide }, (_, c) => ((r + c) % 3 ? 'ENERO' : r * c))),
          ],
        },
      ],
    },
    { name: 'celda en XFD1048576', sheets: [memoSheet(memoRows()), { name: 'Lejos', rows: [['ENERO']], top: 1_048_576, left: 16_384 }] },
    {
      name: 'números extremos',
      sheets: [memoSheet(memoWith(everyAmount((row, col) => [1e308, -1e308, 5e-324, 0.1 + 0.2, 10.005, -0, 2 ** 53 + 1, 1e21, -1e-7][(row + col) % 9])))],
    },
    {
      name: 'fechas imposibles en la columna de meses',
      sheets: [
        memoSheet(
          memoWith(
            MONTH_ROWS.map((row, i): [number, number, unknown] => [
              row,
              0,
              [1e20, -1, 0, 0.5, 60, 2_958_466, 2_958_465.9, 1e-300, 45322, 45322.99, 3e6, -45322][i],
            ]),
          ),
          { numFmt: 'dd/mm/yyyy' },
        ),
      ],
    },
    { name: 'todo en formato de fecha', sheets: [memoSheet(memoRows(), { numFmt: 'dd/mm/yyyy hh:mm' })] },
    { name: 'encabezado sin meses', sheets: [memoSheet(memoRows().slice(0, 5))] },
    { name: 'meses sin encabezado', sheets: [memoSheet(memoRows().slice(5))] },
    { name: 'hoja vacía', sheets: [{ name: 'Hoja1', rows: [] }] },
    { name: 'solo espacios', sheets: [{ name: 'Hoja1', rows: [[' ', '\u00a0', '\t'], ['   ']] }] },
    // Shapes that once made the checks quadratic: a blank cell looked at the whole column
    // again, every column of months scanned the rows above it, every adjustment copied the lists.
    {
      name: 'doce mil filas de meses, CONVENIOS en blanco salvo la última',
      sheets: [
        memoSheet([...memo.slice(0, 5), ...Array.from({ length: 12_000 }, (_, i) => memo[5 + (i % 12)]!.map((v, c) => (c === 7 && i < 11_999 ? null : v)))]),
      ],
    },
    {
      name: 'meses en mil columnas bajo una fila de notas',
      sheets: [
        { name: 'Meses', rows: [Array.from({ length: 1000 }, (_, i) => `NOTA ${i}`), ...Array.from({ length: 30 }, () => Array<string>(1000).fill('ENERO'))] },
      ],
    },
    {
      name: 'cinco mil ajustes sin trasladar',
      sheets: [
        memoSheet([
          ...memo.slice(0, 17),
          ...Array.from({ length: 5000 }, (_, i) => [`IESS-DNRGC-2025-${String(i).padStart(4, '0')}-M`, null, null, null, null, null, null, 1.01]),
          memo[18]!,
        ]),
      ],
    },
  ];
}

/** The named workbooks and `GENERATED_BOOKS` random ones, the same for the same seed. */
export function hostileBooks(seed: number): HostileBook[] {
  const random = prng(seed);
  return [...namedBooks(), ...Array.from({ length: GENERATED_BOOKS }, (_, n) => generatedBook(random, n + 1))];
}

/**
 * Excel keeps characters XML cannot hold as `_xHHHH_` (and a literal `_xHHHH_` as
 * `_x005F_xHHHH_`); exceljs writes them raw, which XML 1.0 forbids and Excel calls a corrupt
 * file. The corpus writes text the way Excel does, so that its cells really hold them.
 */
export function excelText(text: string): string {
  return (
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
      // eslint-disable-next-line no-control-regex -- the control characters are what is escaped
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
  );
}

const excelValue = (value: unknown): unknown => (typeof value === 'string' ? excelText(value) : value);

/** A hostile workbook as .xlsx bytes, written by exceljs. */
export function hostileXlsx(book: HostileBook): Promise<Buffer> {
  return xlsxFrom(
    book.sheets.map((s) => ({ ...s, name: excelText(s.name), rows: s.rows.map((row) => row.map(excelValue)) })),
    book.options,
  );
}

const PK = (text: string): Buffer => Buffer.from(text, 'latin1');
const rawSheet = (rows: string): string => worksheetXml(rows);

/** Sheet XML no spreadsheet program writes, and parts missing or broken. */
function rawFiles(): HostileFile[] {
  const strings = new SharedStrings();
  const memo = rowsXml(memoRows(), strings);
  const book =
    (sheetXml: string, opts: Parameters<typeof rawXlsx>[1] = {}): (() => Promise<Buffer>) =>
    async () =>
      rawXlsx([{ name: 'Recaudación 2024', xml: sheetXml }], { sharedStrings: strings.list, ...opts });
  const c = (r: string, attrs: string, inner: string): string => `<c r="${r}"${attrs}>${inner}</c>`;
  // One cell per column on a diagonal across the whole sheet width: 16,384 cells in 134 million places.
  const diagonal = Array.from({ length: 16_384 }, (_, i) => `<row r="${i + 1}">${cellXml(i + 1, i + 1, i % 12 === 0 ? 'ENERO' : i, strings)}</row>`).join('');
  return [
    {
      name: 'diagonal de 16.384 celdas',
      bytes: async () =>
        rawXlsx(
          [
            { name: 'Diagonal', xml: worksheetXml(diagonal) },
            { name: 'Recaudación 2024', xml: rawSheet(memo) },
          ],
          { sharedStrings: strings.list },
        ),
    },
    {
      name: 'números que no son números',
      bytes: book(
        rawSheet(memo.replace('<v>12742937.65</v>', '<v>doce</v>').replace('<v>874885.44</v>', '<v></v>').replace('<v>14420.75</v>', '<v>1e999</v>')),
      ),
    },
    {
      name: 'tipos de celda desconocidos',
      bytes: book(
        rawSheet(
          `${memo}<row r="30">${c('A30', ' t="zz"', '<v>1</v>')}${c('B30', ' t="d"', '<v>2024-01-31T00:00:00</v>')}${c('C30', ' t="s"', '<v>99999</v>')}${c('D30', ' t="s"', '<v>-1</v>')}${c('E30', ' s="9999"', '<v>5</v>')}${c('F30', ' t="b"', '<v>yes</v>')}${c('G30', ' t="e"', '<v></v>')}</row>`,
        ),
      ),
    },
    {
      name: 'direcciones imposibles',
      bytes: book(
        rawSheet(
          `${memo}<row r="31">${c('XFE31', '', '<v>1</v>')}${c('A0', '', '<v>2</v>')}${c('ZZZZ1', '', '<v>3</v>')}${c('', '', '<v>4</v>')}<c><v>5</v></c></row><row r="1048577">${c('A1048577', '', '<v>6</v>')}</row><row>${c('B9', '', '<v>7</v>')}</row>`,
        ),
      ),
    },
    {
      name: 'filas y celdas desordenadas o repetidas',
      bytes: book(rawSheet(`<row r="40"><c r="A40" t="s"><v>${strings.of('ENERO')}</v></c></row>${memo}<row r="6"><c r="B6"><v>1</v></c></row>`)),
    },
    { name: 'combinaciones rotas', bytes: book(worksheetXml(memo, ['B4:C4', 'A1', 'H1:A1', 'ZZZZ9:A1', 'B4:C4', 'nada', 'A1:XFD1048576'])) },
    {
      name: 'prefijos de espacio de nombres',
      bytes: book(
        rawSheet(memo)
          .replace(/<(\/?)(worksheet|sheetData|row|c|v|f)([ >/])/g, '<$1x:$2$3')
          .replace('xmlns=', 'xmlns:x='),
      ),
    },
    {
      name: 'entidades y DOCTYPE',
      bytes: book(
        rawSheet(memo)
          .replace('<worksheet', '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet')
          .replace('<v>12742937.65</v>', '<v>&b;</v>'),
      ),
    },
    { name: 'XML cortado a la mitad', bytes: book(rawSheet(memo).slice(0, 2000)) },
    { name: 'hoja que no está en el zip', bytes: book(rawSheet(memo), { omit: ['xl/worksheets/sheet1.xml'] }) },
    { name: 'sin workbook.xml', bytes: book(rawSheet(memo), { omit: ['xl/workbook.xml'] }) },
    { name: 'cadenas compartidas ausentes', bytes: book(rawSheet(memo), { omit: ['xl/sharedStrings.xml'] }) },
    { name: 'estilos ausentes', bytes: book(rawSheet(memo.replaceAll(`s="${STYLE.amount}"`, `s="${STYLE.builtinDate}"`)), { omit: ['xl/styles.xml'] }) },
    { name: 'hoja con un nombre que escapa', bytes: async () => rawXlsx([{ name: '<&>"\u0001', xml: rawSheet(memo) }], { sharedStrings: strings.list }) },
    {
      name: 'cadena compartida enriquecida y fonética',
      bytes: book(rawSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>ENE</t></r><r><t>RO</t></r></is></c></row>`), {
        replace: [
          {
            name: 'xl/sharedStrings.xml',
            data: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>TO</t></r><r><rPr><b/></rPr><t>TAL</t></r><rPh sb="0" eb="1"><t>ト</t></rPh></si></sst>`,
          },
        ],
      }),
    },
    {
      name: 'texto con escapes _xHHHH_',
      bytes: book(
        rawSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>_x0045_NERO</t></is></c><c r="B1" t="str"><f>"a"</f><v>${escapeXml('&amp;lt;')}</v></c></row>`),
      ),
    },
  ];
}

/** Files that are no workbook, or a broken one, and the memo's table above 200,000 rows. */
export function hostileFiles(): HostileFile[] {
  const random = prng(7);
  return [
    { name: 'archivo vacío', bytes: async () => Buffer.alloc(0) },
    { name: 'zip truncado', bytes: async () => (await memoXlsx()).subarray(0, 3000) },
    {
      name: 'zip sin sus últimos bytes',
      bytes: async () => {
        const x = await memoXlsx();
        return x.subarray(0, x.length - 10);
      },
    },
    { name: 'zip con bytes dañados', bytes: async () => Buffer.from(await memoXlsx()).fill(0x41, 1500, 2500) },
    { name: 'texto que no es un libro', bytes: async () => Buffer.from('MES;TOTAL\nENERO;12.742.937,65\n') },
    { name: 'bytes al azar', bytes: async () => Buffer.from(Array.from({ length: 4096 }, () => random.int(0, 255))) },
    { name: 'solo la firma de un zip', bytes: async () => PK('PK\x03\x04') },
    { name: 'imagen PNG', bytes: async () => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]) },
    { name: 'zip que no es un xlsx', bytes: async () => zipOf([{ name: 'LEAME.txt', data: 'ENERO 12.742.937,65' }]) },
    {
      name: 'documento de Word',
      bytes: async () =>
        zipOf([
          { name: '[Content_Types].xml', data: '<Types/>' },
          { name: 'word/document.xml', data: '<w:document/>' },
        ]),
    },
    { name: 'zip vacío', bytes: async () => Buffer.concat([PK('PK\x05\x06'), Buffer.alloc(18)]) },
    { name: 'libro sin hojas', bytes: async () => Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer()) },
    {
      name: 'caracteres de control sin escapar (como los escribe exceljs)',
      bytes: () =>
        xlsxFrom([
          {
            name: 'Hoja1',
            rows: memoWith([
              [5, 0, 'ENE\u0001RO'],
              [6, 1, '\u0002'],
            ]),
          },
        ]),
    },
    ...rawFiles(),
  ];
}

/** The memo's table above `TALL_ROWS` rows of unrelated data. */
export const TALL_FILE: HostileFile = { name: `la tabla sobre ${TALL_ROWS} filas de otros datos`, bytes: async () => tallWorkbook() };
