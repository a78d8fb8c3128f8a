import { filePorts } from '../../src/cli/file-ports';
import { run } from '../../src/cli/main';

/** Runs `cuadre` in process over real files, capturing what it prints. */
export async function cuadre(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, filePorts);
  return { code, stdout, stderr };
}
