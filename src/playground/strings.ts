import { excelVersionOf } from './options';
import type { Lang } from '../domain/lang';

/** The playground's own words (the pane has its own, in src/taskpane/i18n.ts), in the display language. */
export interface PlaygroundStrings {
  readonly workbook: string;
  readonly nameBox: string;
  readonly formulaBar: string;
  readonly sheets: string;
  readonly simulated: (apiVersion: string, displayLanguage: string) => string;
  readonly otherLanguage: string;
  readonly toOldExcel: (apiVersion: string) => string;
  readonly toCurrentExcel: (apiVersion: string) => string;
  /** «Abrir libro» (open-workbook-bar.tsx). */
  readonly openWorkbook: string;
  readonly openedWorkbook: (name: string) => string;
  readonly reading: (name: string) => string;
  readonly dropHint: string;
  readonly notOpened: string;
}

export const PLAYGROUND_STRINGS: Readonly<Record<Lang, PlaygroundStrings>> = {
  es: {
    workbook: 'Libro',
    nameBox: 'Cuadro de nombres',
    formulaBar: 'Barra de fórmulas',
    sheets: 'Hojas',
    simulated: (api, language) => `Excel simulado en memoria (${excelVersionOf(api)}, ExcelApi ${api}, ${language}): nada sale del navegador.`,
    otherLanguage: 'English',
    toOldExcel: (api) => `Probar ${excelVersionOf(api)}, sin deshacer (ExcelApi ${api})`,
    toCurrentExcel: (api) => `Volver a ${excelVersionOf(api)} (ExcelApi ${api})`,
    openWorkbook: 'Abrir libro',
    openedWorkbook: (name) => `Libro abierto: ${name}`,
    reading: (name) => `Leyendo «${name}»…`,
    dropHint: 'o arrástrelo sobre la hoja',
    notOpened: 'No se abrió el libro',
  },
  en: {
    workbook: 'Workbook',
    nameBox: 'Name box',
    formulaBar: 'Formula bar',
    sheets: 'Sheets',
    simulated: (api, language) => `In-memory simulated Excel (${excelVersionOf(api)}, ExcelApi ${api}, ${language}): nothing leaves the browser.`,
    otherLanguage: 'Español',
    toOldExcel: (api) => `Try ${excelVersionOf(api)}, without undo (ExcelApi ${api})`,
    toCurrentExcel: (api) => `Back to ${excelVersionOf(api)} (ExcelApi ${api})`,
    openWorkbook: 'Open workbook',
    openedWorkbook: (name) => `Open workbook: ${name}`,
    reading: (name) => `Reading "${name}"…`,
    dropHint: 'or drop it on the sheet',
    notOpened: 'The workbook was not opened',
  },
};
