interface Score {
  liverpool: number;
  opponent: number;
}

interface ScorePairProps {
  label: string;
  opponent: string;
  value: Score | undefined;
  onChange: (score: Score) => void;
  error?: string | undefined;
}

/** Liverpool's goals and the opponent's, side by side, as a scoreline. */
export function ScorePair({ label, opponent, value, onChange, error }: ScorePairProps) {
  const setSide = (side: keyof Score, text: string) =>
    onChange({ liverpool: value?.liverpool ?? 0, opponent: value?.opponent ?? 0, [side]: text === '' ? 0 : Number(text) });
  return (
    <fieldset className={`score-pair${error ? ' field--invalid' : ''}`}>
      <legend>{label}</legend>
      <label>
        <span className="score-pair__team">Liverpool</span>
        <input type="number" min={0} max={99} inputMode="numeric" aria-label={`${label}: Liverpool`} value={value?.liverpool ?? ''} onChange={(event) => setSide('liverpool', event.target.value)} />
      </label>
      <span aria-hidden="true" className="score-pair__dash">
        –
      </span>
      <label>
        <input type="number" min={0} max={99} inputMode="numeric" aria-label={`${label}: ${opponent || 'opponent'}`} value={value?.opponent ?? ''} onChange={(event) => setSide('opponent', event.target.value)} />
        <span className="score-pair__team">{opponent || 'Opponent'}</span>
      </label>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
