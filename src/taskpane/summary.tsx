import { Badge, type BadgeProps, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { indicatorByKey } from '../domain/catalog';
import { SEVERITIES, type Severity } from '../domain/findings';
import type { Lang } from '../domain/lang';
import { type Amount, equals, formatAmount } from '../domain/money';
import type { Reconciliation } from '../domain/reconciliation';
import { type Status, useLang, useStrings } from './i18n';
import { statusOf, topIndicators } from './pane-model';

const STATUS_COLOR: Record<Status, BadgeProps['color']> = { clean: 'success', warnings: 'warning', errors: 'danger', 'not-found': 'danger' };
const SEVERITY_COLOR: Record<Severity, BadgeProps['color']> = { error: 'danger', warning: 'warning', info: 'informative' };
const COLUMNS = ['reported', 'computed', 'reconciled'] as const;

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  columnHeader: { textAlign: 'end', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  indicator: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  amount: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', paddingLeft: tokens.spacingHorizontalXS },
  differs: { color: tokens.colorStatusWarningForeground3, fontWeight: tokens.fontWeightSemibold },
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** The result at a glance: status, where the table is, counts by severity, the top totals three ways. */
export function Summary({ rec }: { readonly rec: Reconciliation }) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const status = statusOf(rec);
  const counts: Record<Severity, number> = { error: rec.summary.errors, warning: rec.summary.warnings, info: rec.summary.info };
  return (
    <section className={styles.summary}>
      <div role="status">
        <Badge size="large" appearance="filled" color={STATUS_COLOR[status]}>
          {s.status[status]}
        </Badge>
      </div>
      {rec.table && <Text size={200}>{s.tableAt(rec.sheet, rec.table.range, rec.table.year, rec.table.region)}</Text>}
      <div className={styles.counts}>
        {SEVERITIES.map((severity) => (
          <Badge key={severity} appearance="tint" color={SEVERITY_COLOR[severity]}>
            {`${s.severity[severity]}: ${counts[severity]}`}
          </Badge>
        ))}
      </div>
      {rec.table && <TotalsTable rec={rec} lang={lang} />}
    </section>
  );
}

/** One row group per indicator (its name over the three amounts), so it fits 320 px. */
function TotalsTable({ rec, lang }: { readonly rec: Reconciliation; readonly lang: Lang }) {
  const s = useStrings();
  const styles = useStyles();
  const keys = topIndicators(rec);
  if (keys.length === 0) return null;
  const cell = (key: string, column: (typeof COLUMNS)[number]) => {
    const value: Amount | undefined = rec.totals[column][key];
    const reported = rec.totals.reported[key];
    const differs = column !== 'reported' && value !== undefined && reported !== undefined && !equals(value, reported);
    return (
      <td key={column} className={mergeClasses(styles.amount, differs && styles.differs)}>
        {value === undefined ? s.noAmount : formatAmount(value, lang)}
        {differs && <span className={styles.visuallyHidden}>{` (${s.differsFromReported})`}</span>}
      </td>
    );
  };
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{s.totals}</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className={styles.columnHeader}>
              {s.totalsColumns[column]}
            </th>
          ))}
        </tr>
      </thead>
      {keys.map((key) => (
        <tbody key={key}>
          <tr>
            <th scope="rowgroup" colSpan={COLUMNS.length} className={styles.indicator}>
              {indicatorByKey(rec.catalog, key)?.name[lang] ?? key}
            </th>
          </tr>
          <tr>{COLUMNS.map((column) => cell(key, column))}</tr>
        </tbody>
      ))}
    </table>
  );
}
