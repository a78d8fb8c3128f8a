import * as checks from './check-engine';

/**
 * How the pane gets its later chunk (chunks.ts). Here, for Jest and the type check, it is an
 * ordinary module: Jest runs CommonJS, where `import()` would need Node's experimental VM
 * modules. The production build replaces this file by chunk-imports.split.ts (webpack.config.js),
 * where it is an `import()`, a chunk of its own; the Chromium tests run that build.
 */
export const importChecks = (): Promise<typeof checks> => Promise.resolve(checks);
