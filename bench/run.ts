import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchPart } from './part';

/**
 * `npm run bench --silent -- --json`: runs every module in bench/parts/ and prints exactly one
 * JSON object with all their keys; without --json, a readable summary. A part is added by
 * adding a file that exports `part: BenchPart`.
 */
async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const dir = join(__dirname, 'parts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  const result: Record<string, unknown> = {};
  for (const file of files) {
    const { part } = (await import(join(dir, file))) as { part: BenchPart };
    if (!json) process.stderr.write(`… ${part.title}\n`);
    Object.assign(result, await part.run());
  }
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
