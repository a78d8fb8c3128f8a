/**
 * The formatting of a cell other than its number format. Styles are immutable and shared:
 * formatting 200,000 cells the same way stores 200,000 references to one object.
 */

export const HORIZONTAL_ALIGNMENTS = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'] as const;
export type HorizontalAlignment = (typeof HORIZONTAL_ALIGNMENTS)[number];

export const VERTICAL_ALIGNMENTS = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'] as const;
export type VerticalAlignment = (typeof VERTICAL_ALIGNMENTS)[number];

/** `Excel.FillPattern`; a fill color alone is Solid. */
export const FILL_PATTERNS = [
  'None',
  'Solid',
  'Gray50',
  'Gray75',
  'Gray25',
  'Horizontal',
  'Vertical',
  'Down',
  'Up',
  'Checker',
  'SemiGray75',
  'LightHorizontal',
  'LightVertical',
  'LightDown',
  'LightUp',
  'Grid',
  'CrissCross',
  'Gray16',
  'Gray8',
  'LinearGradient',
  'RectangularGradient',
] as const;
export type FillPattern = (typeof FILL_PATTERNS)[number];

export const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'] as const;
export type BorderStyle = (typeof BORDER_STYLES)[number];

export const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;
export type BorderWeight = (typeof BORDER_WEIGHTS)[number];

/** `Excel.BorderIndex`: the lines of a range a border proxy stands for. */
export const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];

/** The lines a cell keeps; a range's inside borders map onto its cells' top and left sides. */
export type Side = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';

export interface BorderLine {
  readonly style: BorderStyle;
  readonly color: string;
  readonly weight: BorderWeight;
}

export interface CellStyle {
  readonly fill?: string;
  /** Only patterns other than Solid are kept; no fill reads as None. */
  readonly fillPattern?: FillPattern;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontName?: string;
  readonly fontSize?: number;
  readonly horizontalAlignment?: HorizontalAlignment;
  readonly verticalAlignment?: VerticalAlignment;
  readonly wrapText?: boolean;
  readonly borders?: Readonly<Partial<Record<Side, BorderLine>>>;
}

/** What a cell without a style reads as. */
export const DEFAULT_STYLE = {
  fill: '#FFFFFF',
  bold: false,
  italic: false,
  fontColor: '#000000',
  fontName: 'Calibri',
  fontSize: 11,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  border: { style: 'None', color: '#000000', weight: 'Thin' } satisfies BorderLine,
} as const;

/** A change to apply to many cells; `key` names it so identical changes share work. */
export interface StyleChange {
  readonly key: string;
  apply(style: CellStyle): CellStyle;
}

/**
 * Interns styles and remembers transitions: applying the same change to cells that share a
 * style computes the new style once.
 */
export class StyleTable {
  private readonly byKey = new Map<string, CellStyle>();
  private readonly transitions = new Map<CellStyle | undefined, Map<string, CellStyle | undefined>>();

  restyle(style: CellStyle | undefined, change: StyleChange): CellStyle | undefined {
    let known = this.transitions.get(style);
    if (!known) {
      known = new Map();
      this.transitions.set(style, known);
    }
    if (!known.has(change.key)) known.set(change.key, this.intern(change.apply(style ?? {})));
    return known.get(change.key);
  }

  private intern(style: CellStyle): CellStyle | undefined {
    const compact = Object.fromEntries(Object.entries(style).filter(([, value]) => value !== undefined));
    if (Object.keys(compact).length === 0) return undefined;
    const key = stableKey(compact);
    let shared = this.byKey.get(key);
    if (!shared) {
      shared = Object.freeze(compact as CellStyle);
      this.byKey.set(key, shared);
    }
    return shared;
  }
}

/** JSON with keys sorted at every level and undefined members dropped: equal styles, equal keys. */
function stableKey(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const entries = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${stableKey(member)}`).join(',')}}`;
}

const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  maroon: '#800000',
  navy: '#000080',
  teal: '#008080',
  olive: '#808000',
  lime: '#00FF00',
  aqua: '#00FFFF',
  cyan: '#00FFFF',
  fuchsia: '#FF00FF',
  magenta: '#FF00FF',
  pink: '#FFC0CB',
  brown: '#A52A2A',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  darkred: '#8B0000',
  darkgreen: '#006400',
  lightyellow: '#FFFFE0',
  lightblue: '#ADD8E6',
};

/**
 * Excel takes `#RRGGBB` or an HTML color name and gives colors back as `#RRGGBB` in upper case.
 * Null for anything else (the host rejects it as an invalid argument).
 */
export function normalizeColor(color: unknown): string | null {
  if (typeof color !== 'string') return null;
  const text = color.trim();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  const hex = /^#?([0-9a-f]{6})$/i.exec(text);
  return hex ? `#${hex[1]!.toUpperCase()}` : null;
}
