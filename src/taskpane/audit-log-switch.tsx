import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { LOG_SHEET_NAME } from '../report/marker';
import { FailureBar } from './failure-bar';
import { useStrings } from './i18n';
import { useAuditLog } from './use-audit-log';
import { useBusy } from './use-busy';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** «Registro de auditoría»: off until the analyst switches it on; the workbook keeps the choice. */
export function AuditLogSwitch() {
  const s = useStrings();
  const styles = useStyles();
  const hintId = useId();
  const audit = useAuditLog();
  const busy = useBusy().operation !== null;
  return (
    <div className={styles.block}>
      <Switch
        label={s.auditLog}
        checked={audit.on}
        disabled={audit.loading || busy}
        aria-describedby={hintId}
        onChange={(_, data) => void audit.setOn(data.checked)}
      />
      <Text id={hintId} size={200} className={styles.hint}>
        {s.auditLogHint(LOG_SHEET_NAME)}
      </Text>
      <FailureBar call={audit.settingsCall} />
    </div>
  );
}
