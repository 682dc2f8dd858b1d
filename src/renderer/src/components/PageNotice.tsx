export type PageNoticeValue = { tone: 'info' | 'error'; text: string };

/** What a page's last action did, under its title: an alert when it failed, a status when it worked. */
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
