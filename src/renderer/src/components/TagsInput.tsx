import { useState } from 'react';
import { parseTags } from './inputs';

interface TagsInputProps {
  value: string[];
  onChange: (tags: string[]) => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** Tags typed comma-separated; the text is kept as typed until the editor leaves the box. */
export function TagsInput({ value, onChange, ...rest }: TagsInputProps) {
  const [text, setText] = useState(value.join(', '));
  return (
    <input
      {...rest}
      type="text"
      value={text}
      placeholder="final, shoot-out"
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseTags(event.target.value));
      }}
      onBlur={() => setText(value.join(', '))}
    />
  );
}
