// The checks' chunk (chunks.ts `loadChecks`): what «Validar y conciliar» runs and what shows its result.
export { checkOpenWorkbook } from '../workflow/check';
export { compareWithLastCheck, localMoment } from '../workflow/last-check';
export { Results } from './results';
