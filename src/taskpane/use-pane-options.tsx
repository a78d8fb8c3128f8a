import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_PANE_OPTIONS, type PaneOptions, readPaneOptions } from '../workflow/pane-options';
import { useHost } from './host-context';
import type { Operation } from './i18n';
import { type CallOutcome, type HostCall, useHostCall } from './use-host-call';

/** How a switch shows its new value: at once (saved meanwhile), or only once the workbook kept it. */
export type Shown = 'at-once' | 'once-saved';

/**
 * The pane's options (src/workflow/pane-options.ts: «Validar al editar», the audit log), one record
 * in the workbook, held here for every switch. Read once when the pane opens. Each change saves the
 * whole record from the latest values, one save after the other, so saving one switch never writes
 * back an older value of another.
 */
export interface PaneOptionsState {
  readonly options: PaneOptions;
  /** Until the workbook's record is read. */
  readonly loading: boolean;
  /** The options now, for a handler registered once or an action that began before a re-render. */
  readonly current: () => PaneOptions;
  /**
   * Sets options and saves the record through `run` (the caller's host call, so a failure shows
   * beside its switch). `'once-saved'`: the value changes only if the workbook kept it.
   */
  readonly change: (change: Partial<PaneOptions>, shown: Shown, run: HostCall['run'], operation: Operation) => Promise<CallOutcome>;
  /** Reading the record when the pane opens. */
  readonly loadCall: HostCall;
}

const PaneOptionsContext = createContext<PaneOptionsState | null>(null);

export function PaneOptionsProvider({ children }: { readonly children: ReactNode }) {
  const host = useHost();
  const loadCall = useHostCall();
  const { runWithin: loadWithin } = loadCall;
  const [options, setOptions] = useState<PaneOptions>(DEFAULT_PANE_OPTIONS);
  const [loading, setLoading] = useState(true);
  const latest = useRef<PaneOptions>(DEFAULT_PANE_OPTIONS);
  // Saves one after the other: each record is made when its turn comes, from the values then.
  const saves = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    // Outside the pane's lock, as the check's settings: the document's settings are in memory.
    void loadWithin('load-settings', async () => {
      const stored = readPaneOptions(await host.loadPaneOptions());
      latest.current = stored;
      setOptions(stored);
    }).finally(() => setLoading(false));
  }, [host, loadWithin]);

  const current = useCallback(() => latest.current, []);

  const change = useCallback(
    async (values: Partial<PaneOptions>, shown: Shown, run: HostCall['run'], operation: Operation): Promise<CallOutcome> => {
      const show = (): void => {
        latest.current = { ...latest.current, ...values };
        setOptions(latest.current);
      };
      if (shown === 'at-once') show();
      const saved = saves.current.then(async () => {
        const outcome = await run(operation, () => host.savePaneOptions({ ...latest.current, ...values }));
        if (shown === 'once-saved' && outcome === 'done') show();
        return outcome;
      });
      saves.current = saved;
      return saved;
    },
    [host],
  );

  const value = useMemo(() => ({ options, loading, current, change, loadCall }), [options, loading, current, change, loadCall]);
  return <PaneOptionsContext.Provider value={value}>{children}</PaneOptionsContext.Provider>;
}

export function usePaneOptions(): PaneOptionsState {
  const state = useContext(PaneOptionsContext);
  if (state === null) throw new Error('usePaneOptions() outside <PaneOptionsProvider>: the pane has no options.');
  return state;
}
