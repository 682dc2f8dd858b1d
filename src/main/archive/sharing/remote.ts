import * as fs from 'node:fs';
import git, { type HttpClient } from 'isomorphic-git';
import { ArchiveError } from '../../../shared/contract/errors';
import { BRANCH } from '../history/repository';
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
  const result = await talk(url, () =>
    git.fetch({ fs, http, gitdir, url, remote: 'origin', ref: BRANCH, remoteRef: BRANCH, singleBranch: true, tags: false, ...auth(credentials) }),
  );
  return result.fetchHead;
}

export async function pushToRemote({ gitdir, url, http, credentials }: RemoteOptions): Promise<void> {
  const result = await talk(url, () => git.push({ fs, http, gitdir, url, remote: 'origin', ref: BRANCH, remoteRef: BRANCH, ...auth(credentials) }));
  const refused = Object.entries(result.refs ?? {}).find(([, status]) => !status.ok);
  if (!result.ok || refused) throw new ArchiveError({ code: 'conflict', message: `The remote ${url} refused the push: ${refused?.[1].error ?? result.error ?? 'no reason given'}` });
}

function auth(credentials: CredentialSource) {
  return {
    onAuth: async () => {
      const given = await credentials();
      return given ? { username: given.username ?? 'klopp-archive', password: given.token } : { cancel: true };
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
