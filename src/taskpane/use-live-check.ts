import { useCallback, useEffect, useRef, useState } from 'react';
import type { LastCheck } from '../workflow/last-check';
import type { SheetEdit } from '../workflow/port';
import { loadChecks } from './chunks';
import { useHost } from './host-context';
import { listenTo } from './listen-to';
import { useBusy } from './use-busy';
import type { Check, CheckResult } from './use-check';
import { type HostCall, useHostCall } from './use-host-call';
import { usePaneOptions } from './use-pane-options';

/** «Validar al editar» waits this long after the last edit: a burst of typing is checked once. */
export const CHECK_ON_EDIT_DELAY_MS = 1000;

export interface LiveCheck {
  /**
   * The active sheet's last check as the workbook kept it, read when the pane opens: shown,
   * labelled as an earlier result, until the first check of this session.
   */
  readonly previous: LastCheck | null;
  /** The result on screen (this session's, or the earlier one) was made before the latest user edit of its sheet. */
  readonly stale: boolean;
  readonly checkOnEdit: boolean;
  /** Switches «Validar al editar» and keeps the choice in the workbook. */
  readonly setCheckOnEdit: (on: boolean) => void;
  /** Reading the last check when the pane opens, and saving «Validar al editar». */
  readonly call: HostCall;
}

/**
 * What keeps the result on screen honest after the pane opens: the last check kept in the
 * workbook, the user's edits of its sheet (port `onSheetEdited`, never Cuadre's own writes)
 * marking it stale, and, with «Validar al editar», a check about a second after the last edit.
 * The re-check is the plain «Validar»: it reads, never writes to the sheet, never moves the
 * selection or the focus, and waits for any action in progress (the pane's lock).
 */
export function useLiveCheck(check: Check): LiveCheck {
  const host = useHost();
  const call = useHostCall();
  const { runWithin } = call;
  const busy = useBusy().operation !== null;
  const [previous, setPrevious] = useState<LastCheck | null>(null);
  const { options, change } = usePaneOptions();
  // The result that an edit made stale: a new result is fresh without anyone resetting a flag.
  const [staleOf, setStaleOf] = useState<CheckResult | LastCheck | null>(null);
  // A re-check asked for while another action held the lock: it runs once the lock is free.
  const [pending, setPending] = useState(false);

  const shown: CheckResult | LastCheck | null = check.result ?? previous;
  // The sheet the shown result is of, by worksheet id (a rename keeps it); null when unknown (no table found).
  const sheetId = check.result ? (check.result.stored?.sheet.id ?? null) : (previous?.sheet.id ?? null);

  // The edit handler is registered once; it reads the current state through this ref.
  const reading = check.reading !== null;
  const now = useRef({ shown, sheetId, options, reading, run: check.runOnEdit });
  now.current = { shown, sheetId, options, reading, run: check.runOnEdit };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Sheets edited while a check reads: that check may have read them before the edit.
  const editedWhileReading = useRef(new Set<string>());

  useEffect(() => {
    // Read outside the pane's lock, as the settings are: the first click must not wait for them.
    void runWithin('load-last-check', async () => {
      // The earlier check is read by the checks' chunk (chunks.ts), fetched meanwhile.
      const [stored, { readLastCheck }] = await Promise.all([host.loadLastCheck(null), loadChecks()]);
      setPrevious(readLastCheck(stored));
    });
  }, [host, runWithin]);

  useEffect(() => {
    if (reading) editedWhileReading.current.clear();
  }, [reading]);

  // Once this session has a result, the one kept from before is history: a failed check later does not bring it back.
  // A result of a sheet edited while it was read is stale from the start.
  useEffect(() => {
    if (check.result === null) return;
    setPrevious(null);
    const id = check.result.stored?.sheet.id;
    if (typeof id === 'string' && editedWhileReading.current.has(id)) setStaleOf(check.result);
  }, [check.result]);

  const recheckNow = useCallback(async () => {
    if ((await now.current.run()) === 'busy') setPending(true);
  }, []);

  useEffect(() => {
    const heard = (edit: SheetEdit): void => {
      const { shown: onScreen, sheetId: watched, options: current, reading: inRead } = now.current;
      if (inRead) editedWhileReading.current.add(edit.sheetId);
      const ofShownSheet = watched !== null && edit.sheetId === watched;
      if (ofShownSheet && onScreen !== null) setStaleOf(onScreen);
      // With the option on: the shown result's sheet, or any sheet while no table was found yet.
      if (current.checkOnEdit && (ofShownSheet || watched === null)) {
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          timer.current = null;
          void recheckNow();
        }, CHECK_ON_EDIT_DELAY_MS);
      }
    };
    // Not hearing edits takes nothing away from a check: the result is then never marked stale.
    const stop = listenTo(() => host.onSheetEdited(heard));
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
      stop();
    };
  }, [host, recheckNow]);

  useEffect(() => {
    if (pending && !busy) {
      setPending(false);
      void recheckNow();
    }
  }, [pending, busy, recheckNow]);

  const setCheckOnEdit = useCallback(
    (on: boolean) => {
      if (!on && timer.current !== null) {
        clearTimeout(timer.current);
        timer.current = null;
      }
      // Shown at once, not under the pane's lock: a switch is never refused, and the document
      // settings are apart from the cells an action writes.
      void change({ checkOnEdit: on }, 'at-once', runWithin, 'save-pane-options');
    },
    [change, runWithin],
  );

  return { previous, stale: shown !== null && staleOf === shown, checkOnEdit: options.checkOnEdit, setCheckOnEdit, call };
}
