import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { type ComponentProps, useId, useState } from 'react';
import { ActionButton } from './action-button';
import { BRAND_ICON } from './brand-icon';
import { useChecks } from './chunks';
import { FailureBar } from './failure-bar';
import { useLang, useStrings } from './i18n';
import { SettingsPanel } from './settings-panel';
import { useCheck } from './use-check';
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
  const guard = useWriteGuard();
  const reviews = useReviews();
  const progress = check.reading?.progress ?? null;
  // One primary button per view: the check until there is a report to insert, then the report.
  const reportOffered = check.result?.reconciliation.table != null;
  return (
    <main className={styles.pane} lang={lang}>
      <h1 className={styles.visuallyHidden}>Cuadre</h1>
      <FailureBar call={settings.loadCall} />
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
            onClick={() => void check.run()}
            disabled={settings.loading}
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
        <FailureBar call={check.call} />
      </div>
      {check.result && <Results result={check.result} guard={guard} recheck={check.recheck} reviews={reviews} />}
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
