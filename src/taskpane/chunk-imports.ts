import * as checks from './check-engine';
import * as reportPlan from '../workflow/report-plan';

/**
 * How the pane gets its later chunks (chunks.ts). Here, for Jest and the type check, they are
 * ordinary modules: Jest runs CommonJS, where `import()` would need Node's experimental VM
 * modules. The production build replaces this file by chunk-imports.split.ts (webpack.config.js),
 * where each is an `import()`, a chunk of its own; the Chromium tests run that build.
 */
export const importChecks = (): Promise<typeof checks> => Promise.resolve(checks);

export const importReportPlan = (): Promise<typeof reportPlan> => Promise.resolve(reportPlan);
