import { Checkbox, Input, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Finding, Severity } from '../domain/findings';
import { amount, formatAmount } from '../domain/money';
import type { Reconciliation } from '../domain/reconciliation';
import { FailureBar } from './failure-bar';
import { useLang, useStrings } from './i18n';
import { amountsCell, findingDetail, findingsBySeverity } from './pane-model';
import { useRovingFocus } from './roving-focus';
import { useBusy } from './use-busy';
import type { ReviewsState } from './use-reviews';
import type { SheetActions } from './use-sheet-actions';
import { type Review, reviewKey } from '../workflow/reviews';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: {
    borderLeft: `${tokens.strokeWidthThicker} solid`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  cell: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace, minWidth: '3.5em' },
  summary: { flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  details: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  amounts: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  reviewed: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorPaletteGreenForeground1,
    whiteSpace: 'nowrap',
  },
});

/**
 * Findings grouped by severity, one line each (cell and short title); a line opens its details
 * and selects its cell. The whole list is one Tab stop: the arrow keys move between the lines and
 * the open details' controls, and Tab comes back to where the user was (roving-focus.ts).
 */
export function FindingList({ rec, actions, reviews }: { readonly rec: Reconciliation; readonly actions: SheetActions; readonly reviews: ReviewsState }) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const arrows = useRovingFocus();
  const groups = findingsBySeverity(rec);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {s.findings}
      </h2>
      <FailureBar call={actions.selectCall} />
      <FailureBar call={reviews.call} />
      {groups.length === 0 && <Text>{s.noFindings}</Text>}
      <div {...arrows}>
        {groups.map(({ severity, findings }) => (
          <div key={severity}>
            <h3 className={styles.heading}>{`${s.severity[severity]} (${findings.length})`}</h3>
            <ul className={styles.list}>
              {findings.map((f, n) => (
                <li key={`${f.code}:${f.cell ?? ''}:${n}`} className={mergeClasses(styles.item, styles[severity])}>
                  <FindingItem
                    finding={f}
                    severity={severity}
                    rec={rec}
                    onSelect={actions.selectCell}
                    review={reviews.reviews[reviewKey(f)]}
                    onMark={reviews.mark}
                  />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function FindingItem({
  finding: f,
  rec,
  onSelect,
  review,
  onMark,
}: {
  readonly finding: Finding;
  readonly severity: Severity;
  readonly rec: Reconciliation;
  readonly onSelect: SheetActions['selectCell'];
  readonly review: Review | undefined;
  readonly onMark: ReviewsState['mark'];
}) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const busy = useBusy().operation !== null;
  const detailsId = useId();
  const [open, setOpen] = useState(false);
  const money = (value: string): string => formatAmount(amount(value), lang);
  const amounts = [
    f.expected === undefined ? null : `${s.expected} ${money(f.expected)}`,
    f.actual === undefined ? null : `${s.actual} ${money(f.actual)}`,
    f.difference === undefined ? null : `${s.difference} ${money(f.difference)}`,
  ].filter((a): a is string => a !== null);
  const about = amountsCell(rec, f);
  const { cell } = f;
  const toggle = (): void => {
    // Opening a finding shows its cell in the sheet too; the selection waits for no action (it is not one while another runs).
    if (!open && cell !== undefined && !busy) onSelect(f.sheet, cell);
    setOpen(!open);
  };
  return (
    <>
      <button type="button" className={styles.header} aria-expanded={open} aria-controls={detailsId} onClick={toggle}>
        {open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
        {cell !== undefined && <span className={styles.cell}>{cell}</span>}
        <span className={styles.summary}>{s.findingTitle(f.code)}</span>
        {review && (
          <span className={styles.reviewed}>
            <CheckmarkRegular aria-hidden /> {s.reviewed}
          </span>
        )}
      </button>
      <div id={detailsId} className={styles.details} hidden={!open}>
        {open && (
          <>
            <span>{findingDetail(f)}</span>
            {amounts.length > 0 && <span className={styles.amounts}>{`${about === undefined ? '' : `${about}: `}${amounts.join(' · ')}`}</span>}
            <ReviewControls finding={f} review={review} onMark={onMark} />
          </>
        )}
      </div>
    </>
  );
}

/** «Revisado» and its optional comment, saved in the workbook when ticked and when the comment is left. */
function ReviewControls({
  finding,
  review,
  onMark,
}: {
  readonly finding: Finding;
  readonly review: Review | undefined;
  readonly onMark: ReviewsState['mark'];
}) {
  const s = useStrings();
  const [comment, setComment] = useState(review?.comment ?? '');
  return (
    <>
      <Checkbox label={s.reviewed} checked={review !== undefined} onChange={(_, data) => onMark(finding, data.checked === true ? comment : null)} />
      {review && (
        <Input
          aria-label={s.reviewComment}
          placeholder={s.reviewComment}
          value={comment}
          onChange={(_, data) => setComment(data.value)}
          onBlur={() => {
            if (comment !== review.comment) onMark(finding, comment);
          }}
        />
      )}
    </>
  );
}
