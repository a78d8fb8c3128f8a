// Replaces src/taskpane/theme.ts in the production build. The theme is only CSS variables
// (`--colorBrandBackground: #0f6cbd` …) that FluentProvider would write into a <style> tag at run
// time, from an object the pane would carry as JavaScript (459 strings, about 2 KB gzipped; the
// palettes webLightTheme is computed from, about 11 KB more). Here they are written once, in Node,
// by Fluent's own createCSSRuleFromTheme, into the pane's stylesheet; the module exports no
// theme, so the provider adds none (docs/decisions.md). The Chromium tests and axe run on this
// build, one of them checking the brand colour of the primary button.
//
// Two requests to this loader: theme.ts itself (JavaScript: import the CSS, export no theme) and
// `theme.ts.css!=!<this loader>?css!theme.ts`, which webpack's rules then treat as a .css file.
'use strict';

module.exports = function staticTheme() {
  if (this.query === '?css') {
    const { createCSSRuleFromTheme, webLightTheme } = require('@fluentui/react-components');
    return `${createCSSRuleFromTheme(':root', webLightTheme)}\n`;
  }
  const css = `${this.resourcePath}.css!=!${__filename}?css!${this.resourcePath}`;
  return `import ${JSON.stringify(css)};\nexport const PANE_THEME = undefined;\n`;
};
