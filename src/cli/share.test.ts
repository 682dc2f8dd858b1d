import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_FILE, ensureCliBuilt } from '../../scripts/buildCli.mjs';
import { GitServer } from '../test/gitServer';
import { edit, EDITORS, newDeskFile, openDesk, TOKEN } from '../test/newsroom';
import { tempArchiveFile } from '../test/tempArchive';

const server = new GitServer({ token: TOKEN });

/** The built program, as a journalist runs it, with the token in the environment. */
async function cli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI_FILE, ...args], { env: { ...process.env, XDG_CONFIG_HOME: '/nonexistent', GIT_AUTHOR_NAME: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const withToken = { KLOPP_ARCHIVE_TOKEN: TOKEN };

beforeAll(async () => {
  await Promise.all([ensureCliBuilt(), server.start()]);
}, 60_000);
afterAll(() => server.dispose());

describe('klopp-archive share and sync', () => {
  it('publishes, clones, syncs an edit across with --json, and is calm offline', async () => {
    const url = server.createRepository('cli-newsroom');
    const annFile = await tempArchiveFile();
    const init = await cli(withToken, '--archive', annFile, 'share', 'init', url);
    expect([init.code, init.stderr]).toEqual([0, '']);
    expect(init.stdout).toMatch(/^Synced: 0 change\(s\) came in, 1 went out/);

    const benFile = await newDeskFile();
    const clone = await cli(withToken, '--archive', benFile, 'share', 'clone', url, '--json');
    expect(clone.code).toBe(0);
    expect(JSON.parse(clone.stdout)).toMatchObject({ state: 'synced', cameIn: [expect.objectContaining({ summary: expect.stringMatching(/^History begins/) })] });

    const ann = await openDesk(annFile, EDITORS.ann);
    await edit(ann, 'quotes', 'quote-klopp-legacy', { status: 'verified' });
    await ann.history!.close();
    const sent = await cli(withToken, '--archive', annFile, 'sync', '--json');
    expect(JSON.parse(sent.stdout)).toMatchObject({ state: 'synced', wentOut: [{ summary: expect.stringMatching(/^Edit quote quote-klopp-legacy/), author: EDITORS.ann }] });
    const received = await cli(withToken, '--archive', benFile, 'sync');
    expect(received.stdout).toContain('Came in:');
    expect(received.stdout).toContain('Ann Editor: Edit quote quote-klopp-legacy');
    const status = JSON.parse((await cli({}, '--archive', benFile, 'share', 'status', '--json')).stdout);
    expect(status).toMatchObject({ url, unsentChanges: 0, pendingConflicts: 0, lastOutcome: { state: 'synced' } });

    await server.stop();
    try {
      const offline = await cli(withToken, '--archive', benFile, 'sync', '--json');
      expect(offline.code).toBe(0);
      expect(JSON.parse(offline.stdout)).toMatchObject({ state: 'offline' });
    } finally {
      await server.start();
    }
  }, 120_000);

  it('refuses plain http to another computer (exit 2), a missing token (exit 1), and never prints the token', async () => {
    const file = await tempArchiveFile();
    const insecure = await cli(withToken, '--archive', file, 'share', 'init', 'http://git.example.com/newsroom.git');
    expect(insecure.code).toBe(2);
    expect(insecure.stderr).toContain('must use https (plain http is allowed only to this computer, for tests)');
    const inUrl = await cli({}, '--archive', file, 'share', 'init', `https://editor:${TOKEN}@git.example.com/newsroom.git`);
    expect(inUrl.code).toBe(2);
    expect(inUrl.stderr).toContain('must not contain a user name or token');
    expect(inUrl.stderr).not.toContain(TOKEN);
    const url = server.createRepository('cli-no-token');
    const refused = await cli({ KLOPP_ARCHIVE_TOKEN: '' }, '--archive', file, 'share', 'init', url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refused access.*: give a token that may read and write this repository/);
    const notShared = await cli({}, '--archive', file, 'sync');
    expect(notShared.code).toBe(1);
    expect(notShared.stderr).toContain('This archive is not shared yet');
  });
});
