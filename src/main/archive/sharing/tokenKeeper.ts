import { readFile, rm } from 'node:fs/promises';
import { ArchiveError } from '../../../shared/contract/errors';
import { writeFileDurably } from '../durableJsonFile';
import type { CredentialSource } from './remote';

/** The operating system's keychain as Electron's safeStorage offers it: encrypt and decrypt for this user. */
export interface TokenCipher {
  isAvailable(): boolean;
  encrypt(text: string): Buffer;
  decrypt(sealed: Buffer): string;
}

/** Where the app keeps the git host's token: saved once at set up, read at each sync. */
export interface TokenKeeper {
  save(token: string): Promise<void>;
  credentials: CredentialSource;
}

/**
 * The token sealed by the keychain in a file of the app's own folder (never beside the
 * archive, never in its history). Without a keychain it is not kept at all, rather than
 * kept in clear: the editor is told, and syncs without it.
 */
export function sealedTokenFile(file: string, cipher: TokenCipher): TokenKeeper {
  return {
    async save(token) {
      if (!cipher.isAvailable()) {
        throw new ArchiveError({ code: 'forbidden', message: 'This computer has no keychain the app can use, so the token cannot be kept safely; it was not saved' });
      }
      await writeFileDurably(file, cipher.encrypt(token));
    },
    credentials: async () => {
      const sealed = await readFile(file).catch(() => null);
      if (!sealed || !cipher.isAvailable()) return null;
      try {
        return { token: cipher.decrypt(sealed) };
      } catch {
        // Sealed by another user or machine: useless here, and set up again.
        await rm(file, { force: true });
        return null;
      }
    },
  };
}
