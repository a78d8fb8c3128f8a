import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Catalog } from '../domain/catalog';
import { ancestors } from '../domain/catalog';
import { amount, formatAmount } from '../domain/money';
import type { LastCheck } from '../workflow/last-check';
import { type Status, useLang, useStrings } from './i18n';
import { useLiveStrings } from './live-strings';

const useStyles = makeStyles({
  line: { display: 'block' },
  note: { display: 'block', color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXS },
  head: { textAlign: 'end', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  indicator: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold },
  amount: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', paddingLeft: tokens.spacingHorizontalXS },
  fingerprint: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
  hash: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
});

/** A stored summary's status, as the fresh result's bar would title it. */
function statusOf(check: LastCheck): Exclude<Status, 'not-found'> {
  if (check.summary.errors > 0) return 'errors';
  return check.summary.warnings > 0 ? 'warnings' : 'clean';
}

/** The fingerprint, 12 digits with the whole on hover, and a button for the whole one (to compare with a report's footnote). */
export function Fingerprint({ value }: { readonly value: string }) {
  const live = useLiveStrings();
  const styles = useStyles();
  const [whole, setWhole] = useState(false);
  return (
    <span className={styles.fingerprint}>
      <Text size={200}>{live.fingerprint}:</Text>
      <code className={styles.hash} title={value}>
        {whole ? value : `${value.slice(0, 12)}…`}
      </code>
      <Button size="small" appearance="transparent" aria-expanded={whole} onClick={() => setWhole(!whole)}>
        {whole ? live.fingerprintHide : live.fingerprintShow}
      </Button>
    </span>
  );
}

/**
 * The last check the workbook keeps for the active sheet, shown when the pane opens and until
 * the first check: titled as an earlier result (an info bar, never the outcome's colours) so
 * that nobody takes it for a check of the sheet as it is now.
 */
export function PreviousCheck({ check, catalog }: { readonly check: LastCheck; readonly catalog: Catalog }) {
  const s = useStrings();
  const live = useLiveStrings();
  const lang = useLang();
  const styles = useStyles();
  const when = live.when(check.checkedAt, check.checkedTime);
  // The catalog's top indicator(s) the record has: the annual total, reported and with months + adjustments.
  const keys = catalog.indicators.filter((i) => i.key in check.totals && ancestors(catalog, i.key).length === 0).map((i) => i.key);
  const money = (value: string | undefined): string => (value === undefined ? s.noAmount : formatAmount(amount(value), lang));
  return (
    <MessageBar intent="info" layout="multiline" icon={<HistoryRegular />}>
      <MessageBarBody>
        <MessageBarTitle>{live.previousTitle}</MessageBarTitle>
        <span className={styles.line}>
          {live.previousLine(when, check.sheet.name, live.period(check.period, check.year), live.counts(s.status[statusOf(check)], check.summary))}
        </span>
        {keys.length > 0 && (
          <table className={styles.table}>
            <thead>
              <tr>
                <td />
                <th scope="col" className={styles.head}>
                  {s.totalsColumns.reported}
                </th>
                <th scope="col" className={styles.head}>
                  {s.totalsColumns.reconciled}
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((key) => (
                <tr key={key}>
                  <th scope="row" className={styles.indicator}>
                    {catalog.indicators.find((i) => i.key === key)?.name[lang] ?? key}
                  </th>
                  <td className={styles.amount}>{money(check.reported?.[key])}</td>
                  <td className={styles.amount}>{money(check.totals[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {check.fingerprint !== undefined && <Fingerprint value={check.fingerprint} />}
        <span className={styles.note}>{live.previousNote}</span>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The shown result is older than the latest edit of its sheet. */
export function StaleBar({ checkOnEdit }: { readonly checkOnEdit: boolean }) {
  const live = useLiveStrings();
  return (
    <MessageBar intent="warning" layout="multiline" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>{live.staleTitle}</MessageBarTitle> {live.staleBody(checkOnEdit)}
      </MessageBarBody>
    </MessageBar>
  );
}
