import { strings } from '../../lib/strings';
import '../../components/buttons.css';

interface UndoToastProps {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A short notice with an Undo button, announced to screen readers. */
export function UndoToast({ message, onUndo, onDismiss }: UndoToastProps) {
  return (
    <div className="undo-toast" role="status">
      <span>{message}</span>
      <button type="button" className="button--primary" onClick={onUndo}>
        {strings.reader.undo}
      </button>
      <button type="button" aria-label={strings.close} onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
