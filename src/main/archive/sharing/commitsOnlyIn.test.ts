import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../../test/tempArchive';
import { commitsOnlyIn } from './commitsOnlyIn';

const run = promisify(execFile);

/** A repository drawn commit by commit with native git: each commit named by its message. */
async function repository(): Promise<{ gitdir: string; commit: (name: string, ...parents: string[]) => Promise<string>; names: Map<string, string> }> {
  const gitdir = await tempFolder();
  await run('git', ['init', '--quiet', '--bare', gitdir]);
  const { stdout: tree } = await run('git', ['--git-dir', gitdir, 'hash-object', '-t', 'tree', '-w', '/dev/null'], { encoding: 'utf8' });
  const names = new Map<string, string>();
  let second = 1_700_000_000;
  const commit = async (name: string, ...parents: string[]) => {
    const time = `${++second} +0000`;
    const { stdout } = await run('git', ['--git-dir', gitdir, 'commit-tree', tree.trim(), ...parents.flatMap((parent) => ['-p', parent]), '-m', name], {
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_AUTHOR_DATE: time, GIT_COMMITTER_DATE: time },
    });
    names.set(stdout.trim(), name);
    return stdout.trim();
  };
  return { gitdir, commit, names };
}

describe('the commits one side has and the other has not', () => {
  it('walks only what the two sides do not share, through merges both ways', async () => {
    const { gitdir, commit, names } = await repository();
    const root = await commit('root');
    const base = await commit('base', root);
    const ours1 = await commit('ours 1', base);
    const theirs1 = await commit('theirs 1', base);
    const merged = await commit('merge theirs 1', ours1, theirs1);
    const ours2 = await commit('ours 2', merged);
    const theirs2 = await commit('theirs 2', theirs1);
    const named = async (from: string, other: string | null) => (await commitsOnlyIn(gitdir, from, other)).map((oid) => names.get(oid));
    expect(await named(ours2, theirs2)).toEqual(['ours 2', 'merge theirs 1', 'ours 1']);
    expect(await named(theirs2, ours2)).toEqual(['theirs 2']);
    expect(await named(ours2, ours2)).toEqual([]);
    expect(await named(base, ours2)).toEqual([]);
    expect(await named(base, null)).toEqual(['base', 'root']);
  });
});
