import { safeStorage } from 'electron';
import type { TokenCipher } from './archive';

/** The keychain (macOS Keychain, Windows DPAPI, the Secret Service on Linux) through Electron's safeStorage. */
export const electronTokenCipher: TokenCipher = {
  isAvailable: () => safeStorage.isEncryptionAvailable(),
  encrypt: (text) => safeStorage.encryptString(text),
  decrypt: (sealed) => safeStorage.decryptString(sealed),
};
