import { useEffect, useState } from 'react';
import { PASSAGE_MIME, requestQuote } from '../../editor/passage-transfer';
import { strings } from '../../lib/strings';

interface Hovered {
  element: HTMLElement;
  top: number;
  left: number;
}

const GRIP_WIDTH = 26;

function place(element: HTMLElement): Hovered {
  const rect = element.getBoundingClientRect();
  return { element, top: rect.top + 4, left: rect.left - GRIP_WIDTH - 2 };
}

/**
 * A grip in the margin of the passage under the pointer: drag it into the note to quote the
 * whole passage where it is dropped, or press it to quote it at the caret. The reader's text
 * itself stays selectable (a draggable paragraph could not be selected with the mouse).
 */
export function PassageGrip() {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  useEffect(() => {
    const onOver = (event: MouseEvent) => {
      const target = event.target as Element | null;
      if (target?.closest?.('.passage-grip')) return;
      const passage = target?.closest?.<HTMLElement>('.reader [data-passage-id]');
      setHovered((current) =>
        passage ? (current?.element === passage ? current : place(passage)) : null,
      );
    };
    // Scrolling moves the passage: the fixed-position grip follows it.
    const onScroll = () => setHovered((current) => current && place(current.element));
    document.addEventListener('mouseover', onOver);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('scroll', onScroll, true);
    };
  }, []);
  if (!hovered) return null;
  const passageId = Number(hovered.element.getAttribute('data-passage-id'));
  const text = hovered.element.textContent ?? '';
  return (
    <button
      type="button"
      className="passage-grip"
      draggable
      style={{ top: hovered.top, left: hovered.left }}
      aria-label={strings.notes.dragPassage}
      title={strings.notes.dragPassage}
      onDragStart={(event) => {
        // The drop completes outlet, title and URL from the corpus.
        event.dataTransfer.setData(PASSAGE_MIME, JSON.stringify({ passageId, text }));
        event.dataTransfer.setData('text/plain', text);
        event.dataTransfer.effectAllowed = 'copy';
      }}
      onClick={() => requestQuote(passageId, text)}
    >
      ⠿
    </button>
  );
}
