// `npm test`: every unit and browser test, then one line that counts them all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUT = '.test-output';
rmSync(OUTPUT, { recursive: true, force: true });
mkdirSync(OUTPUT, { recursive: true });

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(OUTPUT, file), 'utf8'));
  } catch {
    return null;
  }
}

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${OUTPUT}/unit.json`]);
const e2eStatus = run('npx', ['playwright', 'test']);

const unit = readJson('unit.json');
const e2e = readJson('e2e.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
} else {
  console.error('The unit tests produced no report: counted as one failure.');
  failed += 1;
}
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  // Errors outside any test (a broken fixture or config) fail the run too.
  failed += (e2e.errors ?? []).length;
} else {
  console.error('The browser tests produced no report: counted as one failure.');
  failed += 1;
}
const ok = failed === 0 && unitStatus === 0 && e2eStatus === 0;
if (!ok && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
