import { useEffect, useState } from 'react';
import { requestQuote, selectedWordsIn } from '../../editor/passage-transfer';
import { strings } from '../../lib/strings';

interface SelectedWords {
  passageId: number;
  text: string;
  top: number;
  left: number;
}

/** The words selected inside one reader passage, with where to show the button. */
function readSelection(): SelectedWords | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const anchor = selection.anchorNode;
  const element = (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest(
    '.reader [data-passage-id]',
  );
  const text = element && selectedWordsIn(element);
  if (!element || !text) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  return {
    passageId: Number(element.getAttribute('data-passage-id')),
    text,
    // Above the selection: the highlight toolbar sits below it.
    top: rect.top - 6,
    left: rect.left,
  };
}

/**
 * "Quote in note" next to a selection in the reader, and Ctrl+Shift+Q: quotes the selected
 * words in the open note, keeping the link to their passage.
 */
export function QuoteSelectionButton() {
  const [selected, setSelected] = useState<SelectedWords | null>(null);
  useEffect(() => {
    const update = () => setSelected(readSelection());
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'q') {
        const current = readSelection();
        if (!current) return;
        event.preventDefault();
        requestQuote(current.passageId, current.text);
      }
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  if (!selected) return null;
  return (
    <button
      type="button"
      className="quote-selection"
      style={{ top: selected.top, left: selected.left }}
      title={strings.notes.quoteShortcut}
      // Keeps the reader's selection while the button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        requestQuote(selected.passageId, selected.text);
        window.getSelection()?.removeAllRanges();
      }}
    >
      {strings.notes.quoteInNote}
    </button>
  );
}
