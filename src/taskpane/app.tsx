import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Lang } from '../domain/lang';
import type { CuadreHost } from '../workflow/port';
import { HostProvider } from './host-context';
import { STRINGS } from './i18n';
import { Pane } from './pane';
import { PANE_THEME } from './theme';
import { ActiveSheetProvider } from './use-active-sheet';
import { AuditLogProvider } from './use-audit-log';
import { BusyProvider } from './use-busy';
import { PaneOptionsProvider } from './use-pane-options';

function Shell({ children }: { readonly children: ReactNode }) {
  return <FluentProvider theme={PANE_THEME}>{children}</FluentProvider>;
}

/** The pane on a workbook port: the Office host in Excel, a fake in tests. */
export function CuadreApp({ host }: { readonly host: CuadreHost }) {
  return (
    <Shell>
      <HostProvider host={host}>
        <BusyProvider>
          <ActiveSheetProvider>
            <PaneOptionsProvider>
              <AuditLogProvider>
                <Pane />
              </AuditLogProvider>
            </PaneOptionsProvider>
          </ActiveSheetProvider>
        </BusyProvider>
      </HostProvider>
    </Shell>
  );
}

export type BootProblem = { readonly kind: 'outside-excel' } | { readonly kind: 'start-failed'; readonly detail: string };

/** What the page shows when there is no pane to show: opened outside Excel, or the host could not start. */
export function BootFailure({ problem, lang }: { readonly problem: BootProblem; readonly lang: Lang }) {
  const s = STRINGS[lang];
  const { title, body } = problem.kind === 'outside-excel' ? s.outsideExcel : s.startFailed;
  return (
    <Shell>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle> {body}
          {problem.kind === 'start-failed' && (
            <Text as="p" size={200}>
              {s.detail(problem.detail)}
            </Text>
          )}
        </MessageBarBody>
      </MessageBar>
    </Shell>
  );
}
