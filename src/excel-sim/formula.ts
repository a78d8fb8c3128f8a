import type { Rect } from './a1';
import { cellCount, parseLocalAddress } from './a1';
import type { CellValue } from './cell-value';
import { CellError } from './cell-value';
import { formatCell, roundHalfAwayFromZero } from './number-format';

/**
 * A small formula engine: numbers, text, TRUE/FALSE, cell and range references (also on other
 * sheets), + - * / with parentheses and unary minus, `&` joining text, SUM over ranges and comma
 * lists, and FIXED (the report's footnote states the sheet's totals with it). Anything else
 * (another function, an operator it does not know) evaluates to #NAME?, which is what Excel
 * shows for an unknown function; see docs/excel-sim.md.
 */

type Node =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'reference'; readonly sheet?: string; readonly rect: Rect }
  | { readonly kind: 'negate'; readonly operand: Node }
  | { readonly kind: 'binary'; readonly operator: string; readonly left: Node; readonly right: Node }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Node[] }
  | { readonly kind: 'unsupported' };

/** Where a formula reads its cells; `sheet` undefined is the formula's own sheet. */
export interface FormulaScope {
  /** The cell's value, `undefined` when blank, null when the sheet does not exist. */
  cell(sheet: string | undefined, row: number, column: number): CellValue | undefined | null;
  /** Visits the filled cells of a block; false when the sheet does not exist. */
  forEachIn(sheet: string | undefined, rect: Rect, visit: (value: CellValue) => void): boolean;
}

const REF_BODY = String.raw`\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+`;
const TOKEN = new RegExp(
  [
    String.raw`(?<space>\s+)`,
    String.raw`(?<text>"(?:[^"]|"")*")`,
    String.raw`(?<sheetRef>(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!(?:${REF_BODY}))`,
    String.raw`(?<func>[A-Za-z_][A-Za-z0-9_.]*)(?=\s*\()`,
    String.raw`(?<bool>(?:TRUE|FALSE)\b)`,
    String.raw`(?<ref>(?:${REF_BODY}))(?![A-Za-z0-9_(])`,
    String.raw`(?<number>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)`,
    String.raw`(?<op>[-+*/(),&])`,
  ].join('|'),
  'iuy',
);

type Token = { readonly type: string; readonly text: string };

function tokenize(source: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const match = TOKEN.exec(source);
    if (!match?.groups) return null;
    const [type, text] = Object.entries(match.groups).find(([, value]) => value !== undefined)!;
    if (type !== 'space') tokens.push({ type, text: text! });
  }
  return tokens;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Node {
    const node = this.expression();
    return this.index === this.tokens.length ? node : { kind: 'unsupported' };
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private take(text: string): boolean {
    if (this.peek()?.text !== text) return false;
    this.index++;
    return true;
  }

  /** `&` binds after + and -, as in Excel: `="a"&1+2` is "a3". */
  private expression(): Node {
    let node = this.additive();
    while (this.take('&')) node = { kind: 'binary', operator: '&', left: node, right: this.additive() };
    return node;
  }

  private additive(): Node {
    let node = this.term();
    for (let op = this.peek()?.text; op === '+' || op === '-'; op = this.peek()?.text) {
      this.index++;
      node = { kind: 'binary', operator: op, left: node, right: this.term() };
    }
    return node;
  }

  private term(): Node {
    let node = this.unary();
    for (let op = this.peek()?.text; op === '*' || op === '/'; op = this.peek()?.text) {
      this.index++;
      node = { kind: 'binary', operator: op, left: node, right: this.unary() };
    }
    return node;
  }

  private unary(): Node {
    if (this.take('-')) return { kind: 'negate', operand: this.unary() };
    if (this.take('+')) return this.unary();
    return this.primary();
  }

  private primary(): Node {
    const token = this.tokens[this.index++];
    if (!token) return { kind: 'unsupported' };
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: Number(token.text) };
      case 'text':
        return { kind: 'text', value: token.text.slice(1, -1).replace(/""/g, '"') };
      case 'bool':
        return { kind: 'boolean', value: token.text.toUpperCase() === 'TRUE' };
      case 'ref':
      case 'sheetRef':
        return reference(token.text);
      case 'func':
        return this.call(token.text.toUpperCase());
      case 'op':
        if (token.text === '(') {
          const inner = this.expression();
          return this.take(')') ? inner : { kind: 'unsupported' };
        }
        return { kind: 'unsupported' };
      default:
        return { kind: 'unsupported' };
    }
  }

  private call(name: string): Node {
    this.take('(');
    const args: Node[] = [];
    if (!this.take(')')) {
      do args.push(this.expression());
      while (this.take(','));
      if (!this.take(')')) return { kind: 'unsupported' };
    }
    return { kind: 'call', name, args };
  }
}

function reference(text: string): Node {
  const bang = text.lastIndexOf('!');
  const sheetPart = bang < 0 ? undefined : text.slice(0, bang);
  const sheet = sheetPart?.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  const rect = parseLocalAddress(text.slice(bang + 1));
  if (!rect) return { kind: 'unsupported' };
  return sheet === undefined ? { kind: 'reference', rect } : { kind: 'reference', sheet, rect };
}

const parsed = new Map<string, Node>();

function parseFormula(formula: string): Node {
  let node = parsed.get(formula);
  if (!node) {
    const tokens = tokenize(formula.replace(/^=/, ''));
    node = tokens ? new Parser(tokens).parse() : { kind: 'unsupported' };
    parsed.set(formula, node);
  }
  return node;
}

const NAME = CellError.of('#NAME?');
const VALUE = CellError.of('#VALUE!');
const REF = CellError.of('#REF!');
const DIV0 = CellError.of('#DIV/0!');

type Scalar = CellValue | undefined;

/** Evaluates `=…`; a formula that reads a blank cell alone gives 0, as in Excel. */
export function evaluateFormula(formula: string, scope: FormulaScope): CellValue {
  return evaluate(parseFormula(formula), scope) ?? 0;
}

function evaluate(node: Node, scope: FormulaScope): Scalar {
  switch (node.kind) {
    case 'number':
    case 'text':
    case 'boolean':
      return node.value;
    case 'reference': {
      if (cellCount(node.rect) !== 1) return VALUE;
      const value = scope.cell(node.sheet, node.rect.row, node.rect.column);
      return value === null ? REF : value;
    }
    case 'negate': {
      const operand = toNumber(evaluate(node.operand, scope));
      return operand instanceof CellError ? operand : -operand;
    }
    case 'binary':
      if (node.operator === '&') return join(evaluate(node.left, scope), evaluate(node.right, scope));
      return arithmetic(node.operator, toNumber(evaluate(node.left, scope)), toNumber(evaluate(node.right, scope)));
    case 'call':
      return node.name === 'SUM' ? sum(node.args, scope) : node.name === 'FIXED' ? fixed(node.args, scope) : NAME;
    case 'unsupported':
      return NAME;
  }
}

function arithmetic(operator: string, left: number | CellError, right: number | CellError): CellValue {
  if (left instanceof CellError) return left;
  if (right instanceof CellError) return right;
  switch (operator) {
    case '+':
      return left + right;
    case '-':
      return left - right;
    case '*':
      return left * right;
    default:
      return right === 0 ? DIV0 : left / right;
  }
}

/** Blank is 0, TRUE is 1, number-like text is its number; other text is #VALUE!. */
function toNumber(value: Scalar): number | CellError {
  if (value === undefined) return 0;
  if (typeof value === 'number' || value instanceof CellError) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const number = value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(number) ? number : VALUE;
}

/** SUM adds the numbers of its ranges (skipping text and booleans) and its direct arguments. */
function sum(args: readonly Node[], scope: FormulaScope): CellValue {
  let total = 0;
  for (const arg of args) {
    if (arg.kind === 'reference') {
      let error: CellError | undefined;
      const found = scope.forEachIn(arg.sheet, arg.rect, (value) => {
        if (typeof value === 'number') total += value;
        else if (value instanceof CellError) error ??= value;
      });
      if (!found) return REF;
      if (error) return error;
      continue;
    }
    const value = toNumber(evaluate(arg, scope));
    if (value instanceof CellError) return value;
    total += value;
  }
  return total;
}

/** `a&b`: each side as text (a number as General shows it, up to 15 digits), errors first. */
function join(left: Scalar, right: Scalar): CellValue {
  const a = asText(left);
  if (a instanceof CellError) return a;
  const b = asText(right);
  return b instanceof CellError ? b : a + b;
}

function asText(value: Scalar): string | CellError {
  if (value === undefined) return '';
  if (value instanceof CellError || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(Number(value.toPrecision(15)));
}

/**
 * FIXED(number, [decimals = 2], [no_commas = FALSE]): the number as text, rounded as the number
 * display rounds (half away from zero, from the 15 digits Excel keeps) through the format
 * `#,##0.00` (`0.00` without commas), with its en-US separators (docs/excel-sim.md). Negative
 * decimals round left of the point: FIXED(1234567, -3) is "1,235,000".
 */
function fixed(args: readonly Node[], scope: FormulaScope): CellValue {
  if (args.length < 1 || args.length > 3) return VALUE;
  const [valueArg, decimalsArg, noCommasArg] = args.map((arg) => evaluate(arg, scope));
  const value = toNumber(valueArg);
  if (value instanceof CellError) return value;
  const decimalsValue = decimalsArg === undefined ? 2 : toNumber(decimalsArg);
  if (decimalsValue instanceof CellError) return decimalsValue;
  const noCommas = noCommasArg === undefined ? 0 : toNumber(noCommasArg);
  if (noCommas instanceof CellError) return noCommas;
  const decimals = Math.trunc(decimalsValue);
  if (decimals > 127) return VALUE;
  const whole = noCommas !== 0 ? '0' : '#,##0';
  if (decimals >= 0) return formatCell(value, decimals > 0 ? `${whole}.${'0'.repeat(decimals)}` : whole);
  const unit = 10 ** -decimals;
  return formatCell(Math.sign(value) * Number(roundHalfAwayFromZero(value / unit, 0)) * unit, whole);
}
