import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { EraserRegular, HighlightRegular, NumberSymbolRegular } from '@fluentui/react-icons';
import { useEffect, useId, useRef } from 'react';
import { ActionButton } from './action-button';
import { FailureBar } from './failure-bar';
import { useHost } from './host-context';
import { type Strings, useStrings } from './i18n';
import { NoUndoBar } from './no-undo-bar';
import { SuccessBar } from './success-bar';
import type { SheetActions, SheetNotice } from './use-sheet-actions';
import type { WriteGuard } from './use-write-guard';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function noticeText(s: Strings, notice: SheetNotice): string {
  switch (notice.kind) {
    case 'highlighted':
    case 'cleared': {
      const done = notice.kind === 'highlighted' ? s.highlighted : s.cleared;
      return notice.lostSheets?.length ? `${done} ${s.lostHighlights(notice.lostSheets)}` : done;
    }
    case 'fixed':
      return s.fixed(notice.fixed, notice.changed);
  }
}

/** Highlight, clear, and (only when there are amounts stored as text) fix them. */
export function SheetActionsBar({ actions, guard, hasCells }: { readonly actions: SheetActions; readonly guard: WriteGuard; readonly hasCells: boolean }) {
  const s = useStrings();
  const styles = useStyles();
  const hintId = useId();
  const { notes } = useHost().capabilities();
  const highlightButton = useRef<HTMLButtonElement>(null);
  /** «Quitar resaltado» was pressed: once it is gone, its focus goes to «Resaltar», not to the page body. */
  const clearing = useRef(false);
  useEffect(() => {
    if (actions.clearable || !clearing.current) return;
    clearing.current = false;
    if (document.activeElement === null || document.activeElement === document.body) highlightButton.current?.focus();
  }, [actions.clearable]);
  return (
    <section className={styles.section} aria-label={s.sheetActions}>
      <div className={styles.buttons}>
        <ActionButton ref={highlightButton} icon={<HighlightRegular />} onClick={actions.highlight} disabled={!hasCells} aria-describedby={hintId}>
          {s.highlight}
        </ActionButton>
        {/* Only with highlights on: there is nothing to take away otherwise (docs/decisions.md). */}
        {actions.clearable && (
          <ActionButton
            icon={<EraserRegular />}
            onClick={() => {
              clearing.current = true;
              actions.clear();
            }}
          >
            {s.clearHighlights}
          </ActionButton>
        )}
        {actions.fixes.length > 0 && (
          <ActionButton icon={<NumberSymbolRegular />} onClick={actions.fix}>
            {s.fixTextNumbers(actions.fixes.length)}
          </ActionButton>
        )}
      </div>
      <Text id={hintId} size={200}>
        {s.highlightHint(notes)}
      </Text>
      <NoUndoBar guard={guard} area="sheet" />
      <FailureBar call={actions.call} />
      {actions.notice && <SuccessBar after={actions.notice.after} title={noticeText(s, actions.notice.what)} />}
    </section>
  );
}
