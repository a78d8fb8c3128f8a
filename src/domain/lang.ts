/** The languages Cuadre speaks: Spanish (es-EC) first, and English. */
export type Lang = 'es' | 'en';
