/**
 * Why a file could not be read as a workbook, told to the person who picked it: what is wrong
 * with which file and what to do, in Spanish and English. The CLI exits with status 2 on it and
 * prints the message alone; the library's own error (kept as `cause`) is for debugging only.
 */

export type WorkbookReadErrorKind = 'missing' | 'directory' | 'unreadable' | 'empty' | 'not-xlsx' | 'xls' | 'encrypted' | 'damaged' | 'too-large';

export interface LocalizedText {
  readonly es: string;
  readonly en: string;
}

const SAVE_AS_XLSX: LocalizedText = {
  es: 'Ábralo en Excel y guárdelo como libro de Excel (.xlsx).',
  en: 'Open it in Excel and save it as an Excel Workbook (.xlsx).',
};

/** More cells with data than Cuadre holds at once: the 200,000-row file of the bench has 1.6 million. */
export const MAX_CELLS = 10_000_000;

/** Each message completes a subject that names the file: «El archivo "x"» / «The file "x"». */
const PREDICATES: Record<WorkbookReadErrorKind, LocalizedText> = {
  missing: {
    es: 'no existe. Revise la ruta y el nombre del archivo.',
    en: 'does not exist. Check the path and the file name.',
  },
  directory: {
    es: 'es una carpeta, no un archivo. Indique el libro .xlsx que está dentro de ella.',
    en: 'is a folder, not a file. Give the .xlsx workbook inside it.',
  },
  unreadable: {
    es: 'no se puede abrir. Revise que tenga permiso de lectura y ciérrelo en el programa que lo tenga bloqueado.',
    en: 'cannot be opened. Check that you may read it and close it in the program that holds it locked.',
  },
  empty: {
    es: 'está vacío (0 bytes). Copie de nuevo el original o vuelva a guardarlo desde Excel.',
    en: 'is empty (0 bytes). Copy the original again or save it again from Excel.',
  },
  'not-xlsx': {
    es: `no es un libro de Excel (.xlsx) con hojas de cálculo. ${SAVE_AS_XLSX.es}`,
    en: `is not an Excel workbook (.xlsx) with worksheets. ${SAVE_AS_XLSX.en}`,
  },
  xls: {
    es: `es un libro de Excel 97-2003 (.xls), un formato que Cuadre no lee. ${SAVE_AS_XLSX.es}`,
    en: `is an Excel 97-2003 workbook (.xls), a format Cuadre does not read. ${SAVE_AS_XLSX.en}`,
  },
  encrypted: {
    es: 'está protegido con contraseña. Ábralo en Excel, quite la contraseña (Archivo › Información › Proteger libro › Cifrar con contraseña) y guárdelo.',
    en: 'is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it.',
  },
  damaged: {
    es: 'está dañado o incompleto. Ábralo en Excel, que intentará repararlo, y guárdelo como libro de Excel (.xlsx). Si no se abre, copie de nuevo el original.',
    en: 'is damaged or incomplete. Open it in Excel, which will try to repair it, and save it as an Excel Workbook (.xlsx). If it does not open, copy the original again.',
  },
  'too-large': {
    es: `tiene más de ${MAX_CELLS.toLocaleString('es-EC')} celdas con datos, más de las que Cuadre lee. Copie la hoja de recaudación a un libro aparte y revise ese.`,
    en: `has more than ${MAX_CELLS.toLocaleString('en-US')} cells with data, more than Cuadre reads. Copy the recovery sheet to a workbook of its own and check that one.`,
  },
};

function messagesFor(kind: WorkbookReadErrorKind, file: string | undefined): LocalizedText {
  const predicate = PREDICATES[kind];
  return {
    es: `${file === undefined ? 'El archivo' : `El archivo «${file}»`} ${predicate.es}`,
    en: `${file === undefined ? 'The file' : `The file "${file}"`} ${predicate.en}`,
  };
}

export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
  /** The whole message in each language; `message` is the Spanish one. */
  readonly messages: LocalizedText;

  constructor(
    readonly kind: WorkbookReadErrorKind,
    /** The file as the person named it, when there is one. */
    readonly file?: string,
    options?: { cause?: unknown },
  ) {
    const messages = messagesFor(kind, file);
    super(messages.es, options);
    this.messages = messages;
  }
}

export function isWorkbookReadError(error: unknown): error is WorkbookReadError {
  return error instanceof WorkbookReadError;
}
