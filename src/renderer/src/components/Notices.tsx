import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import './notices.css';

export interface Notice {
  tone: 'info' | 'error';
  text: string;
  /** A button beside the message, such as Undo after a delete. */
  action?: { label: string; run: () => void };
}

interface Notices {
  notice: Notice | null;
  notify(notice: Notice | null): void;
}

const NoticesContext = createContext<Notices | null>(null);

/** One message at a time about what just happened, shown at the foot of the window. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback((next: Notice | null) => setNotice(next), []);
  const value = useMemo(() => ({ notice, notify }), [notice, notify]);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices must be used inside NoticesProvider');
  return notices;
}

export function NoticeToast() {
  const { notice, notify } = useNotices();
  if (!notice) return null;
  return (
    <div className={`toast notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <span className="toast__actions">
        {notice.action ? (
          <button type="button" className="button button--small" onClick={notice.action.run}>
            {notice.action.label}
          </button>
        ) : null}
        <button type="button" className="notice__close" aria-label="Dismiss" onClick={() => notify(null)}>
          ×
        </button>
      </span>
    </div>
  );
}
