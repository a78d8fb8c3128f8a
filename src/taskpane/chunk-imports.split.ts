// The production build's chunk-imports.ts (its comment says why there are two): the import() is a
// chunk of its own, which the page prefetches once the pane is drawn.
export const importChecks = () => import(/* webpackChunkName: "checks", webpackPrefetch: true */ './check-engine.js');
