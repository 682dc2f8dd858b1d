import { useState } from 'react';
import { SOURCE_KINDS, type Source } from '../../../shared/schemas/source';
import { withScheme } from '../components/inputs';
import { useHistory } from '../history/HistoryProvider';
import { InlineNewRecord } from './InlineNewRecord';

interface NewSourceInlineProps {
  /** What was typed in the picker: the new source's title to start with. */
  title: string;
  onCreated: (source: Source) => void;
  onCancel: () => void;
}

/** Adds the missing source without leaving the form: its title, kind, and address when it has one. */
export function NewSourceInline(props: NewSourceInlineProps) {
  const history = useHistory();
  const [title, setTitle] = useState(props.title);
  const [kind, setKind] = useState<Source['kind']>('article');
  const [url, setUrl] = useState('');
  const create = () => {
    const address = withScheme(url);
    return history.create('sources', { title, kind, ...(address ? { url: address } : {}) });
  };
  return (
    <InlineNewRecord noun="source" create={create} onCreated={props.onCreated} onCancel={props.onCancel}>
      <input type="text" aria-label="New source’s title" placeholder="Title" autoFocus value={title} onChange={(event) => setTitle(event.target.value)} />
      <select aria-label="New source’s kind" value={kind} onChange={(event) => setKind(event.target.value as Source['kind'])}>
        {SOURCE_KINDS.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
      <input type="text" inputMode="url" aria-label="New source’s address" placeholder="Address (optional)" value={url} onChange={(event) => setUrl(event.target.value)} />
    </InlineNewRecord>
  );
}
