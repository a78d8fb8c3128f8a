import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useStrings } from './i18n';
import type { HostCall } from './use-host-call';

/** A host call's failure: what happened (title), what to do (reason), and Excel's own words. */
export function FailureBar({ call }: { readonly call: HostCall }) {
  const s = useStrings();
  const { failure } = call;
  if (failure === null) return null;
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{s.failed[failure.operation]}</MessageBarTitle> {s.reasons[failure.reason]}
        {failure.detail !== '' && (
          <Text as="p" size={200}>
            {s.detail(failure.detail)}
          </Text>
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={call.dismiss} />} />
    </MessageBar>
  );
}
