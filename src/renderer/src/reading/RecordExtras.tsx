import { ViewSection } from './RecordView';

/** The tags and notes every record carries, at the foot of its page. */
export function RecordExtras({ tags, notes }: { tags: readonly string[]; notes: string }) {
  return (
    <>
      {tags.length > 0 ? (
        <ViewSection title="Tags">
          <ul className="tag-list">
            {tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        </ViewSection>
      ) : null}
      {notes.trim() ? (
        <ViewSection title="Notes">
          <p className="view-notes">{notes}</p>
        </ViewSection>
      ) : null}
    </>
  );
}
