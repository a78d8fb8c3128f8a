// Replaces src/taskpane/theme.ts in the production build by the theme it names, evaluated here in
// Node: webLightTheme is computed at load time from all of @fluentui/tokens' palettes (about 11 KB
// of the pane's gzipped JavaScript); its values alone are about 3 KB. Same object, so the pane
// renders the same (the Chromium tests and axe run on this build).
'use strict';

module.exports = function staticTheme() {
  const { webLightTheme } = require('@fluentui/react-components');
  return `export const PANE_THEME = ${JSON.stringify(webLightTheme)};\n`;
};
