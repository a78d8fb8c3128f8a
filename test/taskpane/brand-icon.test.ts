import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BRAND_ICON } from '../../src/taskpane/brand-icon';

it('the pane shows the brand icon as assets/icon-64.png holds it', () => {
  const file = readFileSync(join(__dirname, '..', '..', 'assets', 'icon-64.png'));
  expect(BRAND_ICON).toBe(`data:image/png;base64,${file.toString('base64')}`);
});
