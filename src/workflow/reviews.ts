import type { Finding } from '../domain/findings';

/**
 * The analyst's «Revisado» marks: a finding looked at and accepted (with an optional comment),
 * kept in the workbook so that the next check shows it again. A mark belongs to a finding by
 * sheet, code and cell: the same problem found again is the same finding.
 */
export interface Review {
  /** Optional: why the finding is acceptable (`Ajuste aprobado por memo 0310`). */
  readonly comment: string;
  /** When it was marked, ISO 8601 (`2024-07-05T10:12:00.000Z`). */
  readonly at: string;
}

export type Reviews = Readonly<Record<string, Review>>;

export function reviewKey(f: Pick<Finding, 'sheet' | 'code' | 'cell'>): string {
  return `${f.sheet}|${f.code}|${f.cell ?? ''}`;
}

/** The marks as the workbook holds them, checked: an entry that is not a mark is dropped, not trusted. */
export function readReviews(data: unknown): Reviews {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const reviews: Record<string, Review> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const v = value as { comment?: unknown; at?: unknown } | null;
    if (typeof v === 'object' && v !== null && typeof v.comment === 'string' && typeof v.at === 'string') reviews[key] = { comment: v.comment, at: v.at };
  }
  return reviews;
}

/** The marks with one set (a review) or taken away (null). */
export function withReview(reviews: Reviews, key: string, review: Review | null): Reviews {
  const { [key]: _old, ...rest } = reviews;
  return review === null ? rest : { ...rest, [key]: review };
}
