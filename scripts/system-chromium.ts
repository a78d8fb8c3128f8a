/**
 * The system's Chromium as the playground's end-to-end tests and the README's pictures drive it
 * (never a downloaded browser), and the page size both use: wide enough for the sample's eight
 * columns beside the 320 px pane, and 900 px high, the height the main flow must fit.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const PLAYGROUND_VIEWPORT = { width: 1440, height: 900 };
