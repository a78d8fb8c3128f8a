import { FindingList } from './finding-list';
import { ReportPanel } from './report-panel';
import { SheetActionsBar } from './sheet-actions';
import { Summary } from './summary';
import type { CheckResult } from './use-check';
import type { Highlights } from './use-highlights';
import type { LiveCheck } from './use-live-check';
import type { ReviewsState } from './use-reviews';
import { useSheetActions } from './use-sheet-actions';
import type { WriteGuard } from './use-write-guard';

/** The outcome and the report first (the main flow fits a 900 px pane), then what to do in the sheet. */
export function Results({
  result,
  guard,
  recheck,
  reviews,
  highlights,
  live,
}: {
  readonly result: CheckResult;
  readonly guard: WriteGuard;
  readonly recheck: () => Promise<void>;
  readonly reviews: ReviewsState;
  readonly highlights: Highlights;
  readonly live: LiveCheck;
}) {
  const rec = result.reconciliation;
  const actions = useSheetActions(rec, result.workbook, guard, recheck, highlights);
  return (
    <>
      <Summary rec={rec} />
      {rec.table && <ReportPanel rec={rec} guard={guard} stale={live.stale} />}
      <SheetActionsBar actions={actions} guard={guard} hasCells={rec.findings.some((f) => f.cell !== undefined)} />
      <FindingList rec={rec} actions={actions} reviews={reviews} />
    </>
  );
}
