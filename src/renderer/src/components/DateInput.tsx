import { useEffect, useState } from 'react';
import { formatDate, parseDate } from '../../../shared/dates/datePattern';
import { usePreferences } from '../preferences/PreferencesProvider';

interface DateInputProps {
  /** The stored date, `YYYY-MM-DD`, or what was typed while it is not yet a date. */
  value: string;
  onChange: (value: string) => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A date typed the way the editor writes dates (25/02/2024 in the UK) or as ISO; the form is
 * given ISO as soon as the text is a real date, and the text itself until then, so the form's
 * rule says what is wrong. Shown in the editor's format once the box is left.
 */
export function DateInput({ value, onChange, ...rest }: DateInputProps) {
  const { datePattern } = usePreferences();
  const [text, setText] = useState(() => formatDate(value, datePattern));
  // A value set from outside (a reset, the pattern changed) replaces what the box shows.
  useEffect(() => {
    setText((current) => ((parseDate(current, datePattern) ?? current) === value ? current : formatDate(value, datePattern)));
  }, [value, datePattern]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={datePattern}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseDate(event.target.value, datePattern) ?? event.target.value.trim());
      }}
      onBlur={() => setText(formatDate(value, datePattern))}
    />
  );
}
