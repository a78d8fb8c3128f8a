import { useCallback, useEffect, useState } from 'react';
import type { CheckSettings } from '../workflow/settings';
import { useHost } from './host-context';
import { DEFAULT_SETTINGS, settingsFromStore } from '../workflow/settings';
import { type HostCall, useHostCall } from './use-host-call';

export interface SettingsState {
  readonly settings: CheckSettings;
  /** Until the workbook's settings are read, the check waits for them. */
  readonly loading: boolean;
  /** The workbook held settings that are not valid; the defaults stand in. */
  readonly storedInvalid: boolean;
  readonly saved: boolean;
  /** Reading the workbook's settings when the pane opens. */
  readonly loadCall: HostCall;
  readonly saveCall: HostCall;
  readonly save: (settings: CheckSettings) => Promise<void>;
}

/** Cuadre's settings, read from the workbook once and saved back through the host. */
export function useSettings(): SettingsState {
  const host = useHost();
  const loadCall = useHostCall();
  const saveCall = useHostCall();
  const { run: runLoad } = loadCall;
  const { run: runSave } = saveCall;
  const [settings, setSettings] = useState<CheckSettings>(DEFAULT_SETTINGS);
  const [loading, setLoading] = useState(true);
  const [storedInvalid, setStoredInvalid] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void runLoad('load-settings', async () => {
      const stored = settingsFromStore(await host.loadSettings());
      setSettings(stored.settings);
      setStoredInvalid(stored.invalid);
    }).finally(() => setLoading(false));
  }, [host, runLoad]);

  const save = useCallback(
    async (next: CheckSettings) => {
      setSaved(false);
      if ((await runSave('save-settings', () => host.saveSettings(next))) === 'done') {
        setSettings(next);
        setStoredInvalid(false);
        setSaved(true);
      }
    },
    [host, runSave],
  );

  return { settings, loading, storedInvalid, saved, loadCall, saveCall, save };
}
