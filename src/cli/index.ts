import { filePorts } from './file-ports';
import { run } from './main';

/** The `cuadre` executable: the real process around the pure `run`. */
run(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }, filePorts).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('cuadre: internal error.\n');
    process.exitCode = 2;
  },
);
