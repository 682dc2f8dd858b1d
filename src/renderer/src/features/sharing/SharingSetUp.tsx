import { useId, useState } from 'react';
import { shareUrlProblem } from '../../../../shared/derived/shareUrl';

interface SetUp {
  how: 'publish' | 'join';
  url: string;
  token?: string;
}

/** Publishing this archive to an empty git repository, or joining a colleague's. */
export function SharingSetUp({ busy, onSetUp }: { busy: boolean; onSetUp: (input: SetUp) => void }) {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = url.trim() ? shareUrlProblem(url.trim()) : 'must not be empty';
  const errorId = useId();
  const submit = (how: SetUp['how']) => {
    setTouched(true);
    if (problem) return;
    onSetUp({ how, url: url.trim(), ...(token.trim() ? { token: token.trim() } : {}) });
  };
  return (
    <form className="sharing-setup" onSubmit={(event) => event.preventDefault()} aria-label="Set up sharing">
      <p className="muted">
        Share this archive with the newsroom through a private git repository (GitHub, GitLab, Gitea, Azure DevOps…). Give its HTTPS address and a token that may
        read and write that repository only; the token is kept in this computer’s keychain.
      </p>
      <div className={`field${touched && problem ? ' field--invalid' : ''}`}>
        <label htmlFor="share-url">Repository address</label>
        <input
          id="share-url"
          type="url"
          value={url}
          placeholder="https://git.example.com/newsroom/klopp-archive.git"
          aria-invalid={touched && problem ? true : undefined}
          aria-describedby={touched && problem ? errorId : undefined}
          onChange={(event) => setUrl(event.target.value)}
        />
        {touched && problem ? (
          <p id={errorId} className="field__error">
            Repository address: {problem}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="share-token">Access token</label>
        <input id="share-token" type="password" autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} />
      </div>
      <div className="editor__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => submit('publish')}>
          Publish this archive
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => submit('join')}>
          Join a colleague’s archive
        </button>
      </div>
    </form>
  );
}
