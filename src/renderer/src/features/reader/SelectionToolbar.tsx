import { useState } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/highlights';
import { requestQuote } from '../../editor/passage-transfer';
import { strings } from '../../lib/strings';
import { AddEventForm, type SelectedWords } from '../timeline/AddEventFromSelection';
import type { Placement } from './selection';

interface SelectionToolbarProps {
  placement: Placement;
  words: SelectedWords;
  onHighlight: (color: HighlightColor) => void;
  onComment: () => void;
  /** The date form is open: the page selection may collapse while it is typed in. */
  onPin: (pinned: boolean) => void;
  onDone: () => void;
}

/**
 * The one toolbar at a selection: highlight colours (each with its label and key), comment,
 * quote in the open note and add to the timeline. It sits above the selected line, or below it
 * when there is no room above, so it never covers the words it acts on. Mouse-down on its
 * buttons is cancelled so pressing one never clears the selection it acts on.
 */
export function SelectionToolbar({ placement, words, ...actions }: SelectionToolbarProps) {
  const [dating, setDating] = useState(false);
  const close = () => {
    setDating(false);
    actions.onPin(false);
  };
  // The date form is taller than the bar: it opens under the selection, where it can grow.
  const side = dating ? 'below' : placement.side;
  return (
    <div
      className={`selection-toolbar selection-toolbar--${side}`}
      style={{ top: side === 'below' ? placement.belowTop : placement.top, left: placement.left }}
      data-testid="selection-toolbar"
    >
      <div
        role="toolbar"
        aria-label={strings.reader.toolbar}
        className="selection-toolbar__row"
        onMouseDown={(event) => event.preventDefault()}
      >
        {HIGHLIGHT_COLORS.map((color, index) => (
          <button
            key={color}
            type="button"
            className="selection-toolbar__button selection-toolbar__color"
            title={strings.reader.highlightAs(strings.highlightColors[color], index + 1)}
            onClick={() => actions.onHighlight(color)}
          >
            <span className={`swatch swatch--${color}`} aria-hidden="true" />
            {/* The label is spoken; the key is shown and spoken ("Highlight as Key point, 1"). */}
            <span className="visually-hidden">
              {strings.reader.highlightAsLabel(strings.highlightColors[color])}
            </span>
            <kbd>{index + 1}</kbd>
          </button>
        ))}
        <span className="selection-toolbar__divider" aria-hidden="true" />
        <button type="button" className="selection-toolbar__button" onClick={actions.onComment}>
          {strings.reader.commentSelection}
        </button>
        <button
          type="button"
          className="selection-toolbar__button"
          title={strings.notes.quoteShortcut}
          onClick={() => {
            requestQuote(words.passageId, words.text);
            window.getSelection()?.removeAllRanges();
            actions.onDone();
          }}
        >
          {strings.notes.quoteInNote}
        </button>
        <button
          type="button"
          className="selection-toolbar__button"
          aria-expanded={dating}
          onClick={() => {
            setDating(!dating);
            actions.onPin(!dating);
          }}
        >
          {strings.timeline.addOpen}
        </button>
      </div>
      {dating && <AddEventForm selected={words} onClose={close} />}
    </div>
  );
}
