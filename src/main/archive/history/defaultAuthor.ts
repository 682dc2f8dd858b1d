import { readFileSync } from 'node:fs';
import { homedir, hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import type { HistoryAuthor } from '../../../shared/contract/history';

/** Reads `[user] name` and `email` from a git config file's text. */
export function gitConfigUser(text: string): Partial<HistoryAuthor> {
  const user: Partial<HistoryAuthor> = {};
  let inUser = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const section = /^\[\s*([^\]\s"]+)[^\]]*\]$/.exec(line);
    if (section) inUser = section[1]!.toLowerCase() === 'user';
    const setting = inUser ? /^(name|email)\s*=\s*"?(.*?)"?$/i.exec(line) : null;
    if (setting && setting[2]) user[setting[1]!.toLowerCase() as keyof HistoryAuthor] = setting[2];
  }
  return user;
}

/**
 * Who the editor is when no one has said: the name and email of their own git configuration
 * (`~/.gitconfig`) where there is one, else their login name at this computer.
 */
export function defaultAuthor(home = homedir()): HistoryAuthor {
  let configured: Partial<HistoryAuthor> = {};
  try {
    configured = gitConfigUser(readFileSync(join(home, '.gitconfig'), 'utf8'));
  } catch {
    // No git configuration: the system's names will do.
  }
  const login = safeLogin();
  return { name: configured.name ?? login, email: configured.email ?? `${login}@${hostname()}` };
}

function safeLogin(): string {
  try {
    return userInfo().username || 'editor';
  } catch {
    return process.env['USER'] ?? process.env['USERNAME'] ?? 'editor';
  }
}
