import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import type { Passage } from '../../../shared/domain';
import type { PassageSource } from '../../../shared/note-content';
import { QUOTE_EVENT } from '../editor/passage-transfer';
import { CitedInNotes } from '../features/notes/CitedInNotes';
import { NotesPanel } from '../features/notes/NotesPanel';
import { PassageGrip } from '../features/notes/PassageGrip';
import { QuoteSelectionShortcut } from '../features/notes/QuoteSelectionShortcut';
import { ContextPanel } from '../features/reader/ContextPanel';
import { api } from '../lib/api';
import { strings } from '../lib/strings';
import { useStored } from '../lib/useStored';

interface SidePanelProps {
  passage: Passage | null;
  onOpen: (documentId: number, ordinal: number) => void;
  /** The open document's details (fields, set-aside blocks), last in the Context tab. */
  details?: ReactNode;
  /** The note open in the Note tab (the window keeps it: the command palette exports it). */
  noteId: number | null;
  onNoteChange: (id: number | null) => void;
}

/** Asks the side panel to show its Context tab and move focus to one of its sections. */
export const SHOW_CONTEXT_EVENT = 'recoupe:show-context';
export type ContextTarget = 'context' | 'details';
export function showContext(target: ContextTarget): void {
  window.dispatchEvent(new CustomEvent<ContextTarget>(SHOW_CONTEXT_EVENT, { detail: target }));
}

const TARGET_SELECTOR: Record<ContextTarget, string> = {
  context: '.context-panel',
  details: '.source-panel',
};

/**
 * The side panel's two tabs: Context (other sources, notes citing the passage) and Note (the
 * open note, or the notes list). "Quote in note" anywhere switches to the note.
 */
export function SidePanel({
  passage,
  onOpen,
  details,
  noteId,
  onNoteChange: setNoteId,
}: SidePanelProps) {
  const [tab, setTab] = useStored<Key>('recoupe-side-tab', 'context');
  const [notesVersion, setNotesVersion] = useState(0);
  const [quoteRequest, setQuoteRequest] = useState<{
    source: PassageSource;
    nonce: number;
  } | null>(null);

  useEffect(() => {
    const onQuote = async (event: Event) => {
      const { passageId, text } = (event as CustomEvent<{ passageId: number; text: string }>)
        .detail;
      const source = await api.invoke('notes:passageSource', { passageId });
      if (!source.ok) return;
      if (noteId === null) {
        const created = await api.invoke('notes:create', { title: source.value.title });
        if (!created.ok) return;
        setNoteId(created.value.id);
      }
      setQuoteRequest({ source: { ...source.value, text }, nonce: Date.now() });
      setTab('note');
    };
    window.addEventListener(QUOTE_EVENT, onQuote);
    return () => window.removeEventListener(QUOTE_EVENT, onQuote);
  }, [noteId, setNoteId, setTab]);

  // `s` and "Article details" work from either tab: switch to Context, then focus the section
  // once the Context tab is drawn.
  const [focusTarget, setFocusTarget] = useState<ContextTarget | null>(null);
  useEffect(() => {
    const onShow = (event: Event) => {
      setTab('context');
      setFocusTarget((event as CustomEvent<ContextTarget>).detail);
    };
    window.addEventListener(SHOW_CONTEXT_EVENT, onShow);
    return () => window.removeEventListener(SHOW_CONTEXT_EVENT, onShow);
  }, [setTab]);
  useEffect(() => {
    if (tab !== 'context' || focusTarget === null) return;
    const frame = requestAnimationFrame(() => {
      const element = document.querySelector<HTMLElement>(TARGET_SELECTOR[focusTarget]);
      element?.scrollIntoView({ block: 'start' });
      element?.focus({ preventScroll: true });
      setFocusTarget(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [tab, focusTarget]);

  const openNote = useCallback(
    (id: number) => {
      setNoteId(id);
      setTab('note');
    },
    [setNoteId, setTab],
  );
  // The two window-wide helpers stay outside <Tabs>: react-aria renders a collection's children
  // a second time in a hidden tree to learn its tabs, which mounted them twice (one Ctrl+Shift+Q
  // inserted two quotes).
  return (
    <>
      <Tabs selectedKey={tab} onSelectionChange={setTab} className="side-tabs">
        <TabList aria-label={strings.sidePanel.label} className="side-tabs__list">
          <Tab id="context" className="side-tabs__tab">
            {strings.sidePanel.context}
          </Tab>
          <Tab id="note" className="side-tabs__tab">
            {strings.sidePanel.note}
          </Tab>
        </TabList>
        <TabPanel id="context" className="side-tabs__panel">
          <CitedInNotes passage={passage} notesVersion={notesVersion} onOpenNote={openNote} />
          <ContextPanel passage={passage} onOpen={onOpen} />
          {details}
        </TabPanel>
        {/* Kept mounted so switching tabs keeps the editor, its caret and its undo history. */}
        <TabPanel id="note" shouldForceMount className="side-tabs__panel">
          <NotesPanel
            noteId={noteId}
            onOpenNote={(id) => {
              setNoteId(id);
              // A note opened from elsewhere (the palette's "New note") is shown.
              if (id !== null) setTab('note');
            }}
            onOpenPassage={onOpen}
            quoteRequest={quoteRequest}
            onQuoteInserted={() => setQuoteRequest(null)}
            onSaved={() => setNotesVersion((version) => version + 1)}
          />
        </TabPanel>
      </Tabs>
      <QuoteSelectionShortcut />
      <PassageGrip />
    </>
  );
}
