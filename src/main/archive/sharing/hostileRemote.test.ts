import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../archive';
import { GitServer } from '../../../test/gitServer';
import { filesOf, newsroom, TOKEN } from '../../../test/newsroom';
import { tempFolder } from '../../../test/tempArchive';
import { recordPath } from '../history/layout';
import { boundedHttp } from './httpTransport';

const QUOTE = 'quote-klopp-legacy';
const server = new GitServer({ token: TOKEN });
const open: Archive[] = [];
const run = promisify(execFile);
const git = async (cwd: string, ...args: string[]) => (await run('git', ['-c', 'user.name=Mallory', '-c', 'user.email=m@example.test', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })).stdout.trim();

beforeAll(() => server.start());
afterAll(() => server.dispose());
afterEach(async () => {
  await Promise.all(open.splice(0).map((archive) => archive.history?.close()));
});

/** A shared archive someone has tampered with: a commit made by hand, straight into the remote's repository. */
async function tampered(change: (work: string) => Promise<void>, sharing = {}) {
  const desks = await newsroom(server, sharing);
  open.push(desks.ann, desks.ben);
  const work = join(await tempFolder(), 'work');
  await git(await tempFolder(), 'clone', '--quiet', server.folder(desks.name), work);
  await change(work);
  await git(work, 'push', '--quiet', 'origin', 'main');
  return desks;
}

async function commitAll(work: string, message: string) {
  await git(work, 'add', '--all');
  await git(work, 'commit', '--quiet', '-m', message);
}

describe('a hostile or broken remote', () => {
  it('refuses an invalid record, naming it, and changes nothing here', async () => {
    const { ann } = await tampered(async (work) => {
      const file = join(work, recordPath('quotes', QUOTE));
      const record = JSON.parse(await readFile(file, 'utf8'));
      await writeFile(file, JSON.stringify({ ...record, speakerId: 'nobody-at-all', date: '24/02/2024' }));
      await commitAll(work, 'Break a quote');
    });
    const before = filesOf(ann);
    await expect(ann.sharing!.sync()).rejects.toThrow(/refused: .*quotes.*date: must be a date written YYYY-MM-DD.*nothing was written/);
    expect(filesOf(ann)).toEqual(before);
  });

  it('refuses a record file at a path that is not its own', async () => {
    const { ann } = await tampered(async (work) => {
      const text = await readFile(join(work, recordPath('quotes', QUOTE)), 'utf8');
      await mkdir(dirname(join(work, recordPath('quotes', 'quote-other'))), { recursive: true });
      await writeFile(join(work, recordPath('quotes', 'quote-other')), text);
      await commitAll(work, 'Copy a quote under another name');
    });
    await expect(ann.sharing!.sync()).rejects.toThrow(new RegExp(`holds the record "${QUOTE}", not quote-other`));
  });

  it('refuses a path outside the layout, and one that climbs out of the repository', async () => {
    const { ann } = await tampered(async (work) => {
      const payload = join(await tempFolder(), 'payload');
      await writeFile(payload, 'owned\n');
      const oid = await git(work, 'hash-object', '-w', payload);
      const tree = await git(work, 'write-tree');
      const listing = await git(work, 'ls-tree', tree);
      const climbing = await run('sh', ['-c', `printf '%s\\n100644 blob ${oid}\\t..\\n' "$1" | git mktree`, 'sh', listing], { cwd: work });
      const commit = await git(work, 'commit-tree', climbing.stdout.trim(), '-p', 'HEAD', '-m', 'Climb out');
      await git(work, 'update-ref', 'refs/heads/main', commit);
    });
    const before = filesOf(ann);
    await expect(ann.sharing!.sync()).rejects.toThrow(/refused: its files cannot be read safely \(The filepath "\.\." contains unsafe character sequences\); nothing was written/);
    expect(filesOf(ann)).toEqual(before);

    const { ann: other } = await tampered(async (work) => {
      await writeFile(join(work, 'README.md'), 'Run me\n');
      await commitAll(work, 'A file the archive does not have');
    });
    await expect(other.sharing!.sync()).rejects.toThrow(/"README\.md" is not a file of the archive's layout/);
  });

  it('refuses a huge file before reading it whole, and an answer larger than the bound before it is all received', async () => {
    const huge = randomBytes(3 * 1024 * 1024).toString('base64');
    const { ann } = await tampered(async (work) => {
      await writeFile(join(work, recordPath('quotes', QUOTE)), huge);
      await commitAll(work, 'A huge record');
    }, { limits: { maxFileBytes: 1024 * 1024 } });
    await expect(ann.sharing!.sync()).rejects.toThrow(/is 4,194,304 bytes, over the 1 MB a file may be/);

    const { ann: small } = await tampered(async (work) => {
      await writeFile(join(work, recordPath('quotes', QUOTE)), huge);
      await commitAll(work, 'A huge record');
    }, { http: boundedHttp({ maxResponseBytes: 2 * 1024 * 1024 }) });
    const before = filesOf(small);
    await expect(small.sharing!.sync()).rejects.toThrow(/more than 2 MB/);
    expect(filesOf(small)).toEqual(before);
  });
});
