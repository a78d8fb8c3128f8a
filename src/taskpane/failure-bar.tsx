import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useStrings } from './i18n';
import { useBusy } from './use-busy';
import type { HostCall } from './use-host-call';

const useStyles = makeStyles({
  line: { display: 'block' },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/**
 * A host call's failure: what happened (title), what to do (reason), and Excel's own words on a
 * line of their own. Gone when dismissed or when the next action starts.
 */
export function FailureBar({ call }: { readonly call: HostCall }) {
  const s = useStrings();
  const styles = useStyles();
  const { started } = useBusy();
  const { failure } = call;
  if (failure === null || failure.after !== started) return null;
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{s.failed[failure.operation]}</MessageBarTitle>
        <span className={styles.line}>{s.reasons[failure.reason]}</span>
        {failure.detail !== '' && <span className={styles.detail}>{s.detail(failure.detail)}</span>}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={call.dismiss} />} />
    </MessageBar>
  );
}
