import { useState } from 'react';
import { parseTags } from './inputs';

interface TagsInputProps {
  value: string[];
  placeholder?: string;
  onChange: (tags: string[]) => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A list typed comma-separated (tags, aliases); the text is kept as typed until the editor leaves the box. */
export function TagsInput({ value, onChange, placeholder = 'final, shoot-out', ...rest }: TagsInputProps) {
  const [text, setText] = useState(value.join(', '));
  return (
    <input
      {...rest}
      type="text"
      value={text}
      placeholder={placeholder}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseTags(event.target.value));
      }}
      onBlur={() => setText(value.join(', '))}
    />
  );
}
