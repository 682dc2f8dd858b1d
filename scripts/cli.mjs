// `npm run cli -- ARGS`: builds klopp-archive if needed, then runs it with ARGS.
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { CLI_FILE, ensureCliBuilt } from './buildCli.mjs';

if (await ensureCliBuilt()) chmodSync(CLI_FILE, 0o755);
const result = spawnSync(process.execPath, [CLI_FILE, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
