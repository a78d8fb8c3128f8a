import { defaultCatalog } from '../../src/domain/catalog';
import { carryUp } from '../../src/domain/carry-up';
import { type Amount, amount, toJson } from '../../src/domain/money';

const row = (values: Record<string, string>): Record<string, Amount> => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, amount(v)]));
const json = (values: Readonly<Record<string, Amount>> | ReadonlyMap<string, Amount>): Record<string, string> =>
  Object.fromEntries([...(values instanceof Map ? values.entries() : Object.entries(values))].map(([k, v]) => [k, toJson(v)]));

describe('carryUp', () => {
  it.each([
    ['a component adjusted alone (the memo)', { convenios: '122471.11' }, { convenios: '122471.11', mora: '122471.11', total: '122471.11' }, { mora: '122471.11', total: '122471.11' }],
    ['already carried', { convenios: '10.00', mora: '10.00', total: '10.00' }, { convenios: '10.00', mora: '10.00', total: '10.00' }, {}],
    ['carried to MORA only', { convenios: '10.00', mora: '10.00' }, { convenios: '10.00', mora: '10.00', total: '10.00' }, { total: '10.00' }],
    ['MORA adjusted on its own', { mora: '5.00' }, { mora: '5.00', total: '5.00' }, { total: '5.00' }],
    ['two components', { glosas: '1.00', titulos: '2.50' }, { glosas: '1.00', titulos: '2.50', mora: '3.50', total: '3.50' }, { mora: '3.50', total: '3.50' }],
    ['a partial carry', { convenios: '100.00', mora: '60.00', total: '60.00' }, { convenios: '100.00', mora: '100.00', total: '100.00' }, { mora: '40.00', total: '40.00' }],
  ])('%s', (_what, input, propagated, gaps) => {
    const carried = carryUp(row(input), defaultCatalog());
    expect(json(carried.propagated)).toEqual(propagated);
    expect(json(carried.gaps)).toEqual(gaps);
  });

  it('leaves gaps within the tolerance out, but still carries the exact sum', () => {
    const carried = carryUp(row({ convenios: '10.00', mora: '9.99', total: '9.99' }), defaultCatalog(), amount('0.01'));
    expect([json(carried.gaps), toJson(carried.propagated.mora!)]).toEqual([{}, '10.00']);
  });
});
