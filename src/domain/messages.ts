import type { InvalidReason } from './amount-cell';
import { type Catalog, indicatorByKey } from './catalog';
import type { FindingDraft } from './finding-draft';
import type { FindingCode } from './findings';
import { monthName } from './months';
import type { Lang } from './lang';
import { type Amount, formatAmount, subtract } from './money';

/**
 * The words of each finding, in Spanish and English: what happened, where (sheet and cell),
 * and what to do. Amounts are shown in the language's format (es-EC: 12.742.937,65).
 */

export interface MessageContext {
  readonly sheet: string;
  readonly cell: string | undefined;
  readonly catalog: Catalog;
  readonly lang: Lang;
}

type Pair = readonly [es: string, en: string];
type Template = (d: FindingDraft, w: Words) => Pair;

/** Small helpers the templates share, bound to one finding's context. */
interface Words {
  /** Where: sheet and cell. */
  readonly at: Pair;
  readonly sheet: string;
  readonly name: (key?: string) => Pair;
  readonly money: (a?: Amount) => string;
  readonly gap: (d: FindingDraft) => string;
  readonly month: (m?: number) => Pair;
  readonly list: (items: readonly string[], lang: Lang) => string;
}

const REASON: Record<InvalidReason, Pair> = {
  'not-a-number': ['no es un número', 'is not a number'],
  'mixed-separators': ['mezcla separadores de miles y de decimales', 'mixes thousands and decimal separators'],
  ambiguous: ['es ambiguo: el separador puede ser de miles o de decimales', 'is ambiguous: the separator may be thousands or decimals'],
  'not-an-amount': ['no es un importe (fecha o valor lógico)', 'is not an amount (a date or a logical value)'],
};

const TEMPLATES: Record<FindingCode, Template> = {
  'table.not-found': (d, w) => {
    const sheets = d.detail?.sheets ?? [];
    const why: Pair =
      d.detail?.notFound === 'no-header'
        ? [
            'hay meses en una columna, pero ninguna fila de encabezado encima nombra un indicador del catálogo',
            'there are months in a column, but no header row above them names a catalog indicator',
          ]
        : [
            'no hay una columna con los meses (ENERO…DICIEMBRE) bajo un encabezado de indicadores',
            'there is no column of months (ENERO…DICIEMBRE) under a header of indicators',
          ];
    return [
      `No se encontró la tabla de recaudación en ${
        sheets.length > 1
          ? `las hojas ${w.list(
              sheets.map((x) => `«${x}»`),
              'es',
            )}`
          : `la hoja «${sheets[0] ?? ''}»`
      }: ${why[0]}. Revise que la tabla tenga la columna de meses y el encabezado con los códigos o nombres de los indicadores, o indique la hoja.`,
      `The recovery table was not found in ${
        sheets.length > 1
          ? `sheets ${w.list(
              sheets.map((x) => `"${x}"`),
              'en',
            )}`
          : `sheet "${sheets[0] ?? ''}"`
      }: ${why[1]}. Check that the table has the month column and a header with the indicator codes or names, or name the sheet.`,
    ];
  },
  'period.partial': (d, w) => {
    const p = d.detail?.period ?? { from: 1, to: d.month ?? 12 };
    const n = p.to - p.from + 1;
    return [
      `La hoja «${w.sheet}» tiene datos de ${w.month(p.from)[0]} a ${w.month(p.to)[0]} (${n} de 12 meses): los meses siguientes aún no se cargan y no se revisan.`,
      `Sheet "${w.sheet}" has data from ${w.month(p.from)[1]} to ${w.month(p.to)[1]} (${n} of 12 months): the later months are not loaded yet and are not checked.`,
    ];
  },
  'table.other-sheet': (d, w) => {
    const o = d.detail?.otherSheet;
    const missing = (l: Lang): string =>
      w.list(
        (o?.missing ?? []).map((k) => w.name(k)[l === 'es' ? 0 : 1]),
        l,
      );
    const why: Pair =
      o?.why === 'report'
        ? [`la hoja activa «${o.active}» es un informe que escribió Cuadre`, `the active sheet "${o.active}" is a report Cuadre wrote`]
        : o?.why === 'log'
          ? [`la hoja activa «${o.active}» es el registro de auditoría de Cuadre`, `the active sheet "${o.active}" is Cuadre's audit log`]
          : o?.why === 'partial'
            ? [`a la tabla de la hoja activa «${o.active}» le falta ${missing('es')}`, `the table on the active sheet "${o.active}" lacks ${missing('en')}`]
            : [`la hoja activa «${o?.active ?? ''}» no tiene la tabla`, `the active sheet "${o?.active ?? ''}" has no table`];
    const which: Pair = o?.complete
      ? ['la primera hoja con la tabla completa', 'the first sheet with the complete table']
      : ['la primera hoja con una tabla, aunque incompleta', 'the first sheet with a table, though incomplete'];
    return [
      `Se revisó la hoja «${w.sheet}», ${which[0]}: ${why[0]}. Si la tabla es otra, active su hoja o indíquela.`,
      `Sheet "${w.sheet}" was checked, ${which[1]}: ${why[1]}. If the table is another one, make its sheet active or name it.`,
    ];
  },
  'header.missing-indicator': (d, w) => [
    `Falta la columna de ${w.name(d.indicator)[0]}: no se encontró en el encabezado; se omiten las cuadraturas que la necesitan. Agregue la columna o corrija su encabezado.`,
    `The ${w.name(d.indicator)[1]} column is missing from the header; the identities that need it are skipped. Add the column or fix its header.`,
  ],
  'header.duplicate-indicator': (d, w) => [
    `${w.at[0]}: la columna «${d.detail?.text}» repite el indicador ${w.name(d.indicator)[0]}, que ya está en ${d.detail?.otherCell}; se usa la primera. Elimine o renombre una de las dos.`,
    `${w.at[1]}: column "${d.detail?.text}" repeats indicator ${w.name(d.indicator)[1]}, already in ${d.detail?.otherCell}; the first one is used. Remove or rename one of them.`,
  ],
  'header.unknown-code': (d, w) => [
    `${w.at[0]}: el código ${d.detail?.text} no está en el catálogo de indicadores.${d.suggestion ? ` ¿Quiso decir ${d.suggestion}?` : ''} Corrija el código o agréguelo al catálogo.`,
    `${w.at[1]}: code ${d.detail?.text} is not in the indicator catalog.${d.suggestion ? ` Did you mean ${d.suggestion}?` : ''} Fix the code or add it to the catalog.`,
  ],
  'header.label-mismatch': (d, w) => [
    `${w.at[0]}: el código de la columna es de ${w.name(d.indicator)[0]}, pero la etiqueta en ${d.detail?.otherCell} dice ${w.name(d.detail?.otherIndicator)[0]}. Se usa el código; corrija el que esté mal.`,
    `${w.at[1]}: the column's code is ${w.name(d.indicator)[1]}'s, but the label in ${d.detail?.otherCell} says ${w.name(d.detail?.otherIndicator)[1]}. The code is used; fix whichever is wrong.`,
  ],
  'column.unlabeled-data': (d, w) => [
    d.detail?.text
      ? `${w.at[0]}: la columna «${d.detail.text}» tiene importes pero no es un indicador del catálogo; no entra en ninguna cuadratura. Agregue el indicador al catálogo o mueva los datos fuera de la tabla.`
      : `${w.at[0]}: hay importes en una columna sin encabezado; no entran en ninguna cuadratura. Póngale el código o nombre del indicador, o mueva los datos fuera de la tabla.`,
    d.detail?.text
      ? `${w.at[1]}: column "${d.detail.text}" holds amounts but is not a catalog indicator; it takes part in no identity. Add the indicator to the catalog or move the data out of the table.`
      : `${w.at[1]}: a column without a header holds amounts; they take part in no identity. Give it the indicator's code or name, or move the data out of the table.`,
  ],
  'column.empty': (d, w) => [
    `${w.at[0]}: la columna de ${w.name(d.indicator)[0]} no tiene importes en ningún mes. Complete los valores o confirme que son cero.`,
    `${w.at[1]}: the ${w.name(d.indicator)[1]} column has no amount in any month. Fill in the values or confirm they are zero.`,
  ],
  'month.missing': (d, w) => {
    const last = w.month(d.detail?.period?.to);
    return d.row === undefined
      ? [
          `Falta la fila de ${w.month(d.month)[0]} en la hoja «${w.sheet}»: hay datos hasta ${last[0]}, así que el período queda con un hueco. Agregue el mes (con ceros si no hubo recaudación).`,
          `The ${w.month(d.month)[1]} row is missing from sheet "${w.sheet}": there is data up to ${last[1]}, so the period has a gap. Add the month (with zeros if nothing was collected).`,
        ]
      : [
          `${w.at[0]}: la fila de ${w.month(d.month)[0]} está vacía (todo en blanco o en cero), pero hay datos hasta ${last[0]}. Ingrese las cifras del mes.`,
          `${w.at[1]}: the ${w.month(d.month)[1]} row is empty (all blank or zero), but there is data up to ${last[1]}. Enter the month's figures.`,
        ];
  },
  'month.restated': (d, w) => {
    const since = d.detail?.checkedAt ?? '';
    const what: Pair = [`${w.name(d.indicator)[0]} de ${w.month(d.month)[0]}`, `${w.name(d.indicator)[1]} for ${w.month(d.month)[1]}`];
    return d.row === undefined
      ? [
          `Hoja «${w.sheet}»: ${what[0]} era ${w.money(d.expected)} en la revisión del ${since} y ahora el mes no tiene cifras. Un mes ya revisado se borró: restituya la fila o confirme el cambio con su respaldo.`,
          `Sheet "${w.sheet}": ${what[1]} was ${w.money(d.expected)} at the check of ${since} and the month now has no figures. A month already checked was removed: restore its row or confirm the change against its support.`,
        ]
      : [
          `${w.at[0]}: ${what[0]} cambió desde la revisión del ${since}: era ${w.money(d.expected)} y ahora es ${w.money(d.actual)} (diferencia ${w.gap(d)}). Un mes ya revisado se reescribió: confirme el cambio con su respaldo o restituya la cifra.`,
          `${w.at[1]}: ${what[1]} changed since the check of ${since}: it was ${w.money(d.expected)} and is now ${w.money(d.actual)} (difference ${w.gap(d)}). A month already checked was rewritten: confirm the change against its support or restore the figure.`,
        ];
  },
  'month.duplicate': (d, w) => [
    `${w.at[0]}: ${w.month(d.month)[0]} aparece dos veces (la primera en ${d.detail?.otherCell}); se suman ambas filas. Elimine o corrija la repetida.`,
    `${w.at[1]}: ${w.month(d.month)[1]} appears twice (first in ${d.detail?.otherCell}); both rows are added. Remove or fix the repeated one.`,
  ],
  'month.out-of-order': (d, w) => [
    `${w.at[0]}: los meses no están en orden de calendario desde ${w.month(d.month)[0]}. Los totales no cambian; el informe los ordena.`,
    `${w.at[1]}: the months are not in calendar order from ${w.month(d.month)[1]} on. Totals do not change; the report orders them.`,
  ],
  'row.unrecognized': (d, w) => [
    `${w.at[0]}: la fila «${d.rowLabel ?? ''}» tiene importes, pero su etiqueta no es un mes, un ajuste ni el total; no se suma. Escriba el mes, marque el ajuste (AJUSTE o la referencia del memorando) o muévala fuera de la tabla.`,
    `${w.at[1]}: row "${d.rowLabel ?? ''}" holds amounts but its label is no month, adjustment or total; it is not added. Write the month, mark the adjustment (AJUSTE or the memo reference) or move it out of the table.`,
  ],
  'cell.text-number': (d, w) => [
    `${w.at[0]}: el importe ${w.money(d.actual)} está guardado como texto; se usa su valor. Conviértalo en número («Corregir números en texto»).`,
    `${w.at[1]}: amount ${w.money(d.actual)} is stored as text; its value is used. Convert it to a number ("Fix numbers stored as text").`,
  ],
  'cell.invalid-number': (d, w) => [
    `${w.at[0]}: «${d.detail?.text ?? ''}» ${REASON[d.detail?.reason ?? 'not-a-number'][0]}; no se usa. Escriba el importe como número (por ejemplo 1234,56).`,
    `${w.at[1]}: "${d.detail?.text ?? ''}" ${REASON[d.detail?.reason ?? 'not-a-number'][1]}; it is not used. Type the amount as a number (for example 1234.56).`,
  ],
  'cell.error-value': (d, w) => [
    `${w.at[0]}: la celda tiene el error ${d.detail?.text}; no se usa y las cuadraturas de esa columna se omiten. Corrija la fórmula.`,
    `${w.at[1]}: the cell holds the error ${d.detail?.text}; it is not used and that column's checks are skipped. Fix the formula.`,
  ],
  'cell.not-calculated': (d, w) => {
    const why: Pair = d.detail?.stale
      ? [
          'el archivo pide recalcular sus fórmulas al abrirse, así que el resultado que guarda no es el calculado',
          'the file asks for its formulas to be recalculated when opened, so the result it keeps is not the calculated one',
        ]
      : [
          'el archivo no guarda su resultado (lo escribió un programa que no calcula fórmulas)',
          'the file does not hold its result (a program that does not calculate formulas wrote it)',
        ];
    return [
      `${w.at[0]}: la fórmula «${d.detail?.text ?? ''}» no tiene un valor calculado: ${why[0]}. Su valor se desconoce y se omiten las cuadraturas que lo necesitan. Abra el archivo en Excel, guárdelo y revíselo de nuevo; no escriba un número sobre la fórmula.`,
      `${w.at[1]}: formula "${d.detail?.text ?? ''}" has no calculated value: ${why[1]}. Its value is unknown and the checks that need it are skipped. Open the file in Excel, save it and check it again; do not type a number over the formula.`,
    ];
  },
  'cell.blank': (d, w) => [
    `${w.at[0]}: ${w.name(d.indicator)[0]} de ${w.month(d.month)[0]} está en blanco; se cuenta como cero. Escriba 0 si no hubo recaudación.`,
    `${w.at[1]}: ${w.name(d.indicator)[1]} for ${w.month(d.month)[1]} is blank; it counts as zero. Type 0 if nothing was collected.`,
  ],
  'cell.negative': (d, w) => [
    `${w.at[0]}: ${w.name(d.indicator)[0]} de ${w.month(d.month)[0]} es negativo (${w.money(d.actual)}). Si es una corrección, regístrela como fila de ajuste con su memorando.`,
    `${w.at[1]}: ${w.name(d.indicator)[1]} for ${w.month(d.month)[1]} is negative (${w.money(d.actual)}). If it is a correction, record it as an adjustment row citing its memo.`,
  ],
  'cell.sub-cent': (d, w) => [
    `${w.at[0]}: el importe tiene fracciones de centavo; se redondea a ${w.money(d.actual)}. Redondee el valor en la hoja.`,
    `${w.at[1]}: the amount has fractions of a cent; it is rounded to ${w.money(d.actual)}. Round the value in the sheet.`,
  ],
  'identity.breakdown': (d, w) => {
    const short = d.detail?.unpropagated;
    const explains = short !== undefined && d.expected !== undefined && d.actual !== undefined && subtract(d.expected, d.actual).equals(short.amount);
    const refs = short?.references.length ? ` (${short.references.join(', ')})` : '';
    const because: Pair = short
      ? explains
        ? [
            ` Se explica por el ajuste de ${w.money(short.amount)} en ${w.list(short.cells, 'es')}${refs} que no se trasladó a ${w.name(d.indicator)[0]}.`,
            ` It is explained by the adjustment of ${w.money(short.amount)} in ${w.list(short.cells, 'en')}${refs} that was not carried to ${w.name(d.indicator)[1]}.`,
          ]
        : [
            ` ${w.money(short.amount)} de la diferencia vienen del ajuste en ${w.list(short.cells, 'es')}${refs} que no se trasladó.`,
            ` ${w.money(short.amount)} of the difference comes from the adjustment in ${w.list(short.cells, 'en')}${refs} that was not carried up.`,
          ]
      : ['', ''];
    return [
      `${w.at[0]}: ${w.name(d.indicator)[0]} es ${w.money(d.actual)}, pero sus componentes suman ${w.money(d.expected)} (diferencia ${w.gap(d)}).${because[0]} Corrija el valor o sus componentes.`,
      `${w.at[1]}: ${w.name(d.indicator)[1]} is ${w.money(d.actual)}, but its components add up to ${w.money(d.expected)} (difference ${w.gap(d)}).${because[1]} Fix the value or its components.`,
    ];
  },
  'total.mismatch': (d, w) => [
    `${w.at[0]}: el total de ${w.name(d.indicator)[0]} es ${w.money(d.actual)}, pero los meses y ajustes de la columna suman ${w.money(d.expected)} (diferencia ${w.gap(d)}). Corrija el total o las filas.`,
    `${w.at[1]}: the ${w.name(d.indicator)[1]} total is ${w.money(d.actual)}, but the column's months and adjustments add up to ${w.money(d.expected)} (difference ${w.gap(d)}). Fix the total or the rows.`,
  ],
  'total.missing-row': (_d, w) => [
    `La hoja «${w.sheet}» no tiene fila de TOTAL; los totales se calculan con los meses y ajustes.`,
    `Sheet "${w.sheet}" has no TOTAL row; totals are computed from the months and adjustments.`,
  ],
  'adjustment.missing-reference': (d, w) => [
    `${w.at[0]}: el ajuste «${d.rowLabel ?? ''}» no cita su documento de respaldo. Agregue la referencia del memorando (por ejemplo IESS-DNRGC-2025-0310-M).`,
    `${w.at[1]}: adjustment "${d.rowLabel ?? ''}" cites no supporting document. Add the memo reference (for example IESS-DNRGC-2025-0310-M).`,
  ],
  'adjustment.not-propagated': (d, w) => {
    const to = d.detail?.notCarriedTo ?? [];
    const names = (lang: Lang): string => {
      const parts = to.map((p) => `${w.name(p.key)[lang === 'es' ? 0 : 1]}${p.cell ? ` (${p.cell})` : ''}`);
      // "no se trasladó a MORA ni a TOTAL": Spanish joins a negated list with "ni a".
      return lang === 'es' ? parts.join(' ni a ') : w.list(parts, 'en');
    };
    const ref = d.detail?.reference ? ` (${d.detail.reference})` : '';
    const amount = w.money(d.detail?.adjusted);
    return [
      `${w.at[0]}: el ajuste de ${amount} en ${w.name(d.indicator)[0]}${ref} no se trasladó a ${names('es')}: sus totales quedan cortos en ${amount}. Los totales conciliados lo incluyen; registre el ajuste también en esas columnas.`,
      `${w.at[1]}: the adjustment of ${amount} in ${w.name(d.indicator)[1]}${ref} was not carried to ${names('en')}: their totals are ${amount} short. The reconciled totals include it; record the adjustment in those columns too.`,
    ];
  },
};

export function messageFor(d: FindingDraft, ctx: MessageContext): string {
  const { lang, catalog } = ctx;
  const words: Words = {
    at: [`Hoja «${ctx.sheet}», celda ${ctx.cell ?? ''}`, `Sheet "${ctx.sheet}", cell ${ctx.cell ?? ''}`],
    sheet: ctx.sheet,
    name: (key) => {
      const indicator = key === undefined ? undefined : indicatorByKey(catalog, key);
      if (!indicator) return [key ?? '', key ?? ''];
      return [indicator.name.es.toUpperCase(), indicator.name.en.toUpperCase()];
    },
    money: (a) => (a === undefined ? '' : formatAmount(a, lang)),
    gap: (f) => (f.expected && f.actual ? formatAmount(subtract(f.actual, f.expected), lang) : ''),
    month: (m) => (m === undefined ? ['', ''] : [monthName(m, 'es'), monthName(m, 'en')]),
    list: (items, l) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${l === 'es' ? 'y' : 'and'} ${items[items.length - 1]}`),
  };
  const [es, en] = TEMPLATES[d.code](d, words);
  return lang === 'es' ? es : en;
}
