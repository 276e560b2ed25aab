import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetail } from '../../../../shared/domain';
import { setPassageDragData } from '../../editor/passage-transfer';
import {
  HIGHLIGHT_COLORS,
  type Highlight,
  type HighlightColor,
} from '../../../../shared/highlights';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EDIT_HIGHLIGHT_EVENT } from './CommentMark';
import { FindBar } from './FindBar';
import { HighlightEditor } from './HighlightEditor';
import { passageIndexAt, rangesByPassage } from './layout';
import { OrphanedHighlights } from './OrphanedHighlights';
import { PassageView, type DrawnHighlight } from './PassageView';
import { isSubheading } from './subheadings';
import { ReaderHeader } from './ReaderHeader';
import { findMatches, foldForFind, type MarkRange } from './segments';
import {
  placeAround,
  placeBelow,
  selectionIn,
  type Placement,
  type TextSelection,
} from './selection';
import type { SelectedWords } from '../timeline/AddEventFromSelection';
import { selectedWordsIn } from '../../editor/passage-transfer';
import { SelectionToolbar } from './SelectionToolbar';
import { useHighlights } from './useHighlights';
import { useReaderKeys } from './useReaderKeys';
import './reader.css';

/**
 * Passages rendered at first, and added each time the reader nears the end of what it drew.
 * Measured scrolling a 1 MB document in headless Chromium: 40 per chunk gives a 17 ms median
 * frame and a 41 ms 95th percentile; 120 per chunk, or CSS content-visibility, gave more long
 * frames.
 */
const CHUNK = 40;
const NONE: readonly never[] = [];

interface ReaderProps {
  document: DocumentDetail;
  focusedOrdinal: number | null;
  onFocusPassage: (ordinal: number) => void;
  /** Moves to a passage without adding a history entry (j/k, highlight stepping). */
  onStepTo: (ordinal: number) => void;
  /** Makes a passage the current one where it stands (no scroll): the selection's passage. */
  onFollow: (ordinal: number) => void;
  onShowContext?: (target: 'context' | 'details') => void;
  onDelete?: () => void;
  /** Called after a field was corrected in the header. */
  onChanged?: () => void;
}

type Floating = { top: number; left: number };

/**
 * One document's clean text, passage by passage, drawn in chunks as it scrolls so long documents
 * open at once; highlights, find in document, the selection toolbar and the reader's keys.
 */
export function Reader({ document, focusedOrdinal, ...props }: ReaderProps) {
  const container = useRef<HTMLElement>(null);
  const textRoot = useRef<HTMLDivElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const clicked = useRef<number | null>(null);
  const { passages } = document;
  const textRevision = useMemo(
    () => passages.map((passage) => `${passage.id}:${passage.start}:${passage.end}`).join(','),
    [passages],
  );
  const highlightsApi = useHighlights(document.id, textRevision);
  const { highlights } = highlightsApi;
  const [selection, setSelection] = useState<
    (TextSelection & { placement: Placement; below: Floating; words: SelectedWords }) | null
  >(null);
  // While the toolbar's date form is typed in, the page selection collapses: keep the toolbar.
  const pinned = useRef(false);
  const [editing, setEditing] = useState<({ id: number } & Floating) | null>(null);
  const [currentHighlightId, setCurrentHighlightId] = useState<number | null>(null);
  const [find, setFind] = useState<{ query: string; index: number } | null>(null);
  const [rendered, setRendered] = useState(CHUNK);

  const placed = useMemo(
    () => highlights.filter((item) => item.status !== 'orphaned'),
    [highlights],
  );
  const orphans = useMemo(
    () => highlights.filter((item) => item.status === 'orphaned'),
    [highlights],
  );
  const drawn = useMemo(
    () =>
      rangesByPassage<DrawnHighlight>(
        passages,
        placed.map(({ id, start, end, color, comment }) => ({ id, start, end, color, comment })),
      ),
    [passages, placed],
  );
  const finding = find !== null;
  const folded = useMemo(
    () => (finding ? foldForFind(document.text) : ''),
    [finding, document.text],
  );
  const matches = useMemo(() => (find ? findMatches(folded, find.query) : []), [folded, find]);
  const matchGroups = useMemo(() => {
    const groups = rangesByPassage(
      passages,
      matches.map((match, index) => ({ ...match, index })),
    );
    return groups;
  }, [passages, matches]);
  const currentMatch = find && matches.length > 0 ? find.index % matches.length : -1;

  // Whatever the reader must show (a linked passage, a match, a highlight) is drawn first.
  const focusIndex =
    focusedOrdinal === null ? -1 : passages.findIndex((p) => p.ordinal === focusedOrdinal);
  const matchIndex =
    currentMatch >= 0 ? passageIndexAt(passages, matches[currentMatch]!.start) : -1;
  const visible = Math.min(
    passages.length,
    Math.max(rendered, focusIndex + CHUNK / 2, matchIndex + CHUNK / 2),
  );

  useEffect(() => {
    const target = sentinel.current;
    if (!target || visible >= passages.length) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setRendered((count) => count + CHUNK);
      },
      // The viewport as root: whichever ancestor scrolls, intersection is clipped by it.
      { rootMargin: '0px 0px 2000px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [visible, passages.length]);

  useEffect(() => {
    if (focusedOrdinal === null) {
      container.current?.scrollTo({ top: 0 });
      return;
    }
    const element = container.current?.querySelector<HTMLElement>(`#passage-${focusedOrdinal}`);
    if (!element) return;
    // A passage the reader just clicked is already where the reader looks: no jump, no flash.
    if (clicked.current === focusedOrdinal) {
      clicked.current = null;
      return;
    }
    element.scrollIntoView({ block: 'center' });
    // Keyboard focus follows the opened passage when it has nowhere else to be: the search
    // results (or whatever opened it) closed under it, or it was on the previous passage. Focus
    // in a field, the note or the side panel stays where the person put it.
    const active = window.document.activeElement;
    if (!active || active === window.document.body || active.classList.contains('passage')) {
      element.focus({ preventScroll: true });
    }
    element.classList.remove('passage--flash');
    // Reading offsetWidth restarts the CSS animation when the same passage is opened twice.
    void element.offsetWidth;
    element.classList.add('passage--flash');
  }, [document.id, focusedOrdinal]);

  useEffect(() => {
    if (currentMatch < 0) return;
    container.current
      ?.querySelector(`[data-match-index="${currentMatch}"]`)
      ?.scrollIntoView({ block: 'center' });
  }, [currentMatch, find?.query]);

  useEffect(() => {
    const clear = () => {
      if (window.getSelection()?.isCollapsed && !pinned.current) setSelection(null);
    };
    window.document.addEventListener('selectionchange', clear);
    return () => window.document.removeEventListener('selectionchange', clear);
  }, []);

  const readSelection = useCallback(() => {
    const root = textRoot.current;
    const range = root && selectionIn(root);
    if (!root || !range || !container.current) return;
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const passage = passages[passageIndexAt(passages, range.start)];
    const text = selectedWordsIn(root);
    if (!passage || !text) return;
    pinned.current = false;
    setSelection({
      ...range,
      placement: placeAround(container.current, rect),
      below: placeBelow(container.current, rect),
      // Quoting and dating take the words of the passage the selection starts in.
      words: {
        passageId: passage.id,
        start: range.start - passage.start,
        end: Math.min(range.end, passage.end) - passage.start,
        text,
      },
    });
    setEditing(null);
    // The side panel follows the passage the selection starts in.
    if (passage.ordinal !== focusedOrdinal) {
      clicked.current = passage.ordinal;
      props.onFollow(passage.ordinal);
    }
  }, [passages, focusedOrdinal, props]);

  const highlightSelection = useCallback(
    (color: HighlightColor) => {
      if (!selection) return false;
      void highlightsApi
        .create({ documentId: document.id, start: selection.start, end: selection.end, color })
        .then((created) => {
          if (!created) return;
          setEditing({ id: created.id, ...selection.below });
        });
      window.getSelection()?.removeAllRanges();
      setSelection(null);
      return true;
    },
    [selection, highlightsApi, document.id],
  );

  /**
   * With no words selected, 1–4 highlight the passage that has the keyboard focus (reached with
   * j/k or Tab, or clicked): without a mouse there was no way to select words, so no way to
   * highlight at all.
   */
  const highlightFocusedPassage = (color: HighlightColor) => {
    const element = window.document.activeElement;
    if (!(element instanceof HTMLElement) || !container.current?.contains(element)) return false;
    const passage = passages.find(
      (item) => item.id === Number(element.getAttribute('data-passage-id')),
    );
    if (!passage) return false;
    const below = placeBelow(container.current, element.getBoundingClientRect());
    void highlightsApi
      .create({ documentId: document.id, start: passage.start, end: passage.end, color })
      .then((created) => {
        if (created) setEditing({ id: created.id, ...below });
      });
    return true;
  };

  const openEditor = (highlight: Highlight) => {
    const mark = container.current?.querySelector(`[data-highlight-id="${highlight.id}"]`);
    if (!mark || !container.current) return;
    setCurrentHighlightId(highlight.id);
    setEditing({
      id: highlight.id,
      ...placeBelow(container.current, mark.getBoundingClientRect()),
    });
  };

  // A comment mark in the margin opens its highlight's card.
  const openEditorRef = useRef(openEditor);
  useEffect(() => {
    openEditorRef.current = openEditor;
  });
  useEffect(() => {
    const root = textRoot.current;
    const onEdit = (event: Event) => {
      const id = (event as CustomEvent<number>).detail;
      const highlight = highlights.find((item) => item.id === id);
      if (highlight) openEditorRef.current(highlight);
    };
    root?.addEventListener(EDIT_HIGHLIGHT_EVENT, onEdit);
    return () => root?.removeEventListener(EDIT_HIGHLIGHT_EVENT, onEdit);
  }, [highlights]);

  const stepHighlight = (direction: 1 | -1) => {
    if (placed.length === 0) return;
    const at = placed.findIndex((item) => item.id === currentHighlightId);
    const next = placed[(at + direction + placed.length) % placed.length] ?? placed[0]!;
    if (at === -1 && direction === -1) return stepTo(placed.at(-1)!);
    stepTo(next);
  };
  const stepTo = (highlight: Highlight) => {
    setCurrentHighlightId(highlight.id);
    props.onStepTo(passages[passageIndexAt(passages, highlight.start)]!.ordinal);
  };

  useReaderKeys({
    stepPassage: (direction) => {
      const index = Math.min(passages.length - 1, Math.max(0, focusIndex + direction));
      clicked.current = null;
      if (passages[index]) props.onStepTo(passages[index].ordinal);
    },
    stepHighlight,
    highlightSelection: (color) => highlightSelection(color) || highlightFocusedPassage(color),
    openFind: () => setFind((current) => current ?? { query: '', index: 0 }),
    showContext: () => props.onShowContext?.('context'),
    editHighlight: () => {
      // With words selected, `c` comments on them (a highlight in the first colour, then its card).
      if (highlightSelection(HIGHLIGHT_COLORS[0])) return;
      const current = placed.find((item) => item.id === currentHighlightId);
      if (current) openEditor(current);
    },
    escape: () => {
      setEditing(null);
      pinned.current = false;
      setSelection(null);
    },
  });

  const editingHighlight = editing && highlights.find((item) => item.id === editing.id);
  return (
    <article className="reader" ref={container} aria-label={document.title}>
      {find && (
        <FindBar
          query={find.query}
          current={Math.max(0, currentMatch)}
          total={matches.length}
          onQuery={(query) => setFind({ query, index: 0 })}
          onStep={(direction) =>
            setFind(
              (current) =>
                current && {
                  ...current,
                  index: (current.index + direction + matches.length) % Math.max(1, matches.length),
                },
            )
          }
          onClose={() => setFind(null)}
        />
      )}
      <ReaderHeader
        document={document}
        highlightCount={highlights.length}
        onDelete={props.onDelete}
        onChanged={props.onChanged}
        onShowDetails={props.onShowContext && (() => props.onShowContext?.('details'))}
      />
      {highlightsApi.error && <ErrorMessage error={highlightsApi.error} />}
      {highlightsApi.loadError && (
        <ErrorMessage error={highlightsApi.loadError} onRetry={highlightsApi.reload} />
      )}
      <OrphanedHighlights highlights={orphans} onDelete={(id) => void highlightsApi.remove(id)} />
      <div
        className="reader__text"
        ref={textRoot}
        lang={document.language ?? undefined}
        onMouseUp={readSelection}
        onKeyUp={(event) => event.shiftKey && readSelection()}
        onDragStart={(event) => {
          // Dragging selected words into a note quotes them with their passage's provenance.
          const target = event.target as Node;
          const element = (target instanceof Element ? target : target.parentElement)?.closest(
            '[data-passage-id]',
          );
          const passage = passages.find(
            (item) => item.id === Number(element?.getAttribute('data-passage-id')),
          );
          if (element && passage) {
            setPassageDragData(
              { dataTransfer: event.dataTransfer, currentTarget: element },
              document,
              passage,
            );
          }
        }}
        onClick={(event) => {
          if (!window.getSelection()?.isCollapsed) return;
          const target = event.target as HTMLElement;
          const mark = target.closest<HTMLElement>('[data-highlight-id]');
          const highlight =
            mark && highlights.find((item) => item.id === Number(mark.dataset.highlightId));
          if (highlight) openEditor(highlight);
          const passage = target.closest<HTMLElement>('.passage');
          if (!passage) return;
          clicked.current = Number(passage.dataset.ordinal);
          props.onFocusPassage(Number(passage.dataset.ordinal));
        }}
      >
        {passages.slice(0, visible).map((passage, index) => {
          const passageMatches = matchGroups.get(index) ?? NONE;
          const first = passageMatches[0]?.index ?? 0;
          const last = passageMatches.at(-1)?.index ?? -1;
          const hasCurrent = drawn.get(index)?.some((item) => item.id === currentHighlightId);
          return (
            <PassageView
              key={passage.id}
              passage={passage}
              highlights={drawn.get(index) ?? NONE}
              matches={passageMatches as readonly MarkRange[]}
              firstMatch={first}
              currentMatch={currentMatch >= first && currentMatch <= last ? currentMatch : -1}
              currentHighlightId={hasCurrent ? currentHighlightId : null}
              focused={passage.ordinal === focusedOrdinal}
              french={document.language === 'fr'}
              subheading={isSubheading(passage.text, passages[index + 1]?.text)}
            />
          );
        })}
        {visible < passages.length && (
          <div ref={sentinel} className="reader__more" aria-hidden="true" />
        )}
      </div>
      {selection && (
        <SelectionToolbar
          key={`${selection.start}-${selection.end}`}
          placement={selection.placement}
          words={selection.words}
          onHighlight={highlightSelection}
          onComment={() => highlightSelection(HIGHLIGHT_COLORS[0])}
          onPin={(value) => {
            pinned.current = value;
          }}
          onDone={() => setSelection(null)}
        />
      )}
      {editing && editingHighlight && (
        <HighlightEditor
          key={editingHighlight.id}
          highlight={editingHighlight}
          top={editing.top}
          left={editing.left}
          onSave={(changes) => {
            void highlightsApi.update({ id: editingHighlight.id, ...changes });
            setEditing(null);
          }}
          onDelete={() => {
            void highlightsApi.remove(editingHighlight.id);
            setEditing(null);
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </article>
  );
}
