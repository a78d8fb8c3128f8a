import { playgroundOptions, queryOf } from '../../src/playground/options';

describe('the playground URL', () => {
  it.each([
    ['', 'es-EC', '1.20'],
    ['?lang=en', 'en-US', '1.20'],
    ['?lang=EN&api=1.9', 'en-US', '1.9'],
    ['?lang=es&api=1.19', 'es-EC', '1.19'],
    ['?lang=en-GB', 'en-GB', '1.20'],
    ['?lang=<script>&api=9', 'es-EC', '1.20'],
    ['?api=1.9.1', 'es-EC', '1.20'],
  ])('%s → %s, ExcelApi %s', (search, displayLanguage, apiVersion) => {
    expect(playgroundOptions(search)).toEqual({ displayLanguage, apiVersion });
  });

  it.each(['?', '?lang=en-US', '?api=1.9', '?lang=en-US&api=1.9'])('%s reads back as itself', (search) => {
    expect(queryOf(playgroundOptions(search))).toBe(search);
  });
});
