// The `scormdown` command. Everything happens in the CLI; here only the last-resort handler for
// a bug (an exception the CLI did not expect), so it still ends with a message and its own exit code.

import { runCli } from './src/compiler/cli/cli.js';
import { EXIT } from './src/compiler/diagnostics/errors.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = EXIT.bug;
  },
);
