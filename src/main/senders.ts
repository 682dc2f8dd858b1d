/** What main needs to know of the frame that sent a message. */
export interface SenderFrame {
  url: string;
  /** null for a window's top frame; an iframe has a parent. */
  parent: unknown;
}

/**
 * Only the app's own page, in a window's top frame, may talk to the archive: never an
 * iframe, never a page the window was somehow navigated to.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  let sender: URL;
  let app: URL;
  try {
    sender = new URL(frame.url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') return sender.protocol === 'file:' && sender.pathname === app.pathname;
  return sender.origin === app.origin;
}
