import { useCallback, useEffect, useState } from 'react';
import type { PassageSource } from '../../../../shared/note-content';
import type { NoteSummary } from '../../../../shared/notes-domain';
import type { AppError } from '../../../../shared/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NoteEditor } from '../../editor/NoteEditor';
import type { SaveStatus } from '../../editor/plugins/AutosavePlugin';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { NoteHeader } from './NoteHeader';

interface OpenNoteProps {
  noteId: number;
  quoteRequest: { source: PassageSource; nonce: number } | null;
  onQuoteInserted: () => void;
  onBack: () => void;
  /** The note no longer exists (deleted since it was opened or remembered). */
  onGone: () => void;
  onOpenPassage: (documentId: number, ordinal: number) => void;
  onSaved: () => void;
  /** Focus the title on opening (selected, for a new note's placeholder title to be typed over). */
  focusTitle?: 'title' | 'new-title' | null;
}

/** One note, open for writing: its header and its editor. */
export function OpenNote(props: OpenNoteProps) {
  const { noteId, onBack, onGone, onOpenPassage, onSaved } = props;
  const [state, reload] = useCall('notes:get', { id: noteId });
  const gone = state?.status === 'error' && state.error.code === 'not-found';
  // A note that no longer exists cannot come back by retrying: the list is shown instead.
  useEffect(() => {
    if (gone) onGone();
  }, [gone, onGone]);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const [summary, setSummary] = useState<NoteSummary | null>(null);
  // Enter in the title goes on into the text, where the person means to write next.
  const [textFocus, setTextFocus] = useState(0);
  const openPassage = useCallback(
    (source: PassageSource) => onOpenPassage(source.documentId, source.ordinal),
    [onOpenPassage],
  );
  const onStatus = useCallback((next: SaveStatus, error?: AppError) => {
    setStatus(next);
    setSaveError(error ?? null);
  }, []);
  const saved = useCallback(
    (note: NoteSummary) => {
      setSummary(note);
      onSaved();
    },
    [onSaved],
  );
  if (gone) return <p className="muted">{strings.loading}</p>;
  if (state?.status === 'error')
    return (
      <>
        <ErrorMessage error={state.error} onRetry={reload} />
        <button type="button" className="link" onClick={onBack}>
          {strings.notes.allNotes}
        </button>
      </>
    );
  if (state?.status !== 'ready') return <p className="muted">{strings.loading}</p>;
  const note = state.value;
  return (
    <section className="open-note" aria-label={summary?.title ?? note.title}>
      <NoteHeader
        note={summary ?? note}
        status={status}
        onBack={onBack}
        onRenamed={saved}
        focus={props.focusTitle ?? null}
        onTitleDone={() => setTextFocus((count) => count + 1)}
      />
      {saveError && <ErrorMessage error={saveError} />}
      <NoteEditor
        key={note.id}
        note={note}
        quoteRequest={props.quoteRequest}
        onQuoteInserted={props.onQuoteInserted}
        onOpenPassage={openPassage}
        onStatus={onStatus}
        onSaved={saved}
        focusRequest={textFocus}
      />
    </section>
  );
}
