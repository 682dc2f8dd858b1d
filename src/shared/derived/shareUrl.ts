/** Hosts that are this computer: plain http is allowed to them (a test remote), nowhere else. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Why a URL cannot be a sharing remote, or null when it can. Only https carries a token
 * safely; credentials in the URL would be written to disk with it, so they are refused
 * (the token is kept apart, in the keychain or an environment variable).
 */
export function shareUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be a full URL, like https://git.example.com/newsroom/archive.git';
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'must use https (plain http is allowed only to this computer, for tests)';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must use https, not ${url.protocol.replace(':', '')}`;
  if (url.username || url.password) return 'must not contain a user name or token: the token is kept apart, never in the URL';
  if (url.search || url.hash) return 'must not have a query or fragment';
  return null;
}
