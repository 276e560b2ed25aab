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
 * Ctrl/Cmd+Shift+Q quotes the words selected in the reader in the open note, keeping the link
 * to their passage. The button doing the same lives in the reader's selection toolbar.
 */
export function QuoteSelectionShortcut() {
  useShortcut({ key: 'q', shift: true }, () => {
    const current = readSelection();
    if (!current) return false;
    requestQuote(current.passageId, current.text);
  });
  return null;
}
