import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../../test/tempArchive';
import { sealedTokenFile, type TokenCipher } from './tokenKeeper';

/** A stand-in for the keychain: reversible, and plainly not the token's own bytes. */
function fakeKeychain(available = true): TokenCipher & { sealedBy: string } {
  const sealedBy = 'user-a';
  return {
    sealedBy,
    isAvailable: () => available,
    encrypt: (text) => Buffer.from(`${sealedBy}:${Buffer.from(text).toString('base64')}`),
    decrypt: (sealed) => {
      const [owner, body] = sealed.toString().split(':');
      if (owner !== sealedBy) throw new Error('sealed by someone else');
      return Buffer.from(body!, 'base64').toString();
    },
  };
}

describe('the token kept by the keychain', () => {
  it('is sealed on disk, never in clear, and given back to sync', async () => {
    const file = join(await tempFolder(), 'sharing-token.sealed');
    const keeper = sealedTokenFile(file, fakeKeychain());
    expect(await keeper.credentials()).toBeNull();
    await keeper.save('ghp_secret-token');
    expect((await readFile(file)).toString()).not.toContain('ghp_secret-token');
    expect(await keeper.credentials()).toEqual({ token: 'ghp_secret-token' });
  });

  it('is not kept at all where there is no keychain, rather than kept in clear', async () => {
    const file = join(await tempFolder(), 'sharing-token.sealed');
    await expect(sealedTokenFile(file, fakeKeychain(false)).save('ghp_secret-token')).rejects.toThrow(/no keychain.*it was not saved/);
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  it('forgets a token sealed by another user, which cannot be used here', async () => {
    const file = join(await tempFolder(), 'sharing-token.sealed');
    await sealedTokenFile(file, fakeKeychain()).save('ghp_secret-token');
    const other = { ...fakeKeychain(), decrypt: () => { throw new Error('not yours'); } };
    expect(await sealedTokenFile(file, other).credentials()).toBeNull();
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });
});
