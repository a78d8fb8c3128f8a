import { FluentProvider, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ExcelSim } from '../excel-sim';
import { CuadreApp } from '../taskpane/app';
import type { CuadreHost } from '../workflow/port';
import { languageOf } from '../taskpane/i18n';
import { PANE_THEME } from '../taskpane/theme';
import { OpenWorkbookBar, type WorkbookOpening, WorkbookDropZone } from './open-workbook-bar';
import { CURRENT_EXCEL_API, LANGUAGE_TAGS, OLD_EXCEL_API, type PlaygroundOptions, queryOf } from './options';
import { type CellEdit, SheetView } from './sheet-view';
import { PLAYGROUND_STRINGS } from './strings';

const useStyles = makeStyles({
  page: { display: 'flex', height: '100vh', overflow: 'hidden' },
  excel: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  banner: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  // Excel opens task panes at about 350 px, on the right.
  pane: { width: '320px', flexShrink: 0, overflowY: 'auto', borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
});

/** The page: the simulated workbook on the left, the production task pane on the right, as in Excel. */
export function Playground({
  sim,
  host,
  options,
  opening,
  edit,
}: {
  readonly sim: ExcelSim;
  readonly host: CuadreHost;
  readonly options: PlaygroundOptions;
  /** Which workbook is open, and «Abrir libro» (open-workbook-bar.tsx). */
  readonly opening: WorkbookOpening;
  /** The user's edit of a cell, kept with the document. */
  readonly edit: CellEdit;
}) {
  const styles = useStyles();
  const lang = languageOf(options.displayLanguage);
  const s = PLAYGROUND_STRINGS[lang];
  const current = options.apiVersion === CURRENT_EXCEL_API;
  return (
    <FluentProvider theme={PANE_THEME} className={styles.page}>
      <div className={styles.excel}>
        <header className={styles.banner}>
          <OpenWorkbookBar opening={opening} strings={s} lang={lang} />
          <Text size={200}>{s.simulated(options.apiVersion, options.displayLanguage)}</Text>
          <Link href={queryOf({ ...options, displayLanguage: LANGUAGE_TAGS[lang === 'es' ? 'en' : 'es'] })}>{s.otherLanguage}</Link>
          <Link href={queryOf({ ...options, apiVersion: current ? OLD_EXCEL_API : CURRENT_EXCEL_API })}>
            {current ? s.toOldExcel(OLD_EXCEL_API) : s.toCurrentExcel(CURRENT_EXCEL_API)}
          </Link>
        </header>
        <WorkbookDropZone opening={opening}>
          <SheetView sim={sim} strings={s} edit={edit} />
        </WorkbookDropZone>
      </div>
      {/* Not a landmark: the pane's own <main> is the page's main landmark, as it is in Excel. */}
      <div className={styles.pane} id="cuadre-pane">
        <CuadreApp host={host} />
      </div>
    </FluentProvider>
  );
}
