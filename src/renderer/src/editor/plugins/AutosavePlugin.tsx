import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW } from 'lexical';
import { useEffect, useRef } from 'react';
import type { NoteSummary } from '../../../../shared/notes-domain';
import type { AppError } from '../../../../shared/result';
import { api } from '../../lib/api';
import { dropDraft, keepDraft } from '../drafts';

/** Where the open note stands with main. */
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';

const DEBOUNCE_MS = 600;

/**
 * Saves the note a moment after typing stops, and at once when the editor loses focus, the
 * page is hidden or closed, or the note is closed. Saves run one after another so an older
 * one never lands last; each change is also kept as a local draft until it is stored.
 */
export function AutosavePlugin({
  noteId,
  onStatus,
  onSaved,
}: {
  noteId: number;
  onStatus: (status: SaveStatus, error?: AppError) => void;
  onSaved: (note: NoteSummary) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const callbacks = useRef({ onStatus, onSaved });
  useEffect(() => {
    callbacks.current = { onStatus, onSaved };
  });

  useEffect(() => {
    let pending: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let queue = Promise.resolve();
    const flush = () => {
      clearTimeout(timer);
      if (pending === null) return;
      const content = pending;
      pending = null;
      callbacks.current.onStatus('saving');
      queue = queue.then(async () => {
        const result = await api.invoke('notes:save', { id: noteId, content });
        if (!result.ok) {
          callbacks.current.onStatus('error', result.error);
          return;
        }
        dropDraft(noteId, content);
        callbacks.current.onSaved(result.value);
        if (pending === null) callbacks.current.onStatus('saved');
      });
    };
    const unregisterUpdate = editor.registerUpdateListener(
      ({ editorState, dirtyElements, dirtyLeaves }) => {
        // Selection moves change nothing worth saving.
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        pending = JSON.stringify(editorState.toJSON());
        keepDraft(noteId, pending);
        callbacks.current.onStatus('unsaved');
        clearTimeout(timer);
        timer = setTimeout(flush, DEBOUNCE_MS);
      },
    );
    const unregisterBlur = editor.registerCommand(
      BLUR_COMMAND,
      () => {
        flush();
        return false;
      },
      COMMAND_PRIORITY_LOW,
    );
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      flush();
      unregisterUpdate();
      unregisterBlur();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [editor, noteId]);
  return null;
}
