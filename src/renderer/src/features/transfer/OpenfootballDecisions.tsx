import type { OpenfootballDecision, OpenfootballPreview } from '../../../../shared/contract/transfer';

/** A flagged match as the editor sees it: the file's values, and every reason. */
interface FlaggedMatch {
  match: number;
  label: string;
  reasons: string[];
}

type Choice = 'wait' | OpenfootballDecision['action'];

const CHOICES: Array<[Choice, string]> = [
  ['wait', 'Hold back: decide later'],
  ['import', 'Import as the file has it'],
  ['correct', 'Correct the date and import'],
  ['skip', 'Skip it'],
];

/** The preview's flagged matches, by number, with everything said about each. */
function flaggedMatches(preview: OpenfootballPreview): FlaggedMatch[] {
  const byNumber = new Map<number, FlaggedMatch>();
  for (const problem of preview.problems) {
    const entry = byNumber.get(problem.match) ?? { match: problem.match, label: `#${problem.match} ${problem.date} ${problem.opponent}${problem.round ? `, ${problem.round}` : ''}`, reasons: [] };
    entry.reasons.push(problem.reason);
    byNumber.set(problem.match, entry);
  }
  return [...byNumber.values()].sort((a, b) => a.match - b.match);
}

interface Props {
  preview: OpenfootballPreview;
  decisions: readonly OpenfootballDecision[];
  onDecide(match: number, decision: OpenfootballDecision | null): void;
}

/** What the importer's checks found, and the editor's decision on each: nothing flagged is imported unseen. */
export function OpenfootballDecisions({ preview, decisions, onDecide }: Props) {
  const flagged = flaggedMatches(preview);
  if (flagged.length === 0) return null;
  const decided = new Map(decisions.map((decision) => [decision.match, decision]));
  return (
    <fieldset className="form-section">
      <legend>Matches to check ({flagged.length})</legend>
      <p className="muted">The file may be wrong about these. Each waits until you decide.</p>
      <ul className="transfer-list" aria-label="Matches to check">
        {flagged.map((entry) => {
          const decision = decided.get(entry.match);
          const choice: Choice = decision?.action ?? 'wait';
          return (
            <li key={entry.match} className="flagged-match">
              <strong>{entry.label}</strong>
              <span> {entry.reasons.join('; ')}</span>
              <div className="field-row">
                <label className="field">
                  <span>Decision for #{entry.match}</span>
                  <select
                    value={choice}
                    onChange={(event) => {
                      const action = event.target.value as Choice;
                      onDecide(entry.match, action === 'wait' ? null : { match: entry.match, action, ...(action === 'correct' && decision?.date ? { date: decision.date } : {}) });
                    }}
                  >
                    {CHOICES.map(([value, text]) => (
                      <option key={value} value={value}>
                        {text}
                      </option>
                    ))}
                  </select>
                </label>
                {choice === 'correct' ? (
                  <label className="field">
                    <span>Corrected date for #{entry.match}</span>
                    <input
                      type="date"
                      value={decision?.date ?? ''}
                      onChange={(event) => onDecide(entry.match, { match: entry.match, action: 'correct', ...(event.target.value ? { date: event.target.value } : {}) })}
                    />
                  </label>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
