import { useEffect } from 'react';
import type { Passage } from '../../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';

interface CitedInNotesProps {
  passage: Passage | null;
  /** Changes whenever a note is saved, so the list follows new citations. */
  notesVersion: number;
  onOpenNote: (noteId: number) => void;
}

/** Backlinks: the notes that quote or cite the focused passage. */
export function CitedInNotes({ passage, notesVersion, onOpenNote }: CitedInNotesProps) {
  const [state, reload] = useCall('notes:citing', passage ? { passageId: passage.id } : null, {
    keepPrevious: true,
  });
  useEffect(() => reload(), [notesVersion, reload]);
  if (!passage) return null;
  return (
    <section className="side-panel cited-in" aria-label={strings.notes.citedIn}>
      <h2>{strings.notes.citedIn}</h2>
      {state?.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} />}
      {state?.status === 'ready' && state.value.length === 0 && (
        <p className="empty-state">{strings.notes.citedNone}</p>
      )}
      {state?.status === 'ready' && state.value.length > 0 && (
        <ul className="cited-in__list">
          {state.value.map((note) => (
            <li key={note.noteId}>
              <button type="button" className="hit" onClick={() => onOpenNote(note.noteId)}>
                <span className="source-line">
                  <span className="source-line__outlet">{note.title}</span> ·{' '}
                  {formatDate(note.updatedAt)}
                </span>
                <span className="hit__text">
                  {strings.quoted(
                    note.quotedText.length > 200
                      ? `${note.quotedText.slice(0, 200)}…`
                      : note.quotedText,
                  )}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
