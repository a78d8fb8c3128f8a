import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { ActionButton } from './action-button';
import { FailureBar } from './failure-bar';
import { FindingList } from './finding-list';
import { useLang, useStrings } from './i18n';
import { ReportPanel } from './report-panel';
import { SettingsPanel } from './settings-panel';
import { SheetActionsBar } from './sheet-actions';
import { Summary } from './summary';
import { type CheckResult, useCheck } from './use-check';
import { useSettings } from './use-settings';
import { useSheetActions } from './use-sheet-actions';
import { type WriteGuard, useWriteGuard } from './use-write-guard';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  disclosure: { margin: 0 },
  check: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The task pane: check, results, report, settings. State lives in hooks; this shows it. */
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
  const progress = check.reading?.progress ?? null;
  return (
    <main className={styles.pane} lang={lang}>
      <h1 className={styles.title}>Cuadre</h1>
      <FailureBar call={settings.loadCall} />
      {settings.storedInvalid && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.storedSettingsInvalid}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.check}>
        <ActionButton appearance="primary" size="large" onClick={() => void check.run()} disabled={settings.loading} aria-describedby={hintId}>
          {s.check}
        </ActionButton>
        <Text id={hintId} size={200}>
          {s.checkHint}
        </Text>
        {check.reading && (
          <div role="status">
            <Field label={s.reading(progress)}>
              <ProgressBar value={progress === null ? undefined : progress.done / Math.max(progress.total, 1)} />
            </Field>
          </div>
        )}
        <FailureBar call={check.call} />
      </div>
      {check.result && <Results result={check.result} guard={guard} recheck={check.recheck} />}
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

function Results({ result, guard, recheck }: { readonly result: CheckResult; readonly guard: WriteGuard; readonly recheck: () => Promise<void> }) {
  const rec = result.reconciliation;
  const actions = useSheetActions(rec, result.workbook, guard, recheck);
  return (
    <>
      <Summary rec={rec} />
      <SheetActionsBar actions={actions} guard={guard} hasCells={rec.findings.some((f) => f.cell !== undefined)} />
      <FindingList rec={rec} actions={actions} />
      {rec.table && <ReportPanel rec={rec} guard={guard} />}
    </>
  );
}
