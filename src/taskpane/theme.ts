import { type Theme, webLightTheme } from '@fluentui/react-components';

/**
 * The pane's theme: Fluent's web light theme. The production build replaces this module by the
 * theme's values, computed at build time (webpack/static-theme-loader.js), so the pane ships 459
 * strings instead of the palettes and functions that compute them.
 */
export const PANE_THEME: Theme = webLightTheme;
