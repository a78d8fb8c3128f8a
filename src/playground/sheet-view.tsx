import { Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useReducer, useState } from 'react';
import type { ExcelSim } from '../excel-sim';
import { type DrawnCell, drawSheet } from './drawn-sheet';
import type { PlaygroundStrings } from './strings';

/** Excel's own green for the selected cell, so the picture reads as Excel at a glance. */
const EXCEL_SELECTION = '#217346';
/** Excel's red corner mark of a cell with a note. */
const NOTE_MARK = '#C00000';

const useStyles = makeStyles({
  workbook: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flexGrow: 1 },
  bar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  nameBox: { width: '7em', flexShrink: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, padding: `0 ${tokens.spacingHorizontalXS}` },
  formula: {
    flexGrow: 1,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  scroller: { flexGrow: 1, overflow: 'auto', minHeight: 0 },
  grid: {
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    // Excel's default font and size, with metric-compatible fallbacks where Calibri is missing.
    fontFamily: 'Calibri, Carlito, "Liberation Sans", Arial, sans-serif',
    fontSize: '14px',
    // A fixed-layout table is as wide as its columns when its own width is smaller.
    width: 0,
  },
  header: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: '12px',
    padding: 0,
  },
  cell: {
    height: '20px',
    padding: '0 3px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    position: 'relative',
  },
  spills: { overflow: 'visible', textOverflow: 'clip' },
  wraps: { whiteSpace: 'normal', verticalAlign: 'top' },
  selected: { outline: `2px solid ${EXCEL_SELECTION}`, outlineOffset: '-2px' },
  noted: {
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      right: 0,
      borderTop: `6px solid ${NOTE_MARK}`,
      borderLeft: '6px solid transparent',
    },
  },
  tabs: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** The user types into a cell (the formula bar's Enter): the playground keeps the edit (playground-document.ts). */
export type CellEdit = (sheet: string, address: string, input: string) => void;

/**
 * The simulated workbook drawn as a grid with its sheet tabs, redrawn after every sync of the
 * add-in (and every change of sheet by the user), so its highlights, selection and new sheets show.
 * A click selects a cell; the formula bar edits it (Enter), as a user's edit in Excel: it raises
 * `onChanged`, which the pane hears (stale result, «Validar al editar»).
 */
export function SheetView({ sim, strings, edit }: { readonly sim: ExcelSim; readonly strings: PlaygroundStrings; readonly edit: CellEdit }) {
  const styles = useStyles();
  const [, redraw] = useReducer((version: number) => version + 1, 0);
  useEffect(() => sim.onChange(redraw), [sim]);
  const active = sim.workbook.activeSheet.name;
  const sheet = drawSheet(sim, active);
  // The user clicking a tab: a change of view in Excel, not an add-in call; the add-in hears it (onActivated).
  const activate = (name: string): void => sim.activate(name);
  return (
    <section className={styles.workbook} aria-label={strings.workbook}>
      <div className={styles.bar}>
        <output className={styles.nameBox} aria-label={strings.nameBox}>
          {sheet.selection}
        </output>
        {sheet.activeCell ? (
          <FormulaBar
            key={`${active}!${sheet.activeCell.address}`}
            className={styles.formula}
            label={strings.formulaBar}
            content={sheet.activeCell.content}
            commit={(input) => edit(active, sheet.activeCell!.address, input)}
          />
        ) : (
          <output className={styles.formula} aria-label={strings.formulaBar} />
        )}
      </div>
      <div className={styles.scroller}>
        <table role="grid" aria-label={sheet.name} className={styles.grid}>
          <colgroup>
            <col style={{ width: '3em' }} />
            {sheet.columns.map((column) => (
              <col key={column.letters} style={{ width: column.width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.header} aria-hidden />
              {sheet.columns.map((column) => (
                <th key={column.letters} scope="col" className={styles.header}>
                  {column.letters}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((row) => (
              <tr key={row.number} style={row.height === null ? undefined : { height: `${row.height}px` }}>
                <th scope="row" className={styles.header}>
                  {row.number}
                </th>
                {row.cells.map((cell) => (
                  <SheetCell key={cell.address} cell={cell} styles={styles} select={() => sim.select(active, cell.address)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TabList className={styles.tabs} size="small" aria-label={strings.sheets} selectedValue={active} onTabSelect={(_, data) => activate(String(data.value))}>
        {sim.workbook.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
    </section>
  );
}

/** The active cell's content, typed over and kept with Enter (Esc puts it back), as Excel's formula bar. */
function FormulaBar({
  className,
  label,
  content,
  commit,
}: {
  readonly className: string;
  readonly label: string;
  readonly content: string;
  readonly commit: (input: string) => void;
}) {
  const [draft, setDraft] = useState(content);
  // The cell changed under the bar (the edit just kept, or the add-in's write): show what it holds now, keeping the focus.
  useEffect(() => setDraft(content), [content]);
  return (
    <input
      className={className}
      aria-label={label}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && draft !== content) commit(draft);
        if (event.key === 'Escape') setDraft(content);
      }}
    />
  );
}

function SheetCell({ cell, styles, select }: { readonly cell: DrawnCell; readonly styles: ReturnType<typeof useStyles>; readonly select: () => void }) {
  return (
    <td
      onClick={select}
      role="gridcell"
      data-address={cell.address}
      aria-selected={cell.selected}
      title={cell.note ?? undefined}
      colSpan={cell.columnSpan}
      rowSpan={cell.rowSpan}
      className={mergeClasses(
        styles.cell,
        cell.spills && styles.spills,
        cell.wrap && styles.wraps,
        cell.note !== null && styles.noted,
        cell.selected && styles.selected,
      )}
      style={{ backgroundColor: cell.fill ?? undefined, color: cell.color, fontWeight: cell.bold ? 'bold' : undefined, textAlign: cell.align }}
    >
      {cell.text}
    </td>
  );
}
