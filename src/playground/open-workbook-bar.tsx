import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type DragEvent, type ReactNode, useRef } from 'react';
import type { Lang } from '../domain/lang';
import type { PlaygroundStrings } from './strings';

/** What the page knows of the workbook: which one is open, and how opening another one goes. */
export interface WorkbookOpening {
  /** The open workbook's file name. */
  readonly name: string;
  readonly status: OpeningStatus;
  readonly open: (file: File) => void;
}

export type OpeningStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'failed'; readonly message: Readonly<Record<Lang, string>> };

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  drop: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, minHeight: 0 },
});

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** «Libro abierto: …» and the «Abrir libro» button, with what happened to the last file opened. */
export function OpenWorkbookBar({ opening, strings, lang }: { readonly opening: WorkbookOpening; readonly strings: PlaygroundStrings; readonly lang: Lang }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { status } = opening;
  return (
    <div className={styles.bar}>
      <Text size={300} weight="semibold" role="status">
        {strings.openedWorkbook(opening.name)}
      </Text>
      <Button size="small" onClick={() => input.current?.click()} disabled={status.kind === 'reading'}>
        {strings.openWorkbook}
      </Button>
      <Text size={200}>{strings.dropHint}</Text>
      <input
        ref={input}
        type="file"
        accept={XLSX_TYPES}
        hidden
        aria-label={strings.openWorkbook}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so that choosing the same file again opens it again.
          event.target.value = '';
          if (file) opening.open(file);
        }}
      />
      {status.kind === 'reading' && <Spinner size="extra-tiny" label={strings.reading(status.name)} />}
      {status.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.notOpened}</MessageBarTitle> {status.message[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** The sheet as a drop target: a workbook dropped on it is opened as with the button. */
export function WorkbookDropZone({ opening, children }: { readonly opening: WorkbookOpening; readonly children: ReactNode }) {
  const styles = useStyles();
  const carriesFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');
  return (
    <div
      className={styles.drop}
      onDragOver={(event) => {
        // Without this the browser opens the dropped file itself, leaving the page.
        if (carriesFiles(event)) event.preventDefault();
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        const file = event.dataTransfer.files[0];
        if (file) opening.open(file);
      }}
    >
      {children}
    </div>
  );
}
