import { useState } from 'react';
import { withScheme } from './inputs';

interface UrlInputProps {
  value: string | undefined;
  onChange: (url: string | undefined) => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** An address as people type it: "bbc.co.uk/sport" is kept as https://bbc.co.uk/sport. */
export function UrlInput({ value, onChange, ...rest }: UrlInputProps) {
  const [text, setText] = useState(value ?? '');
  return (
    <input
      {...rest}
      type="text"
      inputMode="url"
      autoComplete="url"
      placeholder="https://"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(withScheme(event.target.value));
      }}
      onBlur={() => setText(value ?? '')}
    />
  );
}
