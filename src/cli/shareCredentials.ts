import type { CredentialSource } from '../main/archive';

/**
 * The git host's token on the command line: read from KLOPP_ARCHIVE_TOKEN (and the user name,
 * for the few hosts that want one, from KLOPP_ARCHIVE_TOKEN_USER) when a request needs it,
 * never from an argument, which would land in the shell's history.
 */
export function environmentCredentials(env: NodeJS.ProcessEnv = process.env): CredentialSource {
  return async () => {
    const token = env.KLOPP_ARCHIVE_TOKEN?.trim();
    if (!token) return null;
    const username = env.KLOPP_ARCHIVE_TOKEN_USER?.trim();
    return username ? { token, username } : { token };
  };
}
