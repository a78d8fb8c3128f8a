import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { type ReactNode, useEffect, useRef, useState } from 'react';
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
  const shown = dismissed !== after && started === after;
  const bar = useRef<HTMLDivElement>(null);
  // Below the report's options in a 900 px pane, the news of an insertion would be out of sight:
  // the pane scrolls just enough to show it (the focus stays where it is). jsdom has no scrolling.
  useEffect(() => {
    if (shown) bar.current?.scrollIntoView?.({ block: 'nearest' });
  }, [shown, after]);
  if (!shown) return null;
  return (
    <MessageBar ref={bar} intent="success" layout="multiline">
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
