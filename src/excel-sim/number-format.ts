import type { CellValue } from './cell-value';
import { CellError } from './cell-value';
import { partsOfSerial } from './serial-date';

/**
 * `Range.text`: a cell's value rendered through its number format code, as Excel shows it
 * (independent of column width). Covers what the project's sheets use: General, fixed
 * decimals, thousands separators, percent, literal text, sections for negatives and zero, and
 * date/time codes. Separators are en-US (`1,234.56`); see docs/excel-sim.md.
 */

export const GENERAL = 'General';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function formatCell(value: CellValue | undefined, format: string): string {
  if (value === undefined) return '';
  if (value instanceof CellError) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const sections = splitSections(format);
  if (typeof value === 'string') return formatText(value, sections);
  return formatNumber(value, sections);
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      current += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\') {
      current += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      sections.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

/** The section with literals, escapes, brackets and padding codes removed: only the codes. */
function bareCodes(section: string): string {
  return section
    .replace(/"[^"]*"?/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');
}

function sectionKind(section: string): 'general' | 'date' | 'text' | 'number' {
  const codes = bareCodes(section).toLowerCase();
  if (codes.trim() === 'general' || codes.trim() === '') return 'general';
  if (/[dyhs]/.test(codes) || /m/.test(codes)) return 'date';
  if (codes.includes('@')) return 'text';
  return 'number';
}

function formatText(text: string, sections: readonly string[]): string {
  const textSection = sections.length >= 4 ? sections[3]! : sections[0]!;
  if (sectionKind(textSection) !== 'text') return text;
  return renderLiterals(textSection, (codes) => codes.replace(/@/g, text));
}

function formatNumber(value: number, sections: readonly string[]): string {
  let section = sections[0]!;
  let signed = value;
  if (sections.length >= 2 && value < 0) {
    section = sections[1]!;
    signed = -value;
  } else if (sections.length >= 3 && value === 0) {
    section = sections[2]!;
  }
  switch (sectionKind(section)) {
    case 'general':
      return renderLiterals(section, () => formatGeneral(signed));
    case 'text':
      return formatGeneral(signed);
    case 'date':
      return formatDate(value, section);
    case 'number':
      return formatDigits(signed, section);
  }
}

/**
 * General shows a number in at most 11 characters, rounding decimals away to fit, and switches
 * to scientific notation when even the whole part does not fit (or the number is tiny).
 */
export function formatGeneral(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-9) {
    const [mantissa, exponent] = value.toExponential(5).split('e');
    const trimmed = mantissa!.replace(/\.?0+$/, '');
    const power = Number(exponent);
    return `${trimmed}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  const plain = String(value);
  if (plain.length <= 11 && !plain.includes('e')) return plain;
  const whole = String(Math.trunc(magnitude)).length + (value < 0 ? 1 : 0);
  const decimals = Math.max(0, 11 - whole - 1);
  return value
    .toFixed(decimals)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/** Replaces the codes of a section through `render`, keeping its literal text around them. */
function renderLiterals(section: string, render: (codes: string) => string): string {
  let out = '';
  let codes = '';
  const flush = (): void => {
    if (codes) out += render(codes);
    codes = '';
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      flush();
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out += section.slice(i + 1, stop);
      i = stop;
    } else if (ch === '\\') {
      flush();
      out += section[i + 1] ?? '';
      i++;
    } else if (ch === '[') {
      flush();
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? section.length : end);
      const currency = /^\$([^-]*)/.exec(inside);
      if (currency) out += currency[1];
      i = end < 0 ? section.length : end;
    } else if (ch === '_') {
      flush();
      out += ' ';
      i++;
    } else if (ch === '*') {
      flush();
      i++;
    } else if (/[0#?.,%@A-Za-z/:]/.test(ch)) {
      codes += ch;
    } else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}

function formatDigits(value: number, section: string): string {
  const codes = bareCodes(section);
  const percent = (codes.match(/%/g) ?? []).length;
  const placeholders = codes.replace(/[^0#?.,]/g, '');
  // Commas after the last digit placeholder scale by a thousand each (`0.0,,` shows millions).
  const scaleCommas = /,+$/.exec(placeholders)?.[0].length ?? 0;
  const pattern = placeholders.slice(0, placeholders.length - scaleCommas);
  const [integerPattern = '', fractionPattern = ''] = pattern.split('.');
  const minInteger = (integerPattern.match(/0/g) ?? []).length;
  const grouped = /[0#?],[0#?]/.test(integerPattern);
  const maxFraction = (fractionPattern.match(/[0#?]/g) ?? []).length;
  const minFraction = (fractionPattern.match(/0/g) ?? []).length;

  const scaled = (Math.abs(value) * 100 ** percent) / 1000 ** scaleCommas;
  const [whole = '0', decimals = ''] = roundHalfAwayFromZero(scaled, maxFraction).split('.');
  let fraction = decimals;
  while (fraction.length > minFraction && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  let integer = whole === '0' && minInteger === 0 ? '' : whole.padStart(minInteger, '0');
  if (grouped) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = fraction ? `${integer}.${fraction}` : integer;

  let placed = false;
  const rendered = renderLiterals(section, (run) => {
    const hasPlaceholder = /[0#?]/.test(run);
    const literal = run.replace(/[0#?.,]/g, '');
    if (!hasPlaceholder || placed) return literal;
    placed = true;
    const cut = run.search(/[0#?.]/);
    return run.slice(0, cut).replace(/[,]/g, '') + digits + run.slice(cut).replace(/[0#?.,]/g, '');
  });
  const isZero = !/[1-9]/.test(digits);
  return value < 0 && !isZero ? `-${rendered}` : rendered;
}

/**
 * |value| rounded half away from zero to `decimals` places (0 or more), as plain digits. Excel
 * keeps 15 significant digits and rounds those, so 1.005 shows as 1.01 with two decimals (the
 * double is 1.00499999999999989…) and a thirtieth decimal of 1/3 is 0, not the double's 5.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(Math.abs(value));
  // The 15 digits as an integer: |value| = digits × 10^-scale.
  const [mantissa, exponent] = Math.abs(value).toExponential(14).split('e') as [string, string];
  const scale = 14 - Number(exponent);
  const digits = BigInt(mantissa.replace('.', ''));
  const drop = scale - decimals;
  let kept: bigint;
  if (drop > 0) {
    const unit = 10n ** BigInt(drop);
    kept = digits / unit + ((digits % unit) * 2n >= unit ? 1n : 0n);
  } else kept = digits * 10n ** BigInt(-drop);
  const text = kept.toString().padStart(decimals + 1, '0');
  return decimals > 0 ? `${text.slice(0, -decimals)}.${text.slice(-decimals)}` : text;
}

function formatDate(serial: number, section: string): string {
  const parts = partsOfSerial(serial);
  if (!parts) return '#'.repeat(8);
  const codes = bareCodes(section).toLowerCase();
  const twelveHour = /am\/pm|a\/p/.test(codes);
  return renderLiterals(section, (run) => {
    let out = '';
    let lastWasHour = false;
    const tokens = run.match(/am\/pm|a\/p|y+|m+|d+|h+|s+|[^ymdhs]/gi) ?? [];
    tokens.forEach((token, index) => {
      const lower = token.toLowerCase();
      const next =
        tokens
          .slice(index + 1)
          .find((t) => /^[a-z]/i.test(t))
          ?.toLowerCase() ?? '';
      if (lower === 'am/pm' || lower === 'a/p') {
        const pm = parts.hours >= 12;
        out += lower === 'a/p' ? (pm ? 'P' : 'A') : pm ? 'PM' : 'AM';
      } else if (lower.startsWith('y')) {
        out += lower.length <= 2 ? String(parts.year % 100).padStart(2, '0') : String(parts.year);
      } else if (lower.startsWith('m') && (lastWasHour || next.startsWith('s'))) {
        out += lower.length >= 2 ? String(parts.minutes).padStart(2, '0') : String(parts.minutes);
      } else if (lower.startsWith('m')) {
        out += monthText(parts.month, lower.length);
      } else if (lower.startsWith('d')) {
        out += dayText(parts.day, parts.weekday, lower.length);
      } else if (lower.startsWith('h')) {
        const hours = twelveHour ? ((parts.hours + 11) % 12) + 1 : parts.hours;
        out += lower.length >= 2 ? String(hours).padStart(2, '0') : String(hours);
      } else if (lower.startsWith('s')) {
        out += lower.length >= 2 ? String(parts.seconds).padStart(2, '0') : String(parts.seconds);
      } else {
        out += token;
      }
      if (/^[a-z]/i.test(token)) lastWasHour = lower.startsWith('h');
    });
    return out;
  });
}

function monthText(month: number, length: number): string {
  const name = MONTHS[month - 1]!;
  if (length === 1) return String(month);
  if (length === 2) return String(month).padStart(2, '0');
  if (length === 3) return name.slice(0, 3);
  if (length === 5) return name.slice(0, 1);
  return name;
}

function dayText(day: number, weekday: number, length: number): string {
  if (length === 1) return String(day);
  if (length === 2) return String(day).padStart(2, '0');
  const name = WEEKDAYS[weekday]!;
  return length === 3 ? name.slice(0, 3) : name;
}
