import type { OpenedWorkbook } from './open-workbook';

/**
 * The playground's workbook as a document that survives a reload of the page, as a workbook
 * survives closing and opening the task pane in Excel: kept in the tab's sessionStorage (a
 * new tab starts from the sample). What is kept is what the user did to it and what the add-in
 * saved in it: the workbook opened (none for the sample), the user's cell edits in order, and the
 * document settings as last saved (`saveAsync`) — Cuadre's settings, highlight record and last
 * checks. Sheets the add-in wrote (reports) and fills are not kept: after a reload the workbook
 * is the one opened with the user's edits, and «Quitar resaltado» finds nothing to restore.
 */
export interface PlaygroundDocument {
  /** The workbook the user opened; null for the bundled sample. */
  readonly opened: OpenedWorkbook | null;
  readonly edits: readonly { readonly sheet: string; readonly address: string; readonly input: string }[];
  readonly settings: Readonly<Record<string, unknown>>;
}

const KEY = 'cuadre.playground.document';

/** The storage the page has; null where there is none (tests, a browser that refuses it). */
function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The document kept by this tab, or null (first visit, or something unreadable: the page starts over). */
export function loadDocument(store: Storage | null = storage()): PlaygroundDocument | null {
  try {
    const text = store?.getItem(KEY);
    if (!text) return null;
    const doc = JSON.parse(text) as Partial<PlaygroundDocument>;
    if (!Array.isArray(doc.edits) || typeof doc.settings !== 'object' || doc.settings === null) return null;
    const opened = doc.opened && Array.isArray(doc.opened.sheets) && typeof doc.opened.name === 'string' ? doc.opened : null;
    return { opened, edits: doc.edits, settings: doc.settings };
  } catch {
    return null;
  }
}

/** Keeps the document; a workbook too big for the storage is simply not kept (the page then starts over on reload). */
export function saveDocument(doc: PlaygroundDocument, store: Storage | null = storage()): void {
  try {
    store?.setItem(KEY, JSON.stringify(doc));
  } catch {
    store?.removeItem(KEY);
  }
}
