import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { type ComponentProps, useId, useMemo, useState } from 'react';
import { reportGate } from '../workflow/report-gate';
import { ActionButton } from './action-button';
import { AuditLogSwitch } from './audit-log-switch';
import { BRAND_ICON } from './brand-icon';
import { useChecks } from './chunks';
import { FailureBar } from './failure-bar';
import { NoUndoBar } from './no-undo-bar';
import { useLang, useStrings } from './i18n';
import { useLiveStrings } from './live-strings';
import { PreviousCheck, StaleBar } from './previous-check';
import { useAuditLog } from './use-audit-log';
import { usePaneOptions } from './use-pane-options';
import { useCheck } from './use-check';
import { useHighlights } from './use-highlights';
import { useLiveCheck } from './use-live-check';
import { useSettings } from './use-settings';
import { useReviews } from './use-reviews';
import { useWriteGuard } from './use-write-guard';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  // Office shows the add-in's name over the pane: the page's heading is for screen readers only.
  visuallyHidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', margin: 0 },
  disclosure: { margin: 0 },
  check: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  checkRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  brand: { width: '24px', height: '24px', flexShrink: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The task pane: check, outcome, report, then the findings and the settings. State lives in hooks; this shows it. */
export function Pane() {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const hintId = useId();
  const settingsId = useId();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settings = useSettings();
  const check = useCheck(settings.settings, lang);
  const live = useLiveCheck(check);
  const recheckWithin = async (): Promise<void> => void (await check.recheck());
  const liveStrings = useLiveStrings();
  const guard = useWriteGuard();
  const reviews = useReviews();
  const audit = useAuditLog();
  const paneOptions = usePaneOptions();
  // With the audit log on, a check writes its row: on an Excel without undo grouping, the pane asks first.
  const startCheck = (): void => (audit.on ? guard.request('check', check.run) : void check.run());
  // Asked at open: the highlights of an earlier session can be taken away after the first check.
  const highlights = useHighlights();
  const progress = check.reading?.progress ?? null;
  // One primary button per view: the check until there is a final report to insert, then the report
  // (a draft is not the way forward: fixing the sheet and checking again is; nor is a stale result).
  const reportReady = useMemo(() => {
    const rec = check.result?.reconciliation;
    return rec?.table != null && reportGate(rec).final;
  }, [check.result]);
  const reportOffered = reportReady && !live.stale;
  return (
    <main className={styles.pane} lang={lang}>
      <h1 className={styles.visuallyHidden}>Cuadre</h1>
      <FailureBar call={settings.loadCall} />
      <FailureBar call={paneOptions.loadCall} />
      {settings.storedInvalid && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.storedSettingsInvalidTitle}</MessageBarTitle> {s.storedSettingsInvalid}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.check}>
        <div className={styles.checkRow}>
          <img className={styles.brand} src={BRAND_ICON} alt="" />
          <ActionButton
            appearance={reportOffered ? 'secondary' : 'primary'}
            icon={<CheckmarkCircleRegular />}
            onClick={startCheck}
            disabled={settings.loading || audit.loading}
            aria-describedby={check.result ? undefined : hintId}
          >
            {s.check}
          </ActionButton>
        </div>
        {/* What the check does, until it has been done once: then the outcome takes its place in a 900 px pane. */}
        {!check.result && (
          <Text id={hintId} size={200} className={styles.hint}>
            {s.checkHint}
          </Text>
        )}
        {check.reading && (
          <div role="status">
            <Field label={s.reading(progress)}>
              <ProgressBar value={progress === null ? undefined : progress.done / Math.max(progress.total, 1)} />
            </Field>
          </div>
        )}
        <Switch
          label={liveStrings.checkOnEdit}
          checked={live.checkOnEdit}
          onChange={(_, data) => live.setCheckOnEdit(data.checked)}
          title={liveStrings.checkOnEditHint}
        />
        <NoUndoBar guard={guard} area="check" />
        <FailureBar call={check.call} />
        <FailureBar call={audit.checkCall} />
        <FailureBar call={live.call} />
      </div>
      {live.stale && <StaleBar checkOnEdit={live.checkOnEdit} />}
      {!check.result && live.previous && <PreviousCheck check={live.previous} catalog={settings.settings.catalog} />}
      {check.result && <Results result={check.result} guard={guard} recheck={recheckWithin} reviews={reviews} highlights={highlights} live={live} />}
      <section>
        <h2 className={styles.disclosure}>
          <Button
            appearance="subtle"
            aria-expanded={settingsOpen}
            aria-controls={settingsId}
            icon={settingsOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
            onClick={() => setSettingsOpen(!settingsOpen)}
          >
            {s.settings}
          </Button>
        </h2>
        <div id={settingsId} hidden={!settingsOpen}>
          {settingsOpen && <AuditLogSwitch />}
          {settingsOpen && !settings.loading && <SettingsPanel state={settings} />}
        </div>
      </section>
    </main>
  );
}

/** The outcome, the report and the findings (results.tsx), from the checks' chunk: loaded by the time a check has a result. */
function Results(props: ComponentProps<typeof import('./results').Results>) {
  const checks = useChecks();
  return checks && <checks.Results {...props} />;
}

/** The settings (settings-panel.tsx), from the checks' chunk as well: rarely opened, and the chunk is there by then. */
function SettingsPanel(props: ComponentProps<typeof import('./settings-panel').SettingsPanel>) {
  const checks = useChecks();
  return checks && <checks.SettingsPanel {...props} />;
}
