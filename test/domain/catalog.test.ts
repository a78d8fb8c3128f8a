import { ancestors, defaultCatalog, identities, indicatorByCode, indicatorByLabel, leadingCode, parseCatalog, suggestCode } from '../../src/domain/catalog';

const catalog = defaultCatalog();

describe('the default catalog', () => {
  it('derives the two identities of the memo, deepest first', () => {
    expect(identities(catalog)).toEqual([
      { parent: 'mora', children: ['planilla', 'glosas', 'titulos', 'convenios'] },
      { parent: 'total', children: ['oportuna', 'mora'] },
    ]);
  });

  it('knows the ancestors of an indicator', () => {
    expect(ancestors(catalog, 'convenios')).toEqual(['mora', 'total']);
  });

  it('tells IE-DNRGC-DP-10 from NC-DNRGC-DP-10', () => {
    expect([indicatorByCode(catalog, 'IE-DNRGC-DP-10')?.key, indicatorByCode(catalog, 'nc-dnrgc-dp-10')?.key]).toEqual(['mora', 'convenios']);
  });

  it.each([
    ['TÍTULOS', 'titulos'], ['Titulos', 'titulos'], ['planilla en mora', 'planilla'], ['RECAUDACIÓN TOTAL', 'total'],
  ])('label %j names %s', (label, key) => {
    expect(indicatorByLabel(catalog, label)?.key).toBe(key);
  });
});

describe('leadingCode', () => {
  it.each([
    ['IE-DNRGC-DP-10-Monto de recuperación de cartera en mora', 'IE-DNRGC-DP-10'],
    ['nc-dnrgc-dp-9 planilla', 'NC-DNRGC-DP-9'],
    ['NC-DNRGC-DP-10', 'NC-DNRGC-DP-10'],
    ['MORA', null],
    ['IESS-DNRGC-2025-0310-M', null],
    ['N-DNRGC-DP-9', null],
  ])('%j → %s', (text, code) => {
    expect(leadingCode(text)).toBe(code);
  });
});

describe('suggestCode', () => {
  it.each([
    ['NC-DNRGC-DP-88', 'NC-DNRGC-DP-8'],
    ['NC-DNRCG-DP-9', 'NC-DNRGC-DP-9'],
    ['XX-ABCDE-QQ-77', undefined],
  ])('%s → %s', (code, suggestion) => {
    expect(suggestCode(catalog, code)).toBe(suggestion);
  });
});

describe('parseCatalog', () => {
  it('accepts the default catalog as JSON', () => {
    expect(parseCatalog(JSON.parse(JSON.stringify(catalog))).problems).toEqual([]);
  });

  const withIndicators = (indicators: unknown[]): unknown => ({ indicators });
  it.each([
    ['no list', {}, 'indicators'],
    ['a parent that does not exist', withIndicators([{ key: 'a', labels: ['A'], parent: 'zz' }]), 'a'],
    ['a repeated code', withIndicators([{ key: 'a', code: 'NC-X-DP-1' }, { key: 'b', code: 'NC-X-DP-1' }]), 'b'],
    ['a cycle', withIndicators([{ key: 'a', labels: ['A'], parent: 'b' }, { key: 'b', labels: ['B'], parent: 'a' }]), 'a'],
    ['a malformed code', withIndicators([{ key: 'a', code: 'MORA' }]), 'indicators[0].code'],
    ['neither code nor label', withIndicators([{ key: 'a' }]), 'indicators[0]'],
  ])('refuses %s', (_what, input, path) => {
    const r = parseCatalog(input);
    expect(r.catalog).toBeNull();
    expect(r.problems.map((p) => p.path)).toContain(path);
  });
});
