import { requestQuote, selectedWordsIn } from '../../editor/passage-transfer';
import { useShortcut } from '../../lib/useShortcut';

/** The words selected inside one reader passage. */
function readSelection(): { passageId: number; text: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const anchor = selection.anchorNode;
  const element = (anchor instanceof Element ? anchor : anchor?.parentElement)?.closest(
    '.reader [data-passage-id]',
  );
  const text = element && selectedWordsIn(element);
  if (!element || !text) return null;
  return { passageId: Number(element.getAttribute('data-passage-id')), text };
}

/**
 * The reader passage that has the keyboard focus (reached with j/k or Tab), whole, as its grip
 * quotes it: without a mouse no words can be selected, and the grip shows only under a pointer.
 */
function focusedPassage(): { passageId: number; text: string } | null {
  const element = document.activeElement?.closest('.reader [data-passage-id]');
  const text = element?.textContent?.trim();
  if (!element || !text) return null;
  return { passageId: Number(element.getAttribute('data-passage-id')), text };
}

/**
 * What "Quote in note" would quote now: the words selected in a reader passage, else the
 * passage that has the focus; null when there is nothing to quote.
 */
export function quotableNow(): { passageId: number; text: string } | null {
  return readSelection() ?? focusedPassage();
}

/**
 * Ctrl/Cmd+Shift+Q quotes the words selected in the reader in the open note, keeping the link
 * to their passage, or with none selected the passage that has the focus. The button doing the
 * same lives in the reader's selection toolbar.
 */
export function QuoteSelectionShortcut() {
  useShortcut({ key: 'q', shift: true }, () => {
    const current = quotableNow();
    if (!current) return false;
    requestQuote(current.passageId, current.text);
  });
  return null;
}
