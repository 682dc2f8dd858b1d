import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_FILE, ensureCliBuilt } from '../../scripts/buildCli.mjs';
import { tempArchiveFile, tempFolder } from '../test/tempArchive';
import { EXIT, runCli } from './runCli';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command line in this process, as the built program runs it. */
async function cli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** The built program with `input` on its standard input. */
function piped(input: string, ...argv: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI_FILE, ...argv], { env: { ...process.env, XDG_CONFIG_HOME: '/nonexistent' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr }),
    );
    child.stdin?.end(input);
  });
}

async function jsonFile(value: unknown, text = JSON.stringify(value)): Promise<string> {
  const file = join(await tempFolder(), 'record.json');
  await writeFile(file, text);
  return file;
}

/** Runs a command that must be refused: exit 1, the message names `named`, the archive byte-identical. */
async function refused(archive: string, named: string | RegExp, ...argv: string[]): Promise<void> {
  const before = await readFile(archive);
  const run = await cli('--archive', archive, ...argv);
  expect([argv[0], run.code]).toEqual([argv[0], EXIT.invalid]);
  expect(run.stderr).toMatch(named);
  expect(await readFile(archive)).toEqual(before);
}

const QUOTE = 'quote-klopp-exact-percentage';

beforeAll(async () => {
  await ensureCliBuilt();
}, 60_000);

describe('the command line covers the records', () => {
  it('gets a record, updates it from what get printed, and the archive opens with the change', async () => {
    const archive = await tempArchiveFile();
    const got = await cli('--archive', archive, 'get', 'quotes', QUOTE, '--json');
    expect(got.code).toBe(EXIT.ok);
    const quote = JSON.parse(got.stdout) as { id: string; notes: string; updatedAt: string };
    expect(quote.id).toBe(QUOTE);
    const updated = await cli('--archive', archive, 'update', 'quotes', QUOTE, await jsonFile({ ...quote, notes: 'checked against the tape' }), '--json');
    expect(updated.code).toBe(EXIT.ok);
    expect(JSON.parse(updated.stdout)).toMatchObject({ id: QUOTE, notes: 'checked against the tape' });
    expect((await cli('--archive', archive, 'get', 'quotes', QUOTE)).stdout).toContain('notes: checked against the tape\n');
    expect((await cli('--archive', archive, 'validate')).code).toBe(EXIT.ok);
  });

  it('adds a record from standard input, deletes it to the trash, lists the trash and restores it', async () => {
    const archive = await tempArchiveFile();
    const added = await piped(JSON.stringify({ id: 'vitezslav-jaros', name: 'Vitezslav Jaros', role: 'player' }), '--archive', archive, 'add', 'people', '-', '--json');
    expect(added).toMatchObject({ code: 0 });
    expect(JSON.parse(added.stdout)).toMatchObject({ id: 'vitezslav-jaros', name: 'Vitezslav Jaros', aliases: [] });
    expect(await cli('--archive', archive, 'delete', 'people', 'vitezslav-jaros')).toMatchObject({ code: 0, stdout: expect.stringContaining('Deleted person vitezslav-jaros') });
    const trash = JSON.parse((await cli('--archive', archive, 'trash', '--json')).stdout) as Array<{ kind: string; record: { id: string } }>;
    expect(trash.map((entry) => [entry.kind, entry.record.id])).toEqual([['people', 'vitezslav-jaros']]);
    expect((await cli('--archive', archive, 'trash')).stdout).toMatch(/^people\tvitezslav-jaros\t\S+\tVitezslav Jaros\n$/);
    expect(await cli('--archive', archive, 'restore', 'vitezslav-jaros')).toMatchObject({ code: 0, stdout: 'Restored person vitezslav-jaros (Vitezslav Jaros)\n' });
    expect(JSON.parse((await cli('--archive', archive, 'trash', '--json')).stdout)).toEqual([]);
  });

  it('refuses an unknown id, for each command, exit 1, the file unchanged', async () => {
    const archive = await tempArchiveFile();
    const values = await jsonFile({ name: 'Nobody', role: 'fan' });
    await refused(archive, 'There is no person with the id "nobody"', 'get', 'people', 'nobody');
    await refused(archive, 'There is no person with the id "nobody"', 'update', 'people', 'nobody', values);
    await refused(archive, 'There is no person with the id "nobody"', 'delete', 'people', 'nobody');
    await refused(archive, 'ID: there is no record "nobody" in the trash', 'restore', 'nobody');
    await refused(archive, 'id: a person with the id "jurgen-klopp" already exists', 'add', 'people', await jsonFile({ id: 'jurgen-klopp', name: 'Again', role: 'fan' }));
  });

  it('refuses invalid JSON, for each command that reads it, exit 1, the file unchanged', async () => {
    const archive = await tempArchiveFile();
    const broken = await jsonFile(null, '{"name": "Half');
    await refused(archive, /record\.json is not valid JSON/, 'add', 'people', broken);
    await refused(archive, /record\.json is not valid JSON/, 'update', 'people', 'jurgen-klopp', broken);
    await refused(archive, /FILE: cannot read .*: no such file/, 'add', 'people', join(await tempFolder(), 'missing.json'));
  });

  it('refuses a broken rule, naming the field, exit 1, the file unchanged', async () => {
    const archive = await tempArchiveFile();
    const quote = JSON.parse((await cli('--archive', archive, 'get', 'quotes', QUOTE, '--json')).stdout) as Record<string, unknown>;
    await refused(archive, 'speakerId: refers to person "nobody", which is not in the archive', 'update', 'quotes', QUOTE, await jsonFile({ ...quote, speakerId: 'nobody' }));
    await refused(archive, 'date: must be a date written YYYY-MM-DD', 'add', 'quotes', await jsonFile({ ...quote, id: undefined, date: '2021-13-45' }));
    await refused(archive, 'id: the JSON is for "quote-other", not', 'update', 'quotes', QUOTE, await jsonFile({ ...quote, id: 'quote-other' }));
    await refused(archive, /Cannot delete Jürgen Klopp: \d+ record\(s\) refer to it/, 'delete', 'people', 'jurgen-klopp');
    await refused(archive, 'role: ', 'add', 'people', await jsonFile({ name: 'No role', role: 'referee' }));
  });

  it('exits 2 on wrong usage of each record command', async () => {
    const archive = await tempArchiveFile();
    for (const argv of [['get', 'goals', 'x'], ['add', 'people'], ['update', 'people', 'x'], ['delete'], ['restore'], ['trash', 'extra']]) {
      expect([argv.join(' '), (await cli('--archive', archive, ...argv)).code]).toEqual([argv.join(' '), EXIT.usage]);
    }
  });
});
