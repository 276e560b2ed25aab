import type { PassageSource } from '../../../../shared/note-content';
import { NotesList } from './NotesList';
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

/** The Note tab: the open note beside the reader, or the list of notes to pick one. */
export function NotesPanel({ noteId, onOpenNote, ...rest }: NotesPanelProps) {
  if (noteId === null) return <NotesList onOpen={onOpenNote} />;
  return <OpenNote key={noteId} noteId={noteId} onBack={() => onOpenNote(null)} {...rest} />;
}
