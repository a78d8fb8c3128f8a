/* global Office */
/**
 * The function file the manifest names (FunctionFile). Cuadre's only ribbon button opens
 * the task pane, which needs no code here; Office still requires the page to initialize.
 */
Office.onReady(() => undefined);
