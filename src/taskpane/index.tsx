import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../excel/host';
import { BootFailure, CuadreApp } from './app';
import { languageOf } from './i18n';

function boot(info: { host: Office.HostType | null }): void {
  const lang = languageOf(Office.context?.displayLanguage ?? navigator.language);
  document.documentElement.lang = lang;
  const root = createRoot(document.getElementById('root') as HTMLElement);
  if (info.host !== Office.HostType.Excel) {
    root.render(<BootFailure problem={{ kind: 'outside-excel' }} lang={lang} />);
    return;
  }
  try {
    // The one place the Office host is plugged in: the Office.js adapter of src/excel/.
    root.render(<CuadreApp host={createOfficeHost()} />);
  } catch (error) {
    root.render(<BootFailure problem={{ kind: 'start-failed', detail: error instanceof Error ? error.message : String(error) }} lang={lang} />);
  }
}

void Office.onReady(boot);
