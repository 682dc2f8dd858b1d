// Run before `npm start` and `npm run dev`: says clearly when Electron's binary is missing,
// instead of the stack trace Electron's own loader prints.
import { electronBinary } from './electronBinary.mjs';

if (!electronBinary()) {
  console.error(`
The Electron binary is not installed, so the desktop app cannot open on this machine.

This happens when npm installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, without internet
access, or with install scripts blocked. To fix it, on a machine with internet access run:

    node node_modules/electron/install.js

and then npm start again. Everything else works without the binary:
npm test, npm run cli -- --help, npm run bench.
`);
  process.exit(1);
}
