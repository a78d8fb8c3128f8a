import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { type ReactNode, useState } from 'react';
import { useStrings } from './i18n';
import { useBusy } from './use-busy';

/**
 * What an action did, until the user closes it or the next action starts (a bar left from an
 * earlier action — «Se quitó el resaltado» under a new report — says something no longer true).
 */
export function SuccessBar({
  after,
  title,
  children,
  actions,
}: {
  /** `startedNow()` when the action that this bar reports finished. */
  readonly after: number;
  readonly title: string;
  readonly children?: ReactNode;
  readonly actions?: ReactNode;
}) {
  const s = useStrings();
  const { started } = useBusy();
  const [dismissed, setDismissed] = useState<number | null>(null);
  if (dismissed === after || started !== after) return null;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {children}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={() => setDismissed(after)} />}
      >
        {actions}
      </MessageBarActions>
    </MessageBar>
  );
}
