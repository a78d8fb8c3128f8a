import { writeSync } from 'node:fs';

/**
 * Preloaded (`node -r`) into a command the bench measures: on exit, writes the process's peak
 * resident set size in kilobytes to file descriptor 3, which the bench opens as a pipe, so the
 * command's own stdout and stderr stay as they are.
 */
process.on('exit', () => {
  writeSync(3, `${process.resourceUsage().maxRSS}\n`);
});
