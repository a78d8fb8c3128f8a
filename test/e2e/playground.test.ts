import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, type Page, chromium } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { HIGHLIGHT_COLORS } from '../../src/excel/highlight';
import { SAMPLE_SHEET } from '../../src/sample/memo-2024';
import { PLAYGROUND_DIR, servePlayground } from '../../scripts/preview';
import { CHROMIUM_ARGS, PLAYGROUND_VIEWPORT, SYSTEM_CHROMIUM } from '../../scripts/system-chromium';
import { memoRows, xlsxFrom } from '../support/workbook-builder';

/**
 * The playground in headless Chromium: the production pane and Office host on the in-memory
 * Excel, built by webpack in production mode and served as `npm run preview` serves it. The
 * README's pictures are taken by `npm run pictures` (scripts/pane-pictures.ts).
 */

const ROOT = join(__dirname, '..', '..');
const CHROMIUM = SYSTEM_CHROMIUM;
const VIEWPORT = PLAYGROUND_VIEWPORT;

// A production build comes first, and a loaded machine runs everything slower.
jest.setTimeout(120_000);

// A developer without Chromium gets a note; CI, which installs it (.ci/run), must not pass by skipping.
const runs = existsSync(CHROMIUM) || process.env.CI === 'true';
if (!runs) console.log(`test/e2e skipped: no Chromium at ${CHROMIUM} (apt-get install chromium to run it).`);

const cell = (page: Page, address: string) => page.locator(`[role=gridcell][data-address="${address}"]`);

/** Waits until the drawn cell has this fill (`#F4B6B6`), or none. */
function fillOf(page: Page, address: string, hex: string | null): Promise<unknown> {
  const rgb = hex === null ? 'rgba(0, 0, 0, 0)' : `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  return page.waitForFunction(
    ([selector, color]) => {
      const element = document.querySelector(selector!);
      return element !== null && getComputedStyle(element).backgroundColor === color;
    },
    [`[data-address="${address}"]`, rgb],
  );
}

/** The pane's side of the page. */
const pane = (page: Page) => page.locator('#cuadre-pane');

/** Report sheets in the tab bar. */
const reportTabs = (page: Page) => page.getByRole('tab', { name: /^Informe 2024/ });

/** Runs axe-core (from npm, injected into the page) on the whole pane; the violations' ids and targets. */
async function axeViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResults> } }).axe.run({
      include: [['#cuadre-pane']],
    }),
  );
  return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => String(n.target)) }));
}

async function openPlayground(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(url);
  await page.getByRole('button', { name: /^(Validar y conciliar|Check and reconcile)$/, disabled: false }).waitFor();
  return page;
}

(runs ? describe : describe.skip)('the playground in Chromium', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let url = '';

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`The end-to-end tests need Chromium at ${CHROMIUM} (apt-get install chromium).`);
    await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--config', 'webpack.playground.js', '--mode', 'production'],
      {
        cwd: ROOT,
      },
    );
    ({ server, url } = await servePlayground(join(ROOT, PLAYGROUND_DIR), 0));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  describe('in Spanish, on current Excel', () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser!.newPage({ viewport: VIEWPORT });
      await page.goto(url);
    });

    it('draws the sample sheet', async () => {
      await page.getByRole('tab', { name: SAMPLE_SHEET, selected: true }).waitFor();
      expect(await cell(page, 'D19').textContent()).toBe('9,175,678.45');
    });

    it('got the pane’s JavaScript and stylesheet compressed (npm run preview sends them as a production server would)', async () => {
      const sizes = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e as PerformanceResourceTiming)
          .filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname))
          .map((e) => ({ name: e.name, encoded: e.encodedBodySize, decoded: e.decodedBodySize })),
      );
      expect(sizes.length).toBeGreaterThan(1);
      for (const { encoded, decoded } of sizes) expect(encoded).toBeLessThan(decoded / 2);
    });

    it('says first that MORA is 122.471,11 short and why, for which months; the totals carry the adjustment', async () => {
      await page.getByRole('button', { name: 'Validar y conciliar' }).click();
      await page.getByText('No cuadra', { exact: true }).waitFor();
      await page.getByText('A MORA del total le faltan 122.471,11: el ajuste de H18 no se trasladó.').waitFor();
      await page.getByText('Período: enero a diciembre de 2024 · 12 de 12 meses').waitFor();
      const totals = await page.getByRole('table', { name: 'Totales' }).textContent();
      expect(totals).toContain('150.374.057,48');
      expect(totals).toContain('-122.471,11');
    });

    it('fits check, outcome and report in a 320 × 900 pane without scrolling', async () => {
      expect(await pane(page).evaluate((e) => e.clientWidth)).toBe(320);
      const insert = await page.getByRole('button', { name: 'Insertar informe anual' }).boundingBox();
      expect(insert!.y + insert!.height).toBeLessThanOrEqual(VIEWPORT.height);
    });

    it('puts one primary button in front, in Fluent’s brand colour (the extracted stylesheet is served and applied): the report', async () => {
      const primaries = await pane(page).evaluate((element) =>
        [...element.querySelectorAll('button')].filter((b) => getComputedStyle(b).backgroundColor === 'rgb(15, 108, 189)').map((b) => b.textContent),
      );
      expect(primaries).toEqual(['Insertar informe anual']);
    });

    it('opens a finding: its details, and its cell selected in the sheet', async () => {
      await page.getByRole('button', { name: /^D19/ }).click();
      await page.getByText('D19: Esperado 9.298.149,56 · En la hoja 9.175.678,45 · Diferencia -122.471,11').waitFor();
      await page.locator('[role=gridcell][data-address="D19"][aria-selected=true]').waitFor();
      expect(await page.getByLabel('Cuadro de nombres').textContent()).toBe('D19');
    });

    it('highlights the findings’ cells, with a note', async () => {
      await page.getByRole('button', { name: 'Resaltar en la hoja' }).click();
      await fillOf(page, 'D19', HIGHLIGHT_COLORS.error);
      await fillOf(page, 'H18', HIGHLIGHT_COLORS.warning);
      expect(await cell(page, 'D19').getAttribute('title')).toMatch(/^Cuadre: Hoja «Recaudación 2024», celda D19: MORA es 9\.175\.678,45/);
    });

    it('has no accessibility violation (axe-core)', async () => {
      expect(await axeViolations(page)).toEqual([]);
    });

    it('inserts the annual report on a new sheet, «Validar» waiting meanwhile, its totals carrying the adjustment', async () => {
      // Both clicks in one task: the second lands while the insertion runs.
      const validarWaited = await page.evaluate(async () => {
        const byText = (text: string) => [...document.querySelectorAll('#cuadre-pane button')].find((b) => b.textContent === text) as HTMLButtonElement;
        byText('Insertar informe anual').click();
        // React renders a click's updates in a microtask after the event.
        await Promise.resolve();
        const waiting = byText('Validar y conciliar').getAttribute('aria-disabled');
        byText('Validar y conciliar').click();
        return waiting;
      });
      expect(validarWaited).toBe('true');
      await page.getByText('Se creó la hoja «Informe 2024» con el informe anual.').waitFor();
      await page.getByRole('button', { name: 'Validar y conciliar', disabled: false }).waitFor();
      expect(await page.getByRole('progressbar').count()).toBe(0);
      await page.getByRole('tab', { name: 'Informe 2024', selected: true }).waitFor();
      const totalRow = page
        .getByRole('grid', { name: 'Informe 2024' })
        .getByRole('row')
        .filter({ has: page.getByRole('gridcell', { name: 'TOTAL', exact: true }) });
      expect(await totalRow.getByRole('gridcell').allTextContents()).toEqual(expect.arrayContaining(['150,374,057.48', '141,075,907.92', '9,298,149.56']));
    });

    it('checks the source sheet again, not the report just inserted', async () => {
      await page.getByRole('button', { name: 'Validar y conciliar' }).click();
      await page.getByText('Se creó la hoja «Informe 2024» con el informe anual.').waitFor({ state: 'detached' });
      await page.getByText(/^Hoja «Recaudación 2024» · tabla A4:H19/).waitFor();
      await page.getByText('A MORA del total le faltan 122.471,11: el ajuste de H18 no se trasladó.').waitFor();
      expect(await reportTabs(page).count()).toBe(1);
    });
  });

  it('inserts one report for a double-click', async () => {
    const page = await openPlayground(browser!, url);
    await page.getByRole('button', { name: 'Validar y conciliar' }).click();
    await page.getByText('No cuadra', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Insertar informe anual' }).dblclick();
    await page.getByText('Se creó la hoja «Informe 2024» con el informe anual.').waitFor();
    await page.getByRole('button', { name: 'Insertar informe anual', disabled: false }).waitFor();
    expect(await reportTabs(page).allTextContents()).toEqual(['Informe 2024']);
    await page.close();
  });

  it('offers «Quitar resaltado» only with highlights on, and «Ir a la hoja» only from another sheet than the report', async () => {
    const page = await openPlayground(browser!, url);
    const clear = page.getByRole('button', { name: 'Quitar resaltado' });
    const goTo = page.getByRole('button', { name: 'Ir a la hoja' });
    await page.getByRole('button', { name: 'Validar y conciliar' }).click();
    await page.getByText('No cuadra', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Resaltar en la hoja', disabled: false }).waitFor();
    expect(await clear.count()).toBe(0);
    await page.getByRole('button', { name: 'Resaltar en la hoja' }).click();
    await clear.waitFor();
    await fillOf(page, 'D19', HIGHLIGHT_COLORS.error);
    await clear.click();
    await page.getByText('Se quitó el resaltado.').waitFor();
    await fillOf(page, 'D19', null);
    expect(await clear.count()).toBe(0);

    await page.getByRole('button', { name: 'Insertar informe anual' }).click();
    const inserted = page.getByText('Se creó la hoja «Informe 2024» con el informe anual.');
    await inserted.waitFor();
    await page.getByRole('tab', { name: 'Informe 2024', selected: true }).waitFor();
    expect(await goTo.count()).toBe(0);
    // The news is in sight: the pane scrolled to the bar below the report's options.
    const box = await inserted.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORT.height);
    // The user's own click on a tab of the workbook: Excel's onActivated tells the pane.
    await page.getByRole('tab', { name: SAMPLE_SHEET }).click();
    await goTo.waitFor();
    await page.getByRole('tab', { name: 'Informe 2024' }).click();
    await goTo.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: SAMPLE_SHEET }).click();
    await goTo.click();
    await page.getByRole('tab', { name: 'Informe 2024', selected: true }).waitFor();
    await goTo.waitFor({ state: 'detached' });
    await page.close();
  });

  it('goes the main flow with the keyboard only: check, the findings as one Tab stop with arrow keys, the report', async () => {
    const page = await openPlayground(browser!, url);
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.getByRole('button', { name: 'Validar y conciliar' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('No cuadra', { exact: true }).waitFor();
    // Forward to the findings: the first line takes the focus, the arrow keys move along the list.
    for (let n = 0; n < 30 && !/^D19/.test(await focused()); n++) await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^D19/);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toMatch(/^H18/);
    await page.keyboard.press('Enter');
    await page.getByText('D18: Esperado 122.471,11 · En la hoja 0,00').waitFor();
    // One Tab stop: Tab leaves the list (the details' content and the other line are skipped).
    await page.keyboard.press('Tab');
    expect(await focused()).not.toMatch(/^(D19|H18)/);
    // Back to the report's button, and insert it.
    for (let n = 0; n < 30 && (await focused()) !== 'Insertar informe anual'; n++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Se creó la hoja «Informe 2024» con el informe anual.').waitFor();
    await page.close();
  });

  it('keeps the audit log once switched on: a row per check and per report in «Registro Cuadre», which is never the sheet checked', async () => {
    const page = await openPlayground(browser!, url);
    await page.getByRole('button', { name: 'Configuración' }).click();
    await page.getByRole('switch', { name: 'Registro de auditoría', disabled: false }).click();
    await page.getByRole('switch', { name: 'Registro de auditoría', checked: true }).waitFor();
    await page.getByRole('button', { name: 'Validar y conciliar' }).click();
    await page.getByText('No cuadra', { exact: true }).waitFor();
    // The log is made at the end of the tabs; the analyst stays on the sheet checked.
    await page.getByRole('tab', { name: 'Registro Cuadre', selected: false }).waitFor();
    await page.getByRole('tab', { name: SAMPLE_SHEET, selected: true }).waitFor();
    await page.getByRole('button', { name: 'Insertar informe anual' }).click();
    await page.getByText('Se creó la hoja «Informe 2024» con el informe anual.').waitFor();

    await page.getByRole('tab', { name: 'Registro Cuadre' }).click();
    const log = page.getByRole('grid', { name: 'Registro Cuadre' });
    const rowWith = (text: string) => log.getByRole('row').filter({ has: page.getByRole('gridcell', { name: text, exact: true }) });
    await rowWith('Informe 2024').waitFor();
    const check = await rowWith('Revisión').getByRole('gridcell').allTextContents();
    expect(check).toEqual(expect.arrayContaining([SAMPLE_SHEET, 'enero–diciembre 2024', '9,175,678.45', '9,298,149.56']));
    expect(check.some((text) => /^[0-9a-f]{64}$/.test(text))).toBe(true);

    // Checked from the log: the source is checked, and the log has a third row.
    await page.getByRole('button', { name: 'Validar y conciliar' }).click();
    await page.getByText(/^Hoja «Recaudación 2024» · tabla A4:H19/).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('[role=gridcell]')].filter((c) => c.textContent === 'Revisión').length === 2);
    expect(await log.getByRole('row').count()).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('asks before the first write on an Excel without undo grouping (Excel 2019), in English', async () => {
    const page = await openPlayground(browser!, `${url}?lang=en&api=1.8`);
    await page.getByRole('button', { name: 'Check and reconcile' }).click();
    await page.getByText('Does not add up', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Highlight in the sheet' }).click();
    await page.getByText('Ctrl+Z will not undo this change').waitFor();
    // Cancel: nothing written, and the focus back on the button that asked.
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Highlight in the sheet');
    await page.getByRole('button', { name: 'Highlight in the sheet' }).click();
    await page.getByText('Ctrl+Z will not undo this change').waitFor();
    await fillOf(page, 'D19', null);
    await page.getByRole('button', { name: 'Continue' }).click();
    await fillOf(page, 'D19', HIGHLIGHT_COLORS.error);
    await page.close();
  });
  describe('the last check over a reload, edits in the grid, «Validar al editar»', () => {
    const PREVIOUS = 'Resultado anterior, no de la hoja actual';
    const STALE = 'La hoja cambió después de esta revisión';
    const formulaBar = (page: Page) => page.getByLabel('Barra de fórmulas');
    /** Types into a cell as the user does: click it, write in the formula bar, Enter. */
    const typeInto = async (page: Page, address: string, input: string): Promise<void> => {
      await cell(page, address).click();
      await page.locator(`[role=gridcell][data-address="${address}"][aria-selected=true]`).waitFor();
      await formulaBar(page).fill(input);
      await formulaBar(page).press('Enter');
    };

    it('keeps the last check over a reload of the page, shown as an earlier result with the report’s fingerprint', async () => {
      const page = await openPlayground(browser!, url);
      await page.getByRole('button', { name: 'Validar y conciliar' }).click();
      await page.getByText('No cuadra', { exact: true }).waitFor();
      // The fingerprint the report prints for these figures.
      await page.getByRole('button', { name: 'Insertar informe anual' }).click();
      await page.getByRole('tab', { name: 'Informe 2024', selected: true }).waitFor();
      const provenance = await page.getByRole('gridcell', { name: /SHA-256 de las cifras: / }).textContent();
      const printed = /SHA-256 de las cifras: ([0-9a-f]{64})/.exec(provenance ?? '')?.[1];
      expect(printed).toMatch(/^[0-9a-f]{64}$/);

      await page.reload();
      await page.getByRole('button', { name: 'Validar y conciliar', disabled: false }).waitFor();
      await page.getByText(PREVIOUS).waitFor();
      const line = await page.getByText(/^Última revisión: /).textContent();
      expect(line).toMatch(
        /^Última revisión: \d{1,2} [a-z]{3} \d{4} \d{2}:\d{2} · hoja «Recaudación 2024» · enero–diciembre 2024 · No cuadra: 1 error, 1 advertencia$/,
      );
      expect(await page.getByRole('row', { name: /^Total/ }).textContent()).toBe('Total150.251.586,37150.374.057,48');
      await page.getByRole('button', { name: 'Ver la huella completa' }).click();
      await page.getByText(printed!, { exact: true }).waitFor();
      // An earlier result: no outcome of the sheet now, nothing to insert from it.
      expect(await page.getByText('No cuadra', { exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Insertar informe anual' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('marks the result stale after an edit in the grid, and the report waits for a new check', async () => {
      const page = await openPlayground(browser!, url);
      await page.getByRole('button', { name: 'Validar y conciliar' }).click();
      await page.getByText('No cuadra', { exact: true }).waitFor();
      // Cuadre's own write (the highlight) does not make the result stale.
      await page.getByRole('button', { name: 'Resaltar en la hoja' }).click();
      await fillOf(page, 'D19', HIGHLIGHT_COLORS.error);
      await page.waitForTimeout(300);
      expect(await page.getByText(STALE).count()).toBe(0);

      await typeInto(page, 'C6', '11000000');
      await page.getByText(STALE).waitFor();
      await page.getByText('Vuelva a validar: este resultado ya no es el de la hoja.').waitFor();
      await page.getByRole('button', { name: 'Insertar informe anual', disabled: true }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Validar y conciliar' }).click();
      await page.getByText(STALE).waitFor({ state: 'detached' });
      // OPORTUNA of January changed: the new result may only allow a draft.
      await page.getByRole('button', { name: /^Insertar (informe anual|borrador)$/, disabled: false }).waitFor();
      await page.close();
    });

    it('«Validar al editar»: checks again about a second after the edit, without writing or taking the focus; kept over a reload', async () => {
      const page = await openPlayground(browser!, url);
      await page.getByRole('switch', { name: 'Validar al editar' }).check();
      await page.getByRole('button', { name: 'Validar y conciliar' }).click();
      await page.getByText('A MORA del total le faltan 122.471,11: el ajuste de H18 no se trasladó.').waitFor();
      // The analyst carries the adjustment up to MORA and TOTAL, on its row and in the totals row.
      await typeInto(page, 'D18', '122471.11');
      await page.getByText(STALE).waitFor();
      await typeInto(page, 'B18', '122471.11');
      await typeInto(page, 'D19', '9298149.56');
      await typeInto(page, 'B19', '150374057.48');
      // Checked again by itself: it adds up now; the focus still in the formula bar, the cell still selected, nothing highlighted.
      await page.getByText('Cuadra', { exact: true }).waitFor();
      await page.getByText(STALE).waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Barra de fórmulas');
      expect(await page.locator('[role=gridcell][data-address="B19"][aria-selected=true]').count()).toBe(1);
      await fillOf(page, 'D19', null);

      await page.reload();
      await page.getByRole('button', { name: 'Validar y conciliar', disabled: false }).waitFor();
      await page.waitForFunction(() => (document.querySelector('[role=switch]') as HTMLInputElement | null)?.checked === true);
      // The edits were kept with the document, and the last check is the one that adds up.
      expect(await cell(page, 'D18').textContent()).toBe('122471.11');
      await page.getByText(/^Última revisión: .* · Cuadra: 0 errores, 0 advertencias$/).waitFor();
      await page.close();
    });
  });

  describe('«Abrir libro»: a workbook the user chooses', () => {
    /** The memo on a second sheet at C8, behind an active sheet of notes: another layout than the sample's. */
    const memoElsewhere = (): Promise<Buffer> =>
      xlsxFrom(
        [
          { name: 'Notas', rows: [['Notas del analista']] },
          { name: SAMPLE_SHEET, rows: memoRows({ top: 8, left: 3 }), top: 8, left: 3 },
        ],
        { activeTab: 0 },
      );

    it('opens it through the file input, says which workbook is open, and the pane checks it', async () => {
      const page = await browser!.newPage({ viewport: VIEWPORT });
      await page.goto(url);
      await page.getByText('Libro abierto: recaudacion-2024.xlsx').waitFor();
      await page.locator('input[type=file]').setInputFiles({
        name: 'memo-otra-forma.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await memoElsewhere(),
      });
      await page.getByText('Libro abierto: memo-otra-forma.xlsx').waitFor();
      await page.getByRole('tab', { name: 'Notas', selected: true }).waitFor();
      await page.getByRole('tab', { name: SAMPLE_SHEET }).waitFor();
      await page.getByRole('button', { name: 'Validar y conciliar' }).click();
      await page.getByText('No cuadra', { exact: true }).waitFor();
      // The memo's D19 is F26 here; the pane goes to the table's sheet when it selects it.
      await page.getByRole('button', { name: /^F26/ }).click();
      await page.getByRole('tab', { name: SAMPLE_SHEET, selected: true }).waitFor();
      expect(await cell(page, 'F26').textContent()).toBe('9,175,678.45');
      expect(await page.getByRole('table', { name: 'Totales' }).textContent()).toContain('9.298.149,56');
      await page.close();
    });

    it('opens a workbook dropped on the sheet, and says why a file that is none cannot be opened, in English', async () => {
      const page = await browser!.newPage({ viewport: VIEWPORT });
      await page.goto(`${url}?lang=en`);
      const drop = async (name: string, bytes: Buffer): Promise<void> => {
        const dataTransfer = await page.evaluateHandle(
          ({ name, bytes }) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([new Uint8Array(bytes)], name));
            return transfer;
          },
          { name, bytes: [...bytes] },
        );
        await page.getByRole('grid').dispatchEvent('drop', { dataTransfer });
      };
      await drop('datos.csv', Buffer.from('MES;TOTAL\nENERO;1\n'));
      await page.getByText('The workbook was not opened').waitFor();
      await page.getByText('The file "datos.csv" is not an Excel workbook (.xlsx)', { exact: false }).waitFor();
      await page.getByText('Open workbook: recaudacion-2024.xlsx').waitFor();
      await drop('memo.xlsx', await memoElsewhere());
      await page.getByText('Open workbook: memo.xlsx').waitFor();
      await page.getByRole('tab', { name: 'Notas', selected: true }).waitFor();
      await page.close();
    });
  });
});
