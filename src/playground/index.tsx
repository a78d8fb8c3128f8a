import { createRoot } from 'react-dom/client';
import { languageOf } from '../taskpane/i18n';
import { playgroundOptions } from './options';
import { PlaygroundSession } from './playground-session';
import { SAMPLE_FILE_NAME, sampleSheetSeed } from './sample-sheet';

// The playground differs from the add-in in one place: the Office host is the in-memory Excel
// (src/excel-sim/) loaded with the sample, or a workbook the user opens (open-workbook.ts), not Office.js.
// The pane and its adapter are the production ones.
const options = playgroundOptions(window.location.search);
document.documentElement.lang = languageOf(options.displayLanguage);
createRoot(document.getElementById('root') as HTMLElement).render(
  <PlaygroundSession first={{ name: SAMPLE_FILE_NAME, sheets: [sampleSheetSeed()] }} options={options} />,
);
