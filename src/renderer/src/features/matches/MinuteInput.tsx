import { useEffect, useState } from 'react';
import { minuteText, parseGoalLine } from './goalLine';

interface MinuteInputProps {
  minute: number;
  addedTime: number | undefined;
  onChange: (time: { minute: number; addedTime: number | undefined }) => void;
  'aria-label': string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A goal's minute as match reports write it, added time included: 54, 90+6. */
export function MinuteInput({ minute, addedTime, onChange, ...aria }: MinuteInputProps) {
  const [text, setText] = useState(minuteText({ minute, addedTime }));
  // Follows the goal when it changes from outside (a goal removed above, an undo).
  useEffect(() => {
    const typed = parseGoalLine(text);
    if (typed?.minute !== minute || typed.addedTime !== addedTime) setText(minuteText({ minute, addedTime }));
  }, [minute, addedTime]);
  return (
    <input
      {...aria}
      type="text"
      inputMode="numeric"
      className="goal-row__minute"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const typed = parseGoalLine(event.target.value);
        if (typed && typed.scorer === '') onChange({ minute: typed.minute, addedTime: typed.addedTime });
      }}
    />
  );
}
