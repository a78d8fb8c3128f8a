import defaultCatalogJson from './catalog.default.json';
import { foldLabel } from './months';

/**
 * The indicator catalog is data: a unit with other indicators edits the JSON and the
 * identities (every parent = sum of its children) follow from the `parent` links.
 */

export interface Indicator {
  readonly key: string;
  /** Header labels that name this indicator (`TITULOS`, `TÍTULOS`). */
  readonly labels: readonly string[];
  /** Indicator code such as `NC-DNRGC-DP-9`, or null for label-only columns. */
  readonly code: string | null;
  readonly parent: string | null;
  readonly name: { readonly es: string; readonly en: string };
  readonly description: { readonly es: string; readonly en: string };
}

export interface Catalog {
  /** In catalog order, which is also the report's column order. */
  readonly indicators: readonly Indicator[];
}

export interface Identity {
  readonly parent: string;
  readonly children: readonly string[];
}

/** `LL-LETTERS-LL-NUMBER`, any case: the leading token of a code header. */
const CODE_AT_START = /^([A-Za-z]{2}-[A-Za-z]+-[A-Za-z]{2}-\d+)(?![\d])/;

/** The code a header cell starts with (`IE-DNRGC-DP-10-Monto de…` → `IE-DNRGC-DP-10`), upper-cased. */
export function leadingCode(text: string): string | null {
  const m = CODE_AT_START.exec(text.trim());
  return m ? m[1]!.toUpperCase() : null;
}

export function defaultCatalog(): Catalog {
  return defaultCatalogJson as Catalog;
}

export function indicatorByKey(catalog: Catalog, key: string): Indicator | undefined {
  return catalog.indicators.find((i) => i.key === key);
}

export function indicatorByCode(catalog: Catalog, code: string): Indicator | undefined {
  const wanted = code.toUpperCase();
  return catalog.indicators.find((i) => i.code?.toUpperCase() === wanted);
}

export function indicatorByLabel(catalog: Catalog, text: string): Indicator | undefined {
  const wanted = foldLabel(text);
  return catalog.indicators.find((i) => i.labels.some((l) => foldLabel(l) === wanted));
}

/** Every parent with its children, deepest parents first so sums can be carried upwards. */
export function identities(catalog: Catalog): Identity[] {
  const byParent = new Map<string, string[]>();
  for (const i of catalog.indicators) {
    if (i.parent !== null) byParent.set(i.parent, [...(byParent.get(i.parent) ?? []), i.key]);
  }
  const depth = (key: string): number => {
    const parent = indicatorByKey(catalog, key)?.parent ?? null;
    return parent === null ? 0 : 1 + depth(parent);
  };
  return [...byParent.entries()].map(([parent, children]) => ({ parent, children })).sort((a, b) => depth(b.parent) - depth(a.parent));
}

/**
 * The indicator at the top of the tree (`total` in the default catalog): the first without a
 * parent, in catalog order. A unit's catalog may call it anything.
 */
export function rootKey(catalog: Catalog): string {
  return (catalog.indicators.find((i) => i.parent === null) ?? catalog.indicators[0])!.key;
}

/** The keys above an indicator, nearest first. */
export function ancestors(catalog: Catalog, key: string): string[] {
  const chain: string[] = [];
  for (let p = indicatorByKey(catalog, key)?.parent ?? null; p !== null; p = indicatorByKey(catalog, p)?.parent ?? null) {
    chain.push(p);
  }
  return chain;
}

/** Levenshtein distance, for suggesting the catalog code a mistyped one meant. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The catalog code nearest to an unknown one, when within edit distance 2. */
export function suggestCode(catalog: Catalog, code: string): string | undefined {
  let best: { code: string; distance: number } | undefined;
  for (const i of catalog.indicators) {
    if (i.code === null) continue;
    const distance = editDistance(code.toUpperCase(), i.code.toUpperCase());
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { code: i.code, distance };
  }
  return best?.code;
}

export type CatalogProblem = { readonly path: string; readonly message: { es: string; en: string } };

/**
 * Checks a catalog someone edited (in the task pane's settings or a JSON file): unique keys,
 * codes and labels, parents that exist, no cycles. Returns the catalog or what is wrong.
 */
export function parseCatalog(input: unknown): { catalog: Catalog; problems: [] } | { catalog: null; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const problem = (path: string, es: string, en: string): void => void problems.push({ path, message: { es, en } });
  const list = (input as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(list) || list.length === 0) {
    problem('indicators', 'El catálogo no tiene una lista "indicators".', 'The catalog has no "indicators" list.');
    return { catalog: null, problems };
  }
  const indicators: Indicator[] = [];
  list.forEach((raw: Record<string, unknown>, n) => {
    const at = `indicators[${n}]`;
    const key = typeof raw?.key === 'string' ? raw.key.trim() : '';
    if (!/^[a-z][a-z0-9_-]*$/.test(key))
      problem(`${at}.key`, 'Clave vacía o no válida (minúsculas, sin espacios).', 'Empty or invalid key (lower case, no spaces).');
    const labels = Array.isArray(raw?.labels) ? raw.labels.filter((l): l is string => typeof l === 'string' && l.trim() !== '') : [];
    const code = typeof raw?.code === 'string' && raw.code.trim() !== '' ? raw.code.trim().toUpperCase() : null;
    if (code !== null && leadingCode(code) !== code)
      problem(`${at}.code`, `El código "${code}" no tiene la forma LL-LETRAS-LL-NÚMERO.`, `Code "${code}" is not of the form LL-LETTERS-LL-NUMBER.`);
    if (labels.length === 0 && code === null)
      problem(at, `El indicador "${key}" necesita un código o una etiqueta.`, `Indicator "${key}" needs a code or a label.`);
    const parent = typeof raw?.parent === 'string' && raw.parent.trim() !== '' ? raw.parent.trim() : null;
    const text = (v: unknown, fallback: string): { es: string; en: string } => {
      const o = (v ?? {}) as Record<string, unknown>;
      const es = typeof o.es === 'string' ? o.es : fallback;
      return { es, en: typeof o.en === 'string' ? o.en : es };
    };
    const fallbackName = labels[0] ?? code ?? key;
    indicators.push({ key, labels, code, parent, name: text(raw?.name, fallbackName), description: text(raw?.description, fallbackName) });
  });
  const seen = (what: (i: Indicator) => string[], es: string, en: string): void => {
    const owner = new Map<string, string>();
    for (const i of indicators) {
      for (const v of what(i)) {
        if (owner.has(v) && owner.get(v) !== i.key) problem(i.key, `${es} "${v}" se repite.`, `${en} "${v}" is repeated.`);
        owner.set(v, i.key);
      }
    }
  };
  seen((i) => [i.key], 'La clave', 'Key');
  seen((i) => (i.code ? [i.code] : []), 'El código', 'Code');
  seen((i) => i.labels.map(foldLabel), 'La etiqueta', 'Label');
  const keys = new Set(indicators.map((i) => i.key));
  for (const i of indicators) {
    if (i.parent !== null && !keys.has(i.parent))
      problem(i.key, `El padre "${i.parent}" de "${i.key}" no existe.`, `Parent "${i.parent}" of "${i.key}" does not exist.`);
  }
  for (const i of indicators) {
    const visited = new Set<string>([i.key]);
    for (let p = i.parent; p !== null; p = indicators.find((x) => x.key === p)?.parent ?? null) {
      if (visited.has(p)) {
        problem(i.key, `"${i.key}" es su propio ancestro (ciclo).`, `"${i.key}" is its own ancestor (cycle).`);
        break;
      }
      visited.add(p);
    }
  }
  return problems.length === 0 ? { catalog: { indicators }, problems: [] } : { catalog: null, problems };
}
