import type { CellFormat } from './sheet-part';
import { escapeAttribute } from './sheet-part';

/**
 * The workbook's styles part with the report's cell formats appended: its fonts, fills,
 * borders and cell formats keep their indexes (the other sheets point at them), ours come after.
 * Edited as text, in whatever namespace prefix the part uses, so nothing else in it changes.
 */

/** Built-in number formats we use, by code: no custom format needed. */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4 };

const SECTION_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export interface StylesEdit {
  readonly xml: string;
  /** The `cellXfs` index of each format. */
  readonly indexes: readonly number[];
}

/** A styles part for a workbook that has none: Excel's defaults, then nothing else. */
export function emptyStylesPart(namespace: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${namespace}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `</styleSheet>`
  );
}

export function appendFormats(styles: string, formats: readonly CellFormat[]): StylesEdit {
  const root = /<([A-Za-z_][\w.-]*:)?styleSheet[\s>]/.exec(styles);
  if (!root) throw new Error('the styles part has no styleSheet');
  const p = root[1] ?? '';
  let xml = styles;
  const hasCellStyleXfs = new RegExp(`<${p}cellStyleXfs[\\s>/]`).test(xml);

  const customFormats = new Map<string, number>();
  const existingIds = [...xml.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  let nextId = Math.max(163, ...existingIds) + 1;
  const numFmtIdOf = (code: string | null): number => {
    if (code === null) return 0;
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = customFormats.get(code);
    if (id === undefined) customFormats.set(code, (id = nextId++));
    return id;
  };
  const numFmtIds = formats.map((f) => numFmtIdOf(f.numberFormat));
  if (customFormats.size > 0) {
    xml = appendChildren(
      xml,
      p,
      'numFmts',
      'numFmt',
      [...customFormats].map(([code, id]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`),
    ).xml;
  }

  const fontKeys = [...new Set(formats.map((f) => JSON.stringify(f.font)))];
  const fonts = appendChildren(
    xml,
    p,
    'fonts',
    'font',
    fontKeys.map((k) => {
      const font = JSON.parse(k) as CellFormat['font'];
      return `<${p}font>${font.bold ? `<${p}b/>` : ''}${font.italic ? `<${p}i/>` : ''}<${p}sz val="${font.size}"/><${p}name val="${escapeAttribute(font.name)}"/></${p}font>`;
    }),
    `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`,
  );
  xml = fonts.xml;

  const fillColors = [...new Set(formats.flatMap((f) => (f.fill === null ? [] : [f.fill])))];
  const fills = appendChildren(
    xml,
    p,
    'fills',
    'fill',
    fillColors.map((c) => `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${c}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`),
    `<${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
  );
  xml = fills.xml;

  const side = (name: string): string => `<${p}${name} style="thin"><${p}color rgb="FF808080"/></${p}${name}>`;
  const borders = appendChildren(
    xml,
    p,
    'borders',
    'border',
    [`<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`],
    `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`,
  );
  xml = borders.xml;
  const noBorder = borders.first === 1 ? 0 : null;

  const xfs = formats.map((f, i) => {
    const alignment = `<${p}alignment${f.horizontal ? ` horizontal="${f.horizontal}"` : ''} vertical="${f.vertical}"${f.wrap ? ' wrapText="1"' : ''}/>`;
    const fontId = fonts.first + fontKeys.indexOf(JSON.stringify(f.font));
    const fillId = f.fill === null ? 0 : fills.first + fillColors.indexOf(f.fill);
    // A cell without a border takes border 0 (Excel's "none"), or ours when the part had no borders at all.
    const borderId = f.border ? borders.first : (noBorder ?? 0);
    const xfId = hasCellStyleXfs ? ' xfId="0"' : '';
    return `<${p}xf numFmtId="${numFmtIds[i]}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${xfId} applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${alignment}</${p}xf>`;
  });
  const cellXfs = appendChildren(xml, p, 'cellXfs', 'xf', xfs, `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
  return { xml: cellXfs.xml, indexes: formats.map((_, i) => cellXfs.first + i) };
}

/**
 * Appends `items` to a section (`<fonts>`), updating its `count`; `first` is the index of the
 * first item appended. A missing section is created in its place in the schema's order, with
 * `defaults` first (the entries Excel expects at index 0, and 1 for fills).
 */
function appendChildren(xml: string, p: string, section: string, child: string, items: readonly string[], defaults = ''): { xml: string; first: number } {
  const open = new RegExp(`<${p}${section}(\\s[^>]*?)?(/?)>`).exec(xml);
  const childOpen = new RegExp(`<${p}${child}[\\s/>]`, 'g');
  if (!open) {
    const base = defaults === '' ? 0 : (defaults.match(childOpen) ?? []).length;
    const element = `<${p}${section} count="${base + items.length}">${defaults}${items.join('')}</${p}${section}>`;
    const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)
      .map((s) => new RegExp(`<${p}${s}[\\s/>]`).exec(xml))
      .find((m) => m !== null);
    const at = later ? later.index : xml.lastIndexOf(`</${p}styleSheet>`);
    return { xml: xml.slice(0, at) + element + xml.slice(at), first: base };
  }
  const attrs = (open[1] ?? '').replace(/\s+count="\d*"/, '');
  if (open[2] === '/') {
    const element = `<${p}${section}${attrs} count="${items.length}">${items.join('')}</${p}${section}>`;
    return { xml: xml.slice(0, open.index) + element + xml.slice(open.index + open[0].length), first: 0 };
  }
  const close = xml.indexOf(`</${p}${section}>`, open.index);
  if (close < 0) throw new Error(`the styles part's ${section} is not closed`);
  const existing = (xml.slice(open.index + open[0].length, close).match(childOpen) ?? []).length;
  const opening = `<${p}${section}${attrs} count="${existing + items.length}">`;
  return {
    xml: xml.slice(0, open.index) + opening + xml.slice(open.index + open[0].length, close) + items.join('') + xml.slice(close),
    first: existing,
  };
}
