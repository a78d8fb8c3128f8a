import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRightRegular, ChevronDownRegular, ChevronRightRegular, DocumentTableRegular } from '@fluentui/react-icons';
import type { Finding } from '../domain/findings';
import { useId, useState } from 'react';
import type { Reconciliation } from '../domain/reconciliation';
import { ADJUSTMENT_POLICIES, type AdjustmentPolicy } from '../report/adjustments';
import { ActionButton } from './action-button';
import { FailureBar } from './failure-bar';
import { useHost } from './host-context';
import { useLang, useStrings } from './i18n';
import { useLiveStrings } from './live-strings';
import { NoUndoBar } from './no-undo-bar';
import { SuccessBar } from './success-bar';
import { useAuditLog } from './use-audit-log';
import { useReport } from './use-report';
import type { WriteGuard } from './use-write-guard';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { display: 'block', paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground3 },
  insert: { alignSelf: 'flex-start' },
  options: { alignSelf: 'flex-start' },
  optionsBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Where findings are, for a short list: their cells (or codes), each once, the first few. */
function cellsOf(findings: readonly Finding[]): string {
  const cells = [...new Set(findings.map((f) => f.cell ?? f.code))];
  return cells.length > 6 ? `${cells.slice(0, 6).join(', ')}…` : cells.join(', ');
}

/**
 * "Insertar informe anual": how to treat adjustments, whether to chart, then the way to the new sheet.
 * While the sheet has changed since the check (`stale`) the report waits for a new check: its
 * figures would not be the sheet's (docs/decisions.md).
 */
export function ReportPanel({ rec, guard, stale = false }: { readonly rec: Reconciliation; readonly guard: WriteGuard; readonly stale?: boolean }) {
  const s = useStrings();
  const live = useLiveStrings();
  const { printSetup } = useHost().capabilities();
  const styles = useStyles();
  const id = useId();
  const report = useReport(rec, useLang(), guard);
  const auditRow = useAuditLog().reportCall;
  const inserting = report.call.running === 'report';
  // The chart and the source line only change how the report looks: closed, so that the report's
  // button stays within a 900 px pane (issue 12, item 7); the policy, which changes its figures, stays in sight.
  const [optionsOpen, setOptionsOpen] = useState(false);
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {s.report}
      </h2>
      <RadioGroup aria-label={s.policy} value={report.policy} onChange={(_, data) => report.setPolicy(data.value as AdjustmentPolicy)}>
        {ADJUSTMENT_POLICIES.map((policy) => (
          <div key={policy}>
            <Radio value={policy} label={s.policies[policy].label} aria-describedby={`${id}-${policy}`} />
            <Text id={`${id}-${policy}`} size={200} className={styles.hint}>
              {s.policies[policy].hint}
            </Text>
          </div>
        ))}
      </RadioGroup>
      <Button
        className={styles.options}
        appearance="subtle"
        size="small"
        aria-expanded={optionsOpen}
        aria-controls={`${id}-options`}
        icon={optionsOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
        onClick={() => setOptionsOpen(!optionsOpen)}
      >
        {s.reportOptions}
      </Button>
      {/* No display rule on the element that `hidden` hides: a class's display would show it anyway. */}
      <div id={`${id}-options`} hidden={!optionsOpen}>
        {optionsOpen && (
          <div className={styles.optionsBody}>
            <Switch label={s.chart} checked={report.chart} onChange={(_, data) => report.setChart(data.checked)} />
            <Field label={s.source} hint={s.sourceHint}>
              <Input value={report.source} onChange={(_, data) => report.setSource(data.value)} />
            </Field>
          </div>
        )}
      </div>
      {!report.gate.final && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.reportRefusedTitle}</MessageBarTitle> {s.reportRefused(report.gate.unresolved.length, cellsOf(report.gate.unresolved))}
          </MessageBarBody>
        </MessageBar>
      )}
      {report.gate.final && report.gate.resolved.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.reportResolvesTitle}</MessageBarTitle> {s.reportResolves(cellsOf(report.gate.resolved), report.policy)}
          </MessageBarBody>
        </MessageBar>
      )}
      <ActionButton
        className={styles.insert}
        appearance={report.gate.final && !stale ? 'primary' : 'secondary'}
        icon={<DocumentTableRegular />}
        onClick={report.insert}
        disabled={stale}
        aria-describedby={stale ? `${id}-stale` : undefined}
      >
        {inserting ? s.inserting : report.gate.final ? s.insertReport : s.insertDraft}
      </ActionButton>
      {stale && (
        <Text id={`${id}-stale`} size={200}>
          {live.reportWaits}
        </Text>
      )}
      {!printSetup && <Text size={200}>{s.noPrintSetup}</Text>}
      <NoUndoBar guard={guard} area="report" />
      <FailureBar call={report.call} />
      <FailureBar call={auditRow} />
      {report.inserted !== null && (
        <SuccessBar
          after={report.inserted.after}
          title={s.inserted(report.inserted.sheetName)}
          actions={
            report.elsewhere && (
              <ActionButton icon={<ArrowRightRegular />} onClick={report.goToSheet}>
                {s.goToSheet}
              </ActionButton>
            )
          }
        />
      )}
    </section>
  );
}
