import * as fs from 'node:fs';
import git, { type HttpClient } from 'isomorphic-git';
import { ArchiveError } from '../../../shared/contract/errors';
import { BRANCH, type HistoryRepository } from '../history/repository';
import { packFor, receivePackRefusal, receivePackRequest } from './sendCommits';
import { RemoteUnreachable } from './httpTransport';

/** A token for the git host, and the user name to send it with (most hosts ignore the name). */
export interface ShareCredentials {
  username?: string;
  token: string;
}

/** Where the token comes from: the keychain in the app, an environment variable on the command line. */
export type CredentialSource = () => Promise<ShareCredentials | null>;

export interface RemoteOptions {
  gitdir: string;
  url: string;
  http: HttpClient;
  credentials: CredentialSource;
}

/** The push was refused because the remote moved on meanwhile: fetch, merge, try again. */
export class RemoteMovedOn extends Error {}

/**
 * The two conversations a sync has with the remote, through isomorphic-git. The token is
 * handed to git for the request and nowhere else; failures come back as the archive's own
 * errors, an unreachable remote as RemoteUnreachable (offline, try later).
 */
export async function fetchRemote({ gitdir, url, http, credentials }: RemoteOptions): Promise<string | null> {
  // The remote as git itself names it, so `git log origin/main` reads the colleague's branch.
  await git.addRemote({ fs, gitdir, remote: 'origin', url, force: true });
  // Asking where the branch is costs one small request; a fetch only when it moved to a commit not here.
  const head = await remoteHead({ gitdir, url, http, credentials }, false);
  if (head && !(await git.readCommit({ fs, gitdir, oid: head }).then(() => true, () => false))) {
    await talk(url, () => git.fetch({ fs, http, gitdir, url, remote: 'origin', ref: BRANCH, remoteRef: BRANCH, singleBranch: true, tags: false, ...auth(credentials) }));
  }
  if (head) await git.writeRef({ fs, gitdir, ref: `refs/remotes/origin/${BRANCH}`, value: head, force: true });
  return head;
}

/** Where the remote's branch is (null for an empty remote), from git's ref advertisement. */
async function remoteHead({ url, http, credentials }: RemoteOptions, forPush: boolean): Promise<string | null> {
  const info = await talk(url, () => git.getRemoteInfo2({ http, url, forPush, protocolVersion: 1, ...auth(credentials) }));
  return info.refs?.find((ref) => ref.ref === `refs/heads/${BRANCH}`)?.oid ?? null;
}

/**
 * Moves the remote's branch to this history's head, sending only what the remote lacks
 * (git's receive-pack over smart HTTP). A remote that moved on meanwhile is RemoteMovedOn:
 * fetch, merge and push again.
 */
export async function pushToRemote(options: RemoteOptions, repository: HistoryRepository, head: string): Promise<void> {
  const { url, http, credentials } = options;
  const theirs = await remoteHead(options, true);
  if (theirs === head) return;
  if (theirs && !(await repository.descendsFrom(head, theirs).catch(() => false))) throw new RemoteMovedOn('the remote moved on');
  const body = receivePackRequest(theirs, head, await packFor(repository, head, theirs));
  const given = await credentials();
  const headers: Record<string, string> = { 'content-type': 'application/x-git-receive-pack-request', accept: 'application/x-git-receive-pack-result' };
  if (given) headers.authorization = `Basic ${Buffer.from(`${given.username ?? DEFAULT_USER}:${given.token}`).toString('base64')}`;
  const response = await talk(url, async () => {
    const answer = await http.request({ url: `${url.replace(/\/$/, '')}/git-receive-pack`, method: 'POST', headers, body: once(body) });
    const chunks: Uint8Array[] = [];
    for await (const chunk of answer.body ?? []) chunks.push(chunk);
    if (answer.statusCode !== 200) throw Object.assign(new Error(`HTTP ${answer.statusCode}`), { code: 'HttpError', data: { statusCode: answer.statusCode } });
    return Buffer.concat(chunks);
  });
  const refusal = receivePackRefusal(response);
  if (refusal === null) return;
  // A concurrent push that won the race: the branch is no longer where we saw it.
  if (/fetch first|non-fast-forward|stale|lock|failed to update ref/i.test(refusal)) throw new RemoteMovedOn(refusal);
  throw new ArchiveError({ code: 'conflict', message: `The remote ${url} refused the push: ${refusal}` });
}

async function* once(body: Buffer): AsyncIterableIterator<Uint8Array> {
  yield body;
}

const DEFAULT_USER = 'klopp-archive';

function auth(credentials: CredentialSource) {
  return {
    onAuth: async () => {
      const given = await credentials();
      return given ? { username: given.username ?? DEFAULT_USER, password: given.token } : { cancel: true };
    },
    onAuthFailure: () => ({ cancel: true }),
  };
}

async function talk<T>(url: string, conversation: () => Promise<T>): Promise<T> {
  try {
    return await conversation();
  } catch (error) {
    throw remoteFailure(error, url);
  }
}

function remoteFailure(error: unknown, url: string): Error {
  if (error instanceof RemoteUnreachable || error instanceof ArchiveError) return error;
  const { code, data } = error as { code?: string; data?: { statusCode?: number; reason?: string } };
  if (code === 'PushRejectedError') return new RemoteMovedOn(`the remote moved on (${data?.reason})`);
  const status = data?.statusCode;
  if (code === 'HttpError' && status !== undefined && status >= 500) return new RemoteUnreachable(`HTTP ${status} from the host`);
  if ((code === 'HttpError' && (status === 401 || status === 403)) || code === 'UserCanceledError') {
    return new ArchiveError({
      code: 'forbidden',
      message: `The remote ${url} refused access${status ? ` (HTTP ${status})` : ''}: give a token that may read and write this repository (the app's Sharing view, or KLOPP_ARCHIVE_TOKEN on the command line)`,
    });
  }
  if (code === 'HttpError' && status === 404) return new ArchiveError({ code: 'not-found', message: `There is no git repository at ${url} (HTTP 404)` });
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof RemoteUnreachable || cause instanceof ArchiveError) return cause;
  return new ArchiveError({ code: 'internal', message: `Talking to ${url} failed: ${(error as Error)?.message ?? String(error)}` });
}
