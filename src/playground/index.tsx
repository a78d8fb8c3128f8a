import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/host';
import { createExcelSim } from '../excel-sim';
import { languageOf } from '../taskpane/i18n';
import { playgroundOptions } from './options';
import { Playground } from './playground';
import { sampleSheetSeed } from './sample-sheet';

// The playground differs from the add-in in one place: the Office host is the in-memory Excel
// (src/excel-sim/) loaded with the sample, not Office.js. The pane and its adapter are the production ones.
const options = playgroundOptions(window.location.search);
const sim = createExcelSim({ sheets: [sampleSheetSeed()], apiVersion: options.apiVersion, displayLanguage: options.displayLanguage });
const host = createOfficeHost({ excel: sim.Excel as unknown as typeof Excel, office: sim.Office as unknown as typeof Office });
document.documentElement.lang = languageOf(options.displayLanguage);
createRoot(document.getElementById('root') as HTMLElement).render(<Playground sim={sim} host={host} options={options} />);
