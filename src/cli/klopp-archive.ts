// The klopp-archive program: runs one command line over the archive domain.
import { runCli } from './runCli';

const abort = new AbortController();
// Ctrl+C cancels a long import before it writes, rather than killing it halfway.
process.once('SIGINT', () => abort.abort());
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  signal: abort.signal,
});
