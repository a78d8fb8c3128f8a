import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../src/excel-sim');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const NODE_ONLY = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/** The simulator is bundled into the playground page: no Node modules, globals or exceljs. */
describe.each(sources(ROOT).map((file) => [relative(ROOT, file), readFileSync(file, 'utf8')]))('%s', (_file, text) => {
  it('imports nothing Node-only and no exceljs', () => {
    const imported = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
    expect(imported.filter((name) => NODE_ONLY.has(name) || name === 'exceljs')).toEqual([]);
  });

  it('uses no Node global', () => {
    expect(text).not.toMatch(/(?<![\w.])(process|Buffer)\.|(?<![\w.])require\(|__dirname|__filename/);
  });
});
