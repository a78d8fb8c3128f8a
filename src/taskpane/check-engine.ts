// The checks' chunk (chunks.ts `loadChecks`): what «Validar y conciliar» runs and what shows its result,
// the report's plan, the earlier check's reading, the audit log's rows, and the settings panel.
export { checkOpenWorkbook } from '../workflow/check';
export { planReport } from '../workflow/report-plan';
export { compareWithLastCheck, readLastCheck } from '../workflow/last-check';
export { localDateTime, planAuditLog } from '../workflow/audit-log';
export { Results } from './results';
export { SettingsPanel } from './settings-panel';
