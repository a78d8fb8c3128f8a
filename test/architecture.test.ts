import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The house rules that keep data flowing one way (host grid → domain → findings/layout →
 * host), checked on the sources themselves.
 */

const SRC = join(__dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const rel = (file: string): string => relative(SRC, file);

describe('the domain', () => {
  const files = sources(join(SRC, 'domain'));

  it.each(files.map(rel))('%s imports only the domain (and money.ts decimal.js)', (file) => {
    const outside = importsOf(join(SRC, file)).filter((spec) => !spec.startsWith('./') && !(file === join('domain', 'money.ts') && spec === 'decimal.js'));
    expect(outside).toEqual([]);
  });

  it.each(files.map(rel))('%s uses no host global', (file) => {
    expect(readFileSync(join(SRC, file), 'utf8')).not.toMatch(/\b(?:Excel|Office)\.(?:run|context|onReady)\b|\b(?:window|document|process)\.\w|\brequire\(/);
  });
});

describe('the report layout', () => {
  it.each(sources(join(SRC, 'report')).map(rel))('%s imports only the domain and the report', (file) => {
    expect(importsOf(join(SRC, file)).filter((spec) => !spec.startsWith('./') && !spec.startsWith('../domain/'))).toEqual([]);
  });
});

describe('the adapters only read grids and write finished layouts', () => {
  /** Decisions that belong to src/workflow and the domain: where the table is, what the report holds, which catalog. */
  const DECISIONS = [/\/domain\/locate$/, /\/report\/build-report$/, /\/report$/, /\/domain\/catalog(\.default\.json)?$/, /\/domain\/reconcile$/];
  const adapters = [...sources(join(SRC, 'excel')), ...sources(join(SRC, 'cli'))].map(rel);

  it.each(adapters)('%s does not locate tables, lay out reports or read catalogs itself', (file) => {
    expect(importsOf(join(SRC, file)).filter((spec) => DECISIONS.some((d) => d.test(spec)))).toEqual([]);
  });

  it.each(sources(join(SRC, 'excel-sim')).map(rel))('%s (a host, not a client of the engine) imports nothing from src/domain', (file) => {
    expect(importsOf(join(SRC, file)).filter((spec) => /(^|\/)domain\//.test(spec))).toEqual([]);
  });

  it('the port the pane talks to lives in src/workflow', () => {
    const fromTaskpane = sources(SRC).flatMap((f) =>
      importsOf(f)
        .filter((s) => /taskpane\/(host|settings)$/.test(s))
        .map((s) => `${rel(f)}: ${s}`),
    );
    expect(fromTaskpane).toEqual([]);
  });
});

describe('host calls', () => {
  it('only src/excel and the in-memory Excel call Excel.run', () => {
    const callers = sources(SRC)
      .filter((f) => /\bExcel\.run\s*\(|\bexcel\.run\s*\(/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(callers.filter((f) => !f.startsWith('excel/') && !f.startsWith('excel-sim/'))).toEqual([]);
  });

  it('the task pane never imports exceljs or Node', () => {
    const bad = sources(join(SRC, 'taskpane')).flatMap((f) =>
      importsOf(f)
        .filter((s) => s === 'exceljs' || s.startsWith('node:'))
        .map((s) => `${rel(f)}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('only money.ts imports decimal.js', () => {
    const users = sources(SRC)
      .filter((f) => importsOf(f).includes('decimal.js'))
      .map(rel);
    expect(users).toEqual([join('domain', 'money.ts')]);
  });
});
