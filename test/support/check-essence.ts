/**
 * What a check says about a workbook, without where it says it: the JSON of `cuadre check` less
 * every address (the table's range and column letters, row numbers, each finding's cell, and the
 * messages, which name cells) and less the file's name. Two hosts, or two programs' copies of one
 * table, agree when their essences are equal.
 */

interface CheckJsonLike {
  readonly sheet: string;
  readonly table: {
    readonly year: number | null;
    readonly region: string | null;
    readonly columns: Record<string, string>;
    readonly [k: string]: unknown;
  } | null;
  readonly months: readonly { readonly month: number; readonly amounts: Record<string, string> }[];
  readonly adjustments: readonly { readonly label: string; readonly reference: string | null; readonly amounts: Record<string, string> }[];
  readonly totals: Record<string, Record<string, string>>;
  readonly findings: readonly Record<string, unknown>[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly info: number };
}

export interface FindingEssence {
  readonly code: string;
  readonly severity: string;
  readonly [field: string]: unknown;
}

export interface CheckEssence {
  readonly sheet: string;
  readonly table: { readonly year: number | null; readonly region: string | null; readonly period?: unknown; readonly indicators: readonly string[] } | null;
  readonly months: readonly { readonly month: number; readonly amounts: Record<string, string> }[];
  readonly adjustments: readonly { readonly label: string; readonly reference: string | null; readonly amounts: Record<string, string> }[];
  readonly totals: Record<string, Record<string, string>>;
  /** In a fixed order (code, then the rest), so that the order findings come in does not count. */
  readonly findings: readonly FindingEssence[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly info: number };
}

/** Fields of a finding that are addresses, or words around them. */
const ADDRESS_FIELDS = new Set(['cell', 'message']);

export function findingEssence(finding: Record<string, unknown>): FindingEssence {
  return Object.fromEntries(Object.entries(finding).filter(([k]) => !ADDRESS_FIELDS.has(k))) as unknown as FindingEssence;
}

export function sortFindings(findings: readonly FindingEssence[]): FindingEssence[] {
  const key = (f: FindingEssence): string => JSON.stringify(Object.entries(f).sort(([a], [b]) => a.localeCompare(b)));
  return [...findings].sort((a, b) => a.code.localeCompare(b.code) || key(a).localeCompare(key(b)));
}

export function checkEssence(json: CheckJsonLike): CheckEssence {
  const table = json.table;
  return {
    sheet: json.sheet,
    table:
      table === null
        ? null
        : {
            year: table.year,
            region: table.region,
            ...(table.period !== undefined ? { period: table.period } : {}),
            indicators: Object.keys(table.columns),
          },
    months: json.months.map((m) => ({ month: m.month, amounts: m.amounts })),
    adjustments: json.adjustments.map((a) => ({ label: a.label, reference: a.reference, amounts: a.amounts })),
    totals: json.totals,
    findings: sortFindings(json.findings.map(findingEssence)),
    summary: json.summary,
  };
}
