import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitServer } from './gitServer';

/** Native git, run asynchronously: the server answers from this same process. */
const git = async (cwd: string, ...args: string[]) =>
  (await promisify(execFile)('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.test', ...args], { cwd, encoding: 'utf8', timeout: 20_000 })).stdout;

describe('the test git server (git http-backend on 127.0.0.1)', () => {
  const server = new GitServer({ token: 's3cret' });
  const work = mkdtempSync(join(tmpdir(), 'klopp-git-client-'));

  beforeAll(() => server.start());
  afterAll(async () => {
    await server.dispose();
    rmSync(work, { recursive: true, force: true });
  });

  it('takes a push and serves it back to a clone, over smart HTTP with the token', async () => {
    const url = server.createRepository('newsroom').replace('http://', 'http://editor:s3cret@');
    await git(work, 'init', '--quiet', '--initial-branch=main', 'a');
    writeFileSync(join(work, 'a', 'note.txt'), 'Firmino scored\n');
    await git(join(work, 'a'), 'add', 'note.txt');
    await git(join(work, 'a'), 'commit', '--quiet', '-m', 'first');
    await git(join(work, 'a'), 'push', '--quiet', url, 'main');
    await git(work, 'clone', '--quiet', url, 'b');
    expect(readFileSync(join(work, 'b', 'note.txt'), 'utf8')).toBe('Firmino scored\n');
    expect(server.authorizations.some((header) => header.startsWith('Basic '))).toBe(true);
  });

  it('refuses a request without the token', async () => {
    server.createRepository('closed');
    await expect(git(work, 'ls-remote', server.url('closed').replace('http://', 'http://editor:wrong@'))).rejects.toThrow(/could not read Username|401|Authentication/);
  });

  it('is unreachable once stopped and answers again on the same port once started', async () => {
    const url = server.createRepository('flaky').replace('http://', 'http://editor:s3cret@');
    const port = server.port;
    await server.stop();
    await expect(git(work, 'ls-remote', url)).rejects.toThrow(/Failed to connect|Connection refused/);
    await server.start();
    expect(server.port).toBe(port);
    expect(await git(work, 'ls-remote', url)).toBe('');
  });
});
