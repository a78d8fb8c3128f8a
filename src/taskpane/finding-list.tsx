import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Finding, Severity } from '../domain/findings';
import { amount, formatAmount } from '../domain/money';
import type { Reconciliation } from '../domain/reconciliation';
import { FailureBar } from './failure-bar';
import { useLang, useStrings } from './i18n';
import { findingsBySeverity } from './pane-model';
import type { SheetActions } from './use-sheet-actions';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  finding: {
    display: 'block',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeft: `${tokens.strokeWidthThicker} solid`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  selectable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorder2 },
  warning: { borderLeftColor: tokens.colorStatusWarningBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  cell: { display: 'block', fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace },
  line: { display: 'block' },
  amounts: { display: 'block', color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
});

/** Findings grouped by severity, each naming its cell; a finding with a cell selects it in the sheet. */
export function FindingList({ rec, actions }: { readonly rec: Reconciliation; readonly actions: SheetActions }) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const groups = findingsBySeverity(rec);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.title}>
        {s.findings}
      </h2>
      <FailureBar call={actions.selectCall} />
      {groups.length === 0 && <Text>{s.noFindings}</Text>}
      {groups.map(({ severity, findings }) => (
        <div key={severity}>
          <h3 className={styles.heading}>{`${s.severity[severity]} (${findings.length})`}</h3>
          <ul className={styles.list}>
            {findings.map((f, n) => (
              <li key={`${f.code}:${f.cell ?? ''}:${n}`}>
                <FindingItem finding={f} severity={severity} onSelect={actions.selectCell} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function FindingItem({
  finding: f,
  severity,
  onSelect,
}: {
  readonly finding: Finding;
  readonly severity: Severity;
  readonly onSelect: SheetActions['selectCell'];
}) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const money = (value: string): string => formatAmount(amount(value), lang);
  const amounts = [
    f.expected === undefined ? null : `${s.expected} ${money(f.expected)}`,
    f.actual === undefined ? null : `${s.actual} ${money(f.actual)}`,
    f.difference === undefined ? null : `${s.difference} ${money(f.difference)}`,
  ].filter((a): a is string => a !== null);
  const body = (
    <>
      {f.cell !== undefined && <span className={styles.cell}>{f.cell}</span>}
      <span className={styles.line}>{f.message}</span>
      {amounts.length > 0 && <span className={styles.amounts}>{amounts.join(' · ')}</span>}
    </>
  );
  const className = mergeClasses(styles.finding, styles[severity]);
  const { cell } = f;
  if (cell === undefined) return <div className={className}>{body}</div>;
  return (
    <button type="button" className={mergeClasses(className, styles.selectable)} title={s.goToCell(cell)} onClick={() => onSelect(f.sheet, cell)}>
      {body}
    </button>
  );
}
