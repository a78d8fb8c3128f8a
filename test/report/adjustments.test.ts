import { defaultCatalog } from '../../src/domain/catalog';
import { type Amount, amount, toJson } from '../../src/domain/money';
import { carryAdjustment } from '../../src/report';

const row = (amounts: Record<string, string>) => ({
  row: 18,
  label: 'AJUSTE',
  reference: null,
  amounts: Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, amount(v)])),
});
const json = (amounts: Readonly<Record<string, Amount>>): Record<string, string> =>
  Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, toJson(v)]));

describe('carryAdjustment', () => {
  it.each<[string, Record<string, string>, Record<string, string>, [string[], string, string[]][]]>([
    ['a child only: carried to every ancestor', { convenios: '122471.11' }, { convenios: '122471.11', mora: '122471.11', total: '122471.11' }, [[['mora', 'total'], '122471.11', ['convenios']]]],
    ['already carried: nothing to add', { convenios: '10', mora: '10', total: '10' }, { convenios: '10.00', mora: '10.00', total: '10.00' }, []],
    ['two children: their sum', { planilla: '5', convenios: '10' }, { planilla: '5.00', convenios: '10.00', mora: '15.00', total: '15.00' }, [[['mora', 'total'], '15.00', ['planilla', 'convenios']]]],
    ['different amounts per parent', { oportuna: '1', convenios: '10' }, { oportuna: '1.00', convenios: '10.00', mora: '10.00', total: '11.00' }, [[['mora'], '10.00', ['convenios']], [['total'], '11.00', ['oportuna', 'convenios']]]],
    ['a parent adjusted on its own stays', { mora: '7', total: '7' }, { mora: '7.00', total: '7.00' }, []],
    ['children that cancel out leave the parent', { mora: '7', planilla: '3', convenios: '-3' }, { mora: '7.00', planilla: '3.00', convenios: '-3.00', total: '7.00' }, [[['total'], '7.00', ['mora']]]],
  ])('%s', (_, amounts, propagated, carries) => {
    const carried = carryAdjustment(row(amounts), defaultCatalog());
    expect(json(carried.propagated)).toEqual(propagated);
    expect(carried.carries.map((c) => [c.parents, toJson(c.amount), c.origins])).toEqual(carries);
  });
});
