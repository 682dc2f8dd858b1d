import type { FieldChange } from '../../../../shared/contract/history';

/** What differs between two versions of a record, field by field; a quote's words word by word. */
export function FieldChanges({ fields }: { fields: readonly FieldChange[] }) {
  if (fields.length === 0) return <p className="muted history-fields__none">No field changed.</p>;
  return (
    <dl className="history-fields">
      {fields.map((field) => (
        <div key={field.path} className={`history-fields__row history-fields__row--${field.change}`}>
          <dt>
            {field.path} <span className="history-fields__change">{field.change}</span>
          </dt>
          <dd>{field.words ? <WordDiff words={field.words} /> : <ValueDiff before={field.before} after={field.after} />}</dd>
        </div>
      ))}
    </dl>
  );
}

function WordDiff({ words }: { words: NonNullable<FieldChange['words']> }) {
  return (
    <p className="history-words">
      {words.map((word, index) =>
        word.change === 'added' ? (
          <ins key={index}>{word.text}</ins>
        ) : word.change === 'removed' ? (
          <del key={index}>{word.text}</del>
        ) : (
          <span key={index}>{word.text}</span>
        ),
      )}
    </p>
  );
}

function ValueDiff({ before, after }: { before?: string; after?: string }) {
  return (
    <p className="history-values">
      {before !== undefined ? <del>{before || '(empty)'}</del> : null}
      {before !== undefined && after !== undefined ? <span aria-hidden="true"> → </span> : null}
      {after !== undefined ? <ins>{after || '(empty)'}</ins> : null}
    </p>
  );
}
