/**
 * Listens to one of the port's events (`onSheetEdited`, `onSheetActivated`) from a React effect
 * and returns the effect's cleanup. The host answers the subscription asynchronously, so a pane
 * gone before it answers still removes its listener; a subscription the host refuses takes
 * nothing away from the pane (each caller says what it then does without the event).
 */
export function listenTo(subscribe: () => Promise<() => Promise<void>>): () => void {
  let stop: (() => Promise<void>) | null = null;
  let gone = false;
  subscribe().then(
    (unsubscribe) => {
      if (gone) void unsubscribe().catch(() => undefined);
      else stop = unsubscribe;
    },
    () => undefined,
  );
  return () => {
    gone = true;
    void stop?.().catch(() => undefined);
  };
}
