import { useEffect, useState } from 'react';
import { importChecks } from './chunk-imports';

/**
 * The part of the pane its first paint does not need, a chunk of its own in the production build
 * (chunk-imports.split.ts): the checks with what shows their results (the domain's rules and
 * messages, the summary, the findings, the report's options and layout), the reading
 * of the earlier check, the audit log's rows and the settings panel. The pane asks for it as soon
 * as it starts (to show the earlier check), so it downloads while the pane is drawn; an action
 * that needs it awaits it. docs/performance.md counts the initial JavaScript and the total.
 */

type Checks = Awaited<ReturnType<typeof importChecks>>;

let checks: Checks | undefined;

/** The checks' chunk; fetched once. */
export async function loadChecks(): Promise<Checks> {
  checks ??= await importChecks();
  return checks;
}

/**
 * The checks' chunk for rendering: at once when it is loaded (always, after a check), else null
 * until it is. A failed load shows nothing here; the check that needs it reports the failure.
 */
export function useChecks(): Checks | null {
  const [loaded, setLoaded] = useState<Checks | null>(checks ?? null);
  useEffect(() => {
    if (loaded === null) loadChecks().then(setLoaded, () => undefined);
  }, [loaded]);
  return loaded;
}
