import { useCallback, useState } from 'react';
import { strings } from '../../lib/strings';
import type { PassageSource } from '../../../../shared/note-content';
import { useRequest } from '../../lib/requests';
import { createNote, NotesList } from './NotesList';
import { OpenNote } from './OpenNote';
import './notes.css';

interface NotesPanelProps {
  noteId: number | null;
  onOpenNote: (id: number | null) => void;
  onOpenPassage: (documentId: number, ordinal: number) => void;
  quoteRequest: { source: PassageSource; nonce: number } | null;
  onQuoteInserted: () => void;
  onSaved: () => void;
}

/**
 * Where the keyboard focus goes after the person opens or leaves a note here: the button they
 * pressed leaves the page with the list (or the note), and the focus fell to the page's body.
 * Only their own action moves it: a note reopened with the window keeps the focus where it is.
 */
type FocusAfter = { noteId: number; on: 'new-title' | 'title' | 'row' };

/** The Note tab: the open note beside the reader, or the list of notes to pick one. */
export function NotesPanel({ noteId, onOpenNote, ...rest }: NotesPanelProps) {
  const [focus, setFocus] = useState<FocusAfter | null>(null);
  // Said once, above the list, when the note that was open (or remembered) no longer exists.
  const [goneNotice, setGoneNotice] = useState(false);
  const gone = useCallback(() => {
    setGoneNotice(true);
    onOpenNote(null);
  }, [onOpenNote]);
  // The command palette's "New note", from any view: what the list's button does, with the
  // new note's title selected to be typed over.
  useRequest('new-note', () => {
    void createNote().then((id) => {
      if (id === null) return;
      setGoneNotice(false);
      setFocus({ noteId: id, on: 'new-title' });
      onOpenNote(id);
    });
  });
  if (noteId === null) {
    return (
      <NotesList
        focusNoteId={focus?.on === 'row' ? focus.noteId : null}
        notice={goneNotice ? strings.notes.noteGone : null}
        onOpen={(id, created) => {
          setGoneNotice(false);
          setFocus({ noteId: id, on: created ? 'new-title' : 'title' });
          onOpenNote(id);
        }}
      />
    );
  }
  const focusTitle = focus?.noteId === noteId && focus.on !== 'row' ? focus.on : null;
  return (
    <OpenNote
      key={noteId}
      noteId={noteId}
      focusTitle={focusTitle}
      onBack={() => {
        setGoneNotice(false);
        setFocus({ noteId, on: 'row' });
        onOpenNote(null);
      }}
      onGone={gone}
      {...rest}
    />
  );
}
