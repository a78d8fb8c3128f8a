import { MessageBar, MessageBarBody, MessageBarTitle, type MessageBarIntent, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { indicatorByKey } from '../domain/catalog';
import type { Lang } from '../domain/lang';
import { type Amount, equals, formatAmount, isZero, subtract } from '../domain/money';
import { periodLine } from '../domain/period';
import type { Reconciliation } from '../domain/reconciliation';
import { type Status, useLang, useStrings } from './i18n';
import { outcomeOf } from './outcome';
import { topIndicators } from './pane-model';

const INTENT: Record<Status, MessageBarIntent> = { clean: 'success', warnings: 'warning', errors: 'error', 'not-found': 'error' };

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { display: 'block' },
  where: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  columnHeader: { textAlign: 'end', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, whiteSpace: 'nowrap' },
  indicator: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  amount: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', paddingLeft: tokens.spacingHorizontalXS },
  quiet: { color: tokens.colorNeutralForeground3 },
  differs: { color: tokens.colorStatusDangerForeground3, fontWeight: tokens.fontWeightSemibold },
});

/** The result first: a titled bar with what is off and why, the period, then the totals with their differences. */
export function Summary({ rec }: { readonly rec: Reconciliation }) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const outcome = outcomeOf(rec);
  const money = (a: Amount): string => formatAmount(a, lang);
  return (
    <section className={styles.summary}>
      <MessageBar intent={INTENT[outcome.status]} layout="multiline" politeness="polite">
        <MessageBarBody>
          <MessageBarTitle>{s.status[outcome.status]}</MessageBarTitle>
          <span className={styles.line}>{s.headline(outcome.headline, money)}</span>
          {outcome.period && <span className={styles.line}>{periodLine(outcome.period.period, outcome.period.year, lang)}</span>}
        </MessageBarBody>
      </MessageBar>
      {rec.table && (
        <Text size={200} className={styles.where}>
          {s.tableAt(rec.sheet, rec.table.range, rec.table.year, rec.table.region)}
        </Text>
      )}
      {rec.table && <TotalsTable rec={rec} lang={lang} />}
    </section>
  );
}

/** One row group per indicator (its name over the amounts): as reported, months + adjustments, and the difference. */
function TotalsTable({ rec, lang }: { readonly rec: Reconciliation; readonly lang: Lang }) {
  const s = useStrings();
  const styles = useStyles();
  const keys = topIndicators(rec);
  if (keys.length === 0) return null;
  const text = (value: Amount | undefined): string => (value === undefined ? s.noAmount : formatAmount(value, lang));
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{s.totals}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.columnHeader}>
            {s.totalsColumns.reported}
          </th>
          <th scope="col" className={styles.columnHeader}>
            {s.totalsColumns.reconciled}
          </th>
          <th scope="col" className={styles.columnHeader}>
            {s.totalsColumns.difference}
          </th>
        </tr>
      </thead>
      {keys.map((key) => {
        const reported = rec.totals.reported[key];
        const reconciled = rec.totals.reconciled[key];
        // actual − expected, as the findings sign it: what the sheet says minus what its rows add up to.
        const difference = reported !== undefined && reconciled !== undefined ? subtract(reported, reconciled) : undefined;
        const differs = difference !== undefined && !isZero(difference);
        return (
          <tbody key={key}>
            <tr>
              <th scope="rowgroup" colSpan={3} className={styles.indicator}>
                {indicatorByKey(rec.catalog, key)?.name[lang] ?? key}
              </th>
            </tr>
            <tr>
              <td className={styles.amount}>{text(reported)}</td>
              <td
                className={mergeClasses(styles.amount, reported !== undefined && reconciled !== undefined && !equals(reported, reconciled) && styles.differs)}
              >
                {text(reconciled)}
              </td>
              <td className={mergeClasses(styles.amount, differs ? styles.differs : styles.quiet)}>{text(difference)}</td>
            </tr>
          </tbody>
        );
      })}
    </table>
  );
}
