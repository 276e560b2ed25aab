/**
 * Unsaved note content kept in localStorage from the moment it is typed until main has stored
 * it, so a crash or a closed window between two saves loses nothing: the next open restores it.
 */
const key = (noteId: number) => `recoupe-note-draft-${noteId}`;

/** Keeps content that is not saved yet. */
export function keepDraft(noteId: number, content: string): void {
  try {
    localStorage.setItem(key(noteId), content);
  } catch {
    // A full localStorage only loses the crash copy; the debounced save still runs.
  }
}

/** The content of a note that was never saved, if any. */
export function readDraft(noteId: number): string | null {
  return localStorage.getItem(key(noteId));
}

/** Forgets a draft once the same content is stored. */
export function dropDraft(noteId: number, content: string): void {
  if (localStorage.getItem(key(noteId)) === content) localStorage.removeItem(key(noteId));
}
