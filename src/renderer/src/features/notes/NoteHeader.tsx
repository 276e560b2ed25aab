import { useState } from 'react';
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
}

/** The open note's bar: back to the list, its title (editable: rename), save state, export. */
export function NoteHeader({ note, status, onBack, onRenamed }: NoteHeaderProps) {
  const [title, setTitle] = useState(note.title);
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
          if (event.key === 'Enter') void rename();
        }}
        className="note-header__title"
      >
        <Input className="text-input" />
      </TextField>
    </header>
  );
}
