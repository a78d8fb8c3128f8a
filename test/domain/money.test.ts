import { amount, formatAmount, fromCellNumber, parseAmountText, sum, toJson, within } from '../../src/domain/money';

describe('parseAmountText', () => {
  it.each([
    ['12.742.937,65', '12742937.65'],
    ['12,742,937.65', '12742937.65'],
    ['$ 1.234,56', '1234.56'],
    ['$1,234.56', '1234.56'],
    ['USD 1.234,56', '1234.56'],
    ['(1.234,56)', '-1234.56'],
    ['-1.234,56', '-1234.56'],
    ['$-1.234,50', '-1234.50'],
    ['1.234,56-', '-1234.56'],
    ['1\u00a0234,56', '1234.56'],
    ['\u00a01.234,56\u00a0', '1234.56'],
    ['1 234 567,89', '1234567.89'],
    ['1.234.567', '1234567.00'],
    ['1,234,567', '1234567.00'],
    ['1234,5', '1234.50'],
    ['1234.56', '1234.56'],
    ['0,125', '0.13'],
    ['1.234,005', '1234.01'],
    ['7', '7.00'],
    [',5', '0.50'],
  ])('%j → %s', (text, expected) => {
    const r = parseAmountText(text);
    expect(r.ok && toJson(r.amount)).toBe(expected);
  });

  it.each([
    ['$454.506.05', 'mixed-separators'],
    ['1.234.56', 'mixed-separators'],
    ['1,234.567,89', 'mixed-separators'],
    ['1.234', 'ambiguous'],
    ['1.005', 'ambiguous'],
    ['12,345', 'ambiguous'],
    ['abc', 'not-a-number'],
    ['', 'not-a-number'],
    ['12-34', 'not-a-number'],
    ['1 23,4', 'not-a-number'],
    ['#REF!', 'not-a-number'],
  ])('%j is refused (%s)', (text, reason) => {
    expect(parseAmountText(text)).toEqual({ ok: false, reason });
  });

  it.each([
    ['1.234,567', true],
    ['1.234,56', false],
  ])('%j has fractions of a cent: %s', (text, subCent) => {
    const r = parseAmountText(text);
    expect(r.ok && r.subCent).toBe(subCent);
  });
});

describe('fromCellNumber', () => {
  it.each([
    [12742937.65, '12742937.65', false],
    [0.1 + 0.2, '0.30', false],
    [1.005, '1.01', true],
    [2.675, '2.68', true],
    [-0.005, '-0.01', true],
    [150251586.37, '150251586.37', false],
  ])('%d → %s (sub-cent %s)', (n, expected, subCent) => {
    const r = fromCellNumber(n);
    expect([toJson(r.amount), r.subCent]).toEqual([expected, subCent]);
  });
});

describe('arithmetic and display', () => {
  it('sums exactly where floats do not', () => {
    const parts = ['0.10', '0.20', '0.30'].map(amount);
    expect(toJson(sum(parts))).toBe('0.60');
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
  });

  it.each([
    ['12742937.65', 'es', '12.742.937,65'],
    ['1234.5', 'es', '1.234,50'],
    ['-122471.11', 'es', '-122.471,11'],
    ['12742937.65', 'en', '12,742,937.65'],
  ] as const)('formats %s in %s as %s', (value, lang, shown) => {
    expect(formatAmount(amount(value), lang)).toBe(shown);
  });

  it('never prints a negative zero in JSON', () => {
    expect(toJson(amount('-0.001'))).toBe('0.00');
  });

  it('compares within a tolerance', () => {
    expect(within(amount('10.00'), amount('10.01'), amount('0.01'))).toBe(true);
    expect(within(amount('10.00'), amount('10.02'), amount('0.01'))).toBe(false);
  });
});
