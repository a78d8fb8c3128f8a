import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CatalogProblem } from '../domain/catalog';
import type { Lang } from '../domain/lang';
import { amount, formatAmount } from '../domain/money';
import { FailureBar } from './failure-bar';
import { useBusy } from './use-busy';
import { useLang, useStrings } from './i18n';
import { DEFAULT_SETTINGS, parseTolerance, readCatalogJson } from '../workflow/settings';
import type { SettingsState } from './use-settings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  catalog: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const catalogText = (catalog: unknown): string => JSON.stringify(catalog, null, 2);

interface Editor {
  readonly tolerance: string;
  readonly setTolerance: (text: string) => void;
  readonly toleranceInvalid: boolean;
  readonly catalog: string;
  readonly setCatalog: (text: string) => void;
  readonly catalogError: { readonly syntax: string | null; readonly problems: readonly CatalogProblem[] } | null;
  readonly reset: () => void;
  readonly save: () => void;
}

/** Drafts of the tolerance and the catalog JSON, checked on save; the workbook keeps what passes. */
function useSettingsEditor(state: SettingsState, lang: Lang): Editor {
  const [tolerance, setTolerance] = useState(() => formatAmount(amount(state.settings.tolerance), lang));
  const [catalog, setCatalog] = useState(() => catalogText(state.settings.catalog));
  const [toleranceInvalid, setToleranceInvalid] = useState(false);
  const [catalogError, setCatalogError] = useState<Editor['catalogError']>(null);
  const save = (): void => {
    const parsedTolerance = parseTolerance(tolerance);
    const parsedCatalog = readCatalogJson(catalog);
    setToleranceInvalid(parsedTolerance === null);
    setCatalogError(parsedCatalog.ok ? null : parsedCatalog);
    if (parsedTolerance !== null && parsedCatalog.ok) void state.save({ tolerance: parsedTolerance, catalog: parsedCatalog.catalog });
  };
  const reset = (): void => {
    setCatalog(catalogText(DEFAULT_SETTINGS.catalog));
    setCatalogError(null);
  };
  return { tolerance, setTolerance, toleranceInvalid, catalog, setCatalog, catalogError, reset, save };
}

/** Tolerance and indicator catalog, kept in the workbook through the host. */
export function SettingsPanel({ state }: { readonly state: SettingsState }) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  const editor = useSettingsEditor(state, lang);
  const { catalogError } = editor;
  const busy = useBusy().operation !== null;
  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        editor.save();
      }}
    >
      <Field label={s.tolerance} hint={s.toleranceHint} validationMessage={editor.toleranceInvalid ? s.toleranceInvalid : undefined}>
        <Input inputMode="decimal" value={editor.tolerance} onChange={(_, data) => editor.setTolerance(data.value)} />
      </Field>
      <Field label={s.catalog} hint={s.catalogHint} validationMessage={catalogError?.syntax ? s.catalogNotJson(catalogError.syntax) : undefined}>
        <Textarea
          textarea={{ className: styles.catalog, spellCheck: false }}
          rows={12}
          resize="vertical"
          value={editor.catalog}
          onChange={(_, data) => editor.setCatalog(data.value)}
        />
      </Field>
      {catalogError && catalogError.problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.catalogProblems}</MessageBarTitle>
            <ul className={styles.problems}>
              {catalogError.problems.map((p, n) => (
                <li key={n}>{`${p.path}: ${p.message[lang]}`}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button type="submit" disabledFocusable={busy}>
          {s.saveSettings}
        </Button>
        <Button onClick={editor.reset}>{s.resetCatalog}</Button>
      </div>
      <FailureBar call={state.saveCall} />
      {state.saved && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.saved}</MessageBarTitle>
          </MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
