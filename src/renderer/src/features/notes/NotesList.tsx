import { useEffect, useRef, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import type { NoteSummary } from '../../../../shared/notes-domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SearchInput } from '../../components/SearchInput';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import '../../components/menu.css';
import '../../components/buttons.css';

const UNDO_SECONDS = 10;

/** "New note": an empty note in the corpus, its id (null when it could not be made). */
export async function createNote(): Promise<number | null> {
  const result = await api.invoke('notes:create', {});
  return result.ok ? result.value.id : null;
}

/** The notes list: search, create, and per note open, duplicate, delete (with undo). */
export function NotesList({
  onOpen,
  focusNoteId = null,
  notice = null,
}: {
  /** `created` when the note was just made by "New note". */
  onOpen: (id: number, created?: boolean) => void;
  /** The note whose row takes the focus once the list shows it (the note just left). */
  focusNoteId?: number | null;
  /** A word on why the list shows (the note that was open no longer exists). */
  notice?: string | null;
}) {
  const [query, setQuery] = useState('');
  const [state, reload] = useCall('notes:list', { query }, { keepPrevious: true });
  const list = useRef<HTMLUListElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || focusNoteId === null || state?.status !== 'ready') return;
    focused.current = true;
    list.current?.querySelector<HTMLElement>(`[data-note-id="${focusNoteId}"]`)?.focus();
  }, [state, focusNoteId]);
  const [deleted, setDeleted] = useState<NoteSummary | null>(null);
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [deleted]);

  const create = async () => {
    const id = await createNote();
    if (id !== null) onOpen(id, true);
  };
  const act = async (note: NoteSummary, action: string) => {
    if (action === 'open') return onOpen(note.id);
    if (action === 'duplicate') {
      const result = await api.invoke('notes:duplicate', { id: note.id });
      if (result.ok) reload();
    }
    if (action === 'delete') {
      const result = await api.invoke('notes:delete', { id: note.id });
      if (result.ok) setDeleted(note);
      reload();
    }
  };
  const undo = async () => {
    if (!deleted) return;
    await api.invoke('notes:restore', { id: deleted.id });
    setDeleted(null);
    reload();
  };

  const notes = state?.status === 'ready' ? state.value : [];
  return (
    <section className="notes-list" aria-label={strings.notes.title}>
      <div className="notes-list__bar">
        <SearchInput
          label={strings.notes.searchLabel}
          placeholder={strings.notes.searchPlaceholder}
          value={query}
          onChange={setQuery}
          className="notes-list__search"
        />
        <Button className="button--primary" onPress={() => void create()}>
          {strings.notes.newNote}
        </Button>
      </div>
      {notice && (
        <p className="notes-list__notice" role="status">
          {notice}
        </p>
      )}
      {deleted && (
        <div className="notes-list__undo" role="status">
          {strings.notes.deleted(deleted.title)}{' '}
          <Button className="link" onPress={() => void undo()}>
            {strings.notes.undo}
          </Button>
        </div>
      )}
      {state?.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} />}
      {state?.status === 'ready' && notes.length === 0 && (
        <p className="empty-state">{query ? strings.notes.noMatch(query) : strings.notes.none}</p>
      )}
      <ul className="notes-list__items" ref={list}>
        {notes.map((note) => (
          <li key={note.id} className="notes-list__item">
            <button
              type="button"
              className="notes-list__open"
              data-note-id={note.id}
              onClick={() => onOpen(note.id)}
            >
              <span className="notes-list__title">{note.title}</span>
              <span className="notes-list__meta">
                {formatDate(note.updatedAt)} · {strings.notes.citations(note.citationCount)}
              </span>
            </button>
            <MenuTrigger>
              <Button aria-label={strings.notes.actions(note.title)} className="notes-list__menu">
                ⋯
              </Button>
              <Popover className="popover">
                <Menu className="menu" onAction={(key) => void act(note, String(key))}>
                  <MenuItem id="open" className="menu__item">
                    {strings.notes.open}
                  </MenuItem>
                  <MenuItem id="duplicate" className="menu__item">
                    {strings.notes.duplicate}
                  </MenuItem>
                  <MenuItem id="delete" className="menu__item menu__item--danger">
                    {strings.notes.delete}
                  </MenuItem>
                </Menu>
              </Popover>
            </MenuTrigger>
          </li>
        ))}
      </ul>
    </section>
  );
}
