import { type Catalog, type Identity, identities } from './catalog';
import type { FindingDetail, FindingDraft } from './finding-draft';
import { type Amount, sum, within } from './money';
import type { Amounts } from './reconciliation';

/** The catalog's identities whose parent and children all have a column in the table. */
export function tableIdentities(catalog: Catalog, columns: ReadonlyMap<string, number>): Identity[] {
  return identities(catalog).filter((i) => [i.parent, ...i.children].every((k) => columns.has(k)));
}

export interface IdentityRow {
  readonly row: number;
  readonly rowLabel: string;
  readonly amounts: Amounts;
  readonly month?: number;
}

/**
 * Every parent = sum of its children on one row, where all of them have a readable amount.
 * `explain` adds facts to a parent's finding (the totals row: the adjustments not carried up).
 */
export function checkIdentities(
  checked: readonly Identity[],
  columns: ReadonlyMap<string, number>,
  at: IdentityRow,
  tolerance: Amount,
  explain?: (parent: string) => FindingDetail | undefined,
): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const { parent, children } of checked) {
    const actual = at.amounts[parent];
    const parts = children.map((c) => at.amounts[c]);
    if (actual === undefined || parts.some((p) => p === undefined)) continue;
    const expected = sum(parts as Amount[]);
    if (within(actual, expected, tolerance)) continue;
    const detail = explain?.(parent);
    findings.push({
      code: 'identity.breakdown',
      row: at.row,
      col: columns.get(parent)!,
      rowLabel: at.rowLabel,
      indicator: parent,
      expected,
      actual,
      ...(at.month !== undefined ? { month: at.month } : {}),
      ...(detail ? { detail } : {}),
    });
  }
  return findings;
}
