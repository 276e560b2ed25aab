import { useEffect, useState } from 'react';
import { strings } from '../../lib/strings';
import { fromDataTransfer, type Dropped } from './dropped';
import './import.css';

/** Shows a full-window overlay while files are dragged over, and hands dropped files and folders on. */
export function DropOverlay({ onDrop }: { onDrop: (dropped: Dropped) => void }) {
  const [active, setActive] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child element; counting them tells when the drag left.
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setActive(true);
    };
    const leave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      // Without preventDefault the browser would navigate to the dropped file.
      event.preventDefault();
      depth = 0;
      setActive(false);
      if (!event.dataTransfer) return;
      void fromDataTransfer(event.dataTransfer).then((dropped) => {
        if (dropped.kind === 'paths' ? dropped.paths.length : dropped.files.length) onDrop(dropped);
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);
  if (!active) return null;
  return (
    <div className="drop-overlay" role="status" aria-live="polite">
      <div className="drop-overlay__card">
        <p className="drop-overlay__title">{strings.dropHere}</p>
        <p>{strings.dropHint}</p>
      </div>
    </div>
  );
}
