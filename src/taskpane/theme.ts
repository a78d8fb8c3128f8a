import { type Theme, webLightTheme } from '@fluentui/react-components';

/**
 * The pane's theme: Fluent's web light theme. The production build replaces this module by the
 * theme's CSS variables in the pane's stylesheet, written at build time, and exports no theme
 * (webpack/static-theme-loader.js): the pane then ships neither the palettes nor 459 strings of
 * JavaScript, and the provider writes no <style> tag at start.
 */
export const PANE_THEME: Theme | undefined = webLightTheme;
