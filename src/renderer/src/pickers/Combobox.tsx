import { useEffect, useId, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { PickerEntry } from './pickerEntries';
import './combobox.css';

export interface ComboboxOption {
  key: string;
  label: ReactNode;
  detail?: string;
  /** The record it stands for; none for "New person…" or "No particular match". */
  entry?: PickerEntry;
  run: () => void;
}

interface ComboboxProps {
  text: string;
  onTextChange: (text: string) => void;
  options: ComboboxOption[];
  /** How many more matched than are shown: the editor types more letters to narrow them. */
  more: number;
  /** Called when the keyboard or pointer leaves the box without choosing. */
  onLeave?: () => void;
  /** Escape with the list closed: give up what was typed. Returns whether it did anything. */
  onRevert?: () => boolean;
  /** Tab with the list open chooses the highlighted record, as Enter does. */
  chooseOnTab?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  input: {
    id?: string | undefined;
    'aria-label'?: string | undefined;
    'aria-invalid'?: boolean | undefined;
    'aria-describedby'?: string | undefined;
    placeholder?: string | undefined;
  };
}

/**
 * A text box with a list of suggestions, as the ARIA combobox pattern describes: the keyboard
 * stays in the box (↑ ↓ move through the list, Enter chooses, Escape closes it, Alt+↓ opens it),
 * the highlighted option is announced through aria-activedescendant.
 */
export function Combobox({ text, onTextChange, options, more, onLeave, onRevert, chooseOnTab, inputRef, input }: ComboboxProps) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const current = open ? Math.min(active, options.length - 1) : -1;
  const optionId = (index: number) => `${listId}-option-${index}`;

  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (option: ComboboxOption | undefined) => {
    if (!option) return;
    setOpen(false);
    option.run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key, altKey } = event;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      // Also keeps Alt+arrows (next and previous record) from leaving the form mid-choice.
      event.preventDefault();
      if (altKey) return setOpen(key === 'ArrowDown');
      if (!open) {
        setOpen(true);
        return setActive(key === 'ArrowDown' ? 0 : options.length - 1);
      }
      setActive((index) => (index + (key === 'ArrowDown' ? 1 : -1) + options.length) % Math.max(1, options.length));
    } else if (key === 'Enter' && open && current >= 0) {
      event.preventDefault();
      choose(options[current]);
    } else if (key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else if (onRevert?.()) {
        event.preventDefault();
      }
    } else if (key === 'Tab' && open) {
      const option = options[current];
      if (chooseOnTab && option?.entry) choose(option);
      else setOpen(false);
    }
  };

  return (
    <div
      className="combobox"
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        setOpen(false);
        onLeave?.();
      }}
    >
      <input
        {...input}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={onKeyDown}
      />
      <div className="combobox__popup" hidden={!open || (options.length === 0 && more === 0)}>
        <ul id={listId} role="listbox" aria-label="Suggestions" className="combobox__list">
          {open
            ? options.map((option, index) => (
                <li
                  key={option.key}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === current}
                  className={`combobox__option${option.entry ? '' : ' combobox__option--action'}`}
                  // Keeps the keyboard in the box while the pointer chooses.
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActive(index)}
                  onClick={() => choose(option)}
                >
                  <span className="combobox__label">{option.label}</span>
                  {option.detail ? <span className="combobox__detail">{option.detail}</span> : null}
                </li>
              ))
            : null}
        </ul>
        {more > 0 ? <p className="combobox__more">{more.toLocaleString()} more: type more letters</p> : null}
      </div>
    </div>
  );
}
