export type PageNoticeValue = { tone: 'info' | 'error'; text: string };

/** A page's message about what its last action did: a status, or an alert when it failed; dismissable. */
export function PageNotice({ notice, onDismiss }: { notice: PageNoticeValue | null; onDismiss: () => void }) {
  if (!notice) return null;
  return (
    <p className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      {notice.text}
      <button type="button" className="notice__close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </p>
  );
}
