import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { SAMPLE_SHEET } from '../src/sample/memo-2024';
import { PLAYGROUND_DIR, servePlayground } from './preview';
import { CHROMIUM_ARGS, PLAYGROUND_VIEWPORT, SYSTEM_CHROMIUM } from './system-chromium';

/**
 * The README's pictures of the task pane, taken in the built playground (`npm run pictures`,
 * which builds it first) with the system's Chromium: the pane alone at the 320 px Excel gives
 * it, 900 px high, in Spanish and in English, after a check and after inserting the report;
 * and the page — the pane beside the sample sheet — with the findings highlighted, and with
 * the new report sheet. Never downloads a browser: CHROMIUM=path for another one.
 */

const CHROMIUM = process.env.CHROMIUM ?? SYSTEM_CHROMIUM;
const VIEWPORT = PLAYGROUND_VIEWPORT;
const DOCS = resolve('docs');

type Lang = 'es' | 'en';

const WORDS: Readonly<Record<Lang, { check: string; outcome: string; highlight: string; highlighted: RegExp; insert: string; inserted: string }>> = {
  es: {
    check: 'Validar y conciliar',
    outcome: 'No cuadra',
    highlight: 'Resaltar en la hoja',
    highlighted: /^Celdas resaltadas/,
    insert: 'Insertar informe anual',
    inserted: 'Se creó la hoja «Informe 2024» con el informe anual.',
  },
  en: {
    check: 'Check and reconcile',
    outcome: 'Does not add up',
    highlight: 'Highlight in the sheet',
    highlighted: /^Cells highlighted/,
    insert: 'Insert annual report',
    inserted: 'Sheet "Report 2024" was created with the annual report.',
  },
};

async function open(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(url);
  return page;
}

/** Clicks a button of the pane once it can be clicked. */
async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.locator('#cuadre-pane').getByRole('button', { name, exact: typeof name === 'string' });
  await button.and(page.locator(':not([aria-disabled=true]):not([disabled])')).waitFor();
  await button.click();
}

async function paneOnly(page: Page, file: string): Promise<void> {
  // The mouse away from the buttons: no hover state in the picture.
  await page.mouse.move(0, VIEWPORT.height - 1);
  await page.locator('#cuadre-pane').screenshot({ path: join(DOCS, file) });
  console.log(`docs/${file}`);
}

async function wholePage(page: Page, file: string): Promise<void> {
  await page.mouse.move(0, VIEWPORT.height - 1);
  await page.screenshot({ path: join(DOCS, file) });
  console.log(`docs/${file}`);
}

/** After a check, then after the report: the pane alone. */
async function paneInLanguage(browser: Browser, url: string, lang: Lang): Promise<void> {
  const w = WORDS[lang];
  const page = await open(browser, lang === 'en' ? `${url}?lang=en` : url);
  await press(page, w.check);
  await page.getByText(w.outcome, { exact: true }).waitFor();
  await paneOnly(page, `pane-${lang}-check.png`);
  await press(page, w.insert);
  await page.locator('#cuadre-pane').getByText(w.inserted).waitFor();
  await paneOnly(page, `pane-${lang}-report.png`);
  await page.close();
}

/** The pane beside the sample sheet: the findings highlighted and D19 selected; then the report sheet. */
async function beside(browser: Browser, url: string): Promise<void> {
  const w = WORDS.es;
  const page = await open(browser, url);
  await page.getByRole('tab', { name: SAMPLE_SHEET, selected: true }).waitFor();
  await press(page, w.check);
  await page.getByText(w.outcome, { exact: true }).waitFor();
  await press(page, /^D19/);
  await page.locator('[role=gridcell][data-address="D19"][aria-selected=true]').waitFor();
  await press(page, w.highlight);
  await page.getByText(w.highlighted).waitFor();
  await wholePage(page, 'pane-reconciled.png');
  await press(page, w.insert);
  await page.getByText(w.inserted).waitFor();
  await page.getByRole('tab', { name: 'Informe 2024', selected: true }).waitFor();
  await wholePage(page, 'pane-report.png');
  await page.close();
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (apt-get install chromium, or CHROMIUM=path).`);
  if (!existsSync(join(PLAYGROUND_DIR, 'index.html'))) throw new Error(`No playground in ${PLAYGROUND_DIR}/: npm run pictures builds it first.`);
  const { server, url } = await servePlayground(PLAYGROUND_DIR, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await beside(browser, url);
    for (const lang of ['es', 'en'] as const) await paneInLanguage(browser, url, lang);
  } finally {
    await browser.close();
    server.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
