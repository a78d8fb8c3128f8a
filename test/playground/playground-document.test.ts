import { loadDocument, saveDocument } from '../../src/playground/playground-document';

/** The playground's document over a reload (sessionStorage): what is kept, and what starts over. */

function memoryStorage(limit = Infinity): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (n) => [...items.keys()][n] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (value.length > limit) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const DOC = {
  opened: {
    name: 'memo.xlsx',
    sheets: [
      {
        name: 'Hoja1',
        cells: [
          ['MES', 'TOTAL'],
          ['ENERO', { value: 1, numberFormat: '#,##0.00' }],
        ],
      },
    ],
  },
  edits: [{ sheet: 'Hoja1', address: 'B2', input: '2' }],
  settings: { 'cuadre.paneOptions': { checkOnEdit: true } },
};

describe('the playground document', () => {
  it('comes back as it was kept: the workbook opened, the edits in order, the saved settings', () => {
    const store = memoryStorage();
    saveDocument(DOC, store);
    expect(loadDocument(store)).toEqual(DOC);
    saveDocument({ ...DOC, opened: null }, store);
    expect(loadDocument(store)?.opened).toBeNull();
  });

  it.each([
    ['nothing kept', null],
    ['not JSON', '{'],
    ['edits that are not a list', JSON.stringify({ ...DOC, edits: 'B2' })],
    ['no settings', JSON.stringify({ ...DOC, settings: null })],
  ])('starts over with %s', (_what, text) => {
    const store = memoryStorage();
    if (text !== null) store.setItem('cuadre.playground.document', text);
    expect(loadDocument(store)).toBeNull();
  });

  it('is not kept when the storage refuses it (too big), rather than keeping an older one', () => {
    const store = memoryStorage(200);
    saveDocument({ ...DOC, opened: null, edits: [] }, store);
    expect(loadDocument(store)).not.toBeNull();
    saveDocument(DOC, store);
    expect(loadDocument(store)).toBeNull();
  });
});
