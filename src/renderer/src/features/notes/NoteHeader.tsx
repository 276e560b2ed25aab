import { useEffect, useRef, useState } from 'react';
import { Button, Input, TextField } from 'react-aria-components';
import type { NoteSummary } from '../../../../shared/notes-domain';
import type { SaveStatus } from '../../editor/plugins/AutosavePlugin';
import { api } from '../../lib/api';
import { strings } from '../../lib/strings';
import { ExportDialog } from './ExportDialog';
import '../../components/field.css';

interface NoteHeaderProps {
  note: NoteSummary;
  status: SaveStatus;
  onBack: () => void;
  onRenamed: (note: NoteSummary) => void;
  /** Focus the title once shown; `new-title` also selects it, to be typed over. */
  focus: 'title' | 'new-title' | null;
  /** Enter in the title: the title is kept and the writing goes on in the text. */
  onTitleDone: () => void;
}

/** The open note's bar: back to the list, its title (editable: rename), save state, export. */
export function NoteHeader({
  note,
  status,
  onBack,
  onRenamed,
  focus,
  onTitleDone,
}: NoteHeaderProps) {
  const [title, setTitle] = useState(note.title);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focus) return;
    input.current?.focus();
    if (focus === 'new-title') input.current?.select();
    // Once, when the note opens: a later render must not pull the focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const rename = async () => {
    const next = title.trim();
    if (!next || next === note.title) return setTitle(note.title);
    const result = await api.invoke('notes:rename', { id: note.id, title: next });
    if (result.ok) onRenamed(result.value);
  };
  return (
    <header className="note-header">
      <div className="note-header__row">
        <Button className="link" onPress={onBack}>
          {strings.notes.allNotes}
        </Button>
        <span className={`note-header__status note-header__status--${status}`} role="status">
          {strings.notes.status[status]}
        </span>
        <ExportDialog noteId={note.id} />
      </div>
      <TextField
        aria-label={strings.notes.titleLabel}
        value={title}
        onChange={setTitle}
        onBlur={() => void rename()}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          // Enter used to keep the focus here, and the text typed next ran on into the title.
          // Leaving the field renames the note (onBlur).
          event.preventDefault();
          onTitleDone();
        }}
        className="note-header__title"
      >
        <Input ref={input} className="text-input" />
      </TextField>
    </header>
  );
}
