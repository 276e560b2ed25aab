import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/highlights';
import { strings } from '../../lib/strings';

interface SelectionToolbarProps {
  top: number;
  left: number;
  onHighlight: (color: HighlightColor) => void;
}

/**
 * The small toolbar under a selection: one button per colour, each with its label and key.
 * Mouse-down is cancelled so pressing a button never clears the selection it acts on.
 */
export function SelectionToolbar({ top, left, onHighlight }: SelectionToolbarProps) {
  return (
    <div
      role="toolbar"
      aria-label={strings.reader.toolbar}
      className="selection-toolbar"
      style={{ top, left }}
      onMouseDown={(event) => event.preventDefault()}
    >
      {HIGHLIGHT_COLORS.map((color, index) => (
        <button
          key={color}
          type="button"
          className="selection-toolbar__button"
          aria-label={strings.reader.highlightAs(strings.highlightColors[color], index + 1)}
          onClick={() => onHighlight(color)}
        >
          <span className={`swatch swatch--${color}`} aria-hidden="true" />
          {strings.highlightColors[color]}
          <kbd aria-hidden="true">{index + 1}</kbd>
        </button>
      ))}
    </div>
  );
}
