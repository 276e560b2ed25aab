import { useEffect, useRef, useState } from 'react';
import { strings } from '../../lib/strings';

interface EditableMetaProps {
  /** The field's name as the UI says it ("outlet"). */
  label: string;
  value: string | null;
  /** What shows when not editing (the value formatted, with its basis). */
  /** The words shown instead of the raw value (a formatted date). */
  children?: string;
  disabled?: boolean;
  /** Saves a new value; null gives the field back to the import. */
  onSave: (value: string | null) => Promise<void>;
  className?: string;
}

/**
 * One document field in the reader header, corrected in place: a button showing the value
 * (click, Enter or Space edits it), then a text box where Enter saves, Escape cancels and an
 * empty box gives the field back to the import.
 */
export function EditableMeta({
  label,
  value,
  children,
  disabled,
  onSave,
  className,
}: EditableMetaProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  // Enter or Escape ends the edit, and the blur that follows must not end it twice.
  const open = useRef(false);
  const start = () => {
    open.current = true;
    setDraft(value ?? '');
  };
  const finish = async (save: boolean) => {
    if (!open.current) return;
    open.current = false;
    const text = draft?.trim() ?? '';
    setDraft(null);
    if (save && text !== (value ?? '')) await onSave(text === '' ? null : text);
    button.current?.focus();
  };

  if (draft !== null) {
    return (
      <input
        ref={input}
        className={`meta-field__input ${className ?? ''}`}
        aria-label={strings.attribution.edit(label)}
        title={strings.attribution.editHint}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void finish(true);
          else if (event.key === 'Escape') void finish(false);
        }}
        onBlur={() => void finish(true)}
      />
    );
  }
  const shown = children ?? value ?? strings.attribution.empty(label);
  return (
    <button
      ref={button}
      type="button"
      className={`meta-field ${value ? '' : 'meta-field--empty'} ${className ?? ''}`}
      // The name ends with the words shown, so speech users can say what they see (axe:
      // label-content-name-mismatch).
      aria-label={`${strings.attribution.edit(label)}: ${shown}`}
      title={strings.attribution.edit(label)}
      disabled={disabled}
      onClick={start}
    >
      {shown}
    </button>
  );
}
