import { fileURLToPath } from 'node:url';

/**
 * The file `npx link-harness` runs (bin/link-harness.js), for starting the CLI as a child process
 * with `process.execPath`: the same program, without npx's own start-up.
 */
export const linkHarnessBin = fileURLToPath(new URL('../../bin/link-harness.js', import.meta.url));
