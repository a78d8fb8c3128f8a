// The production build's chunk-imports.ts (its comment says why there are two): the import() is a
// chunk of its own, which the pane requests as it starts (chunks.ts).
export const importChecks = () => import(/* webpackChunkName: "checks" */ './check-engine.js');
