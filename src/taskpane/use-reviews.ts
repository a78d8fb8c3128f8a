import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../domain/findings';
import { type Reviews, readReviews, reviewKey, withReview } from '../workflow/reviews';
import { useHost } from './host-context';
import { type HostCall, useHostCall } from './use-host-call';

export interface ReviewsState {
  readonly reviews: Reviews;
  readonly call: HostCall;
  /** Marks a finding reviewed (with a comment) or takes the mark away (null); saved in the workbook at once. */
  readonly mark: (finding: Finding, comment: string | null) => void;
}

/** The «Revisado» marks: read from the workbook when the pane opens, written back on each change. */
export function useReviews(): ReviewsState {
  const host = useHost();
  const call = useHostCall();
  const { runWithin } = call;
  const [reviews, setReviews] = useState<Reviews>({});
  // The latest marks for a save that follows another before React renders.
  const latest = useRef<Reviews>({});

  useEffect(() => {
    // Read outside the pane's lock: it must not make the first click of the user wait.
    void runWithin('load-reviews', async () => {
      latest.current = readReviews(await host.loadReviews());
      setReviews(latest.current);
    });
  }, [host, runWithin]);

  const mark = useCallback(
    (finding: Finding, comment: string | null) => {
      const next = withReview(latest.current, reviewKey(finding), comment === null ? null : { comment, at: new Date().toISOString() });
      latest.current = next;
      setReviews(next);
      // Not under the pane's lock: a mark is never refused, and the document settings are apart from the cells an action writes.
      void runWithin('save-reviews', () => host.saveReviews(next));
    },
    [host, runWithin],
  );

  return { reviews, call, mark };
}
