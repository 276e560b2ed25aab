import { useEffect, useRef } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/highlights';

/** What the reader's keys do. */
export interface ReaderKeyActions {
  stepPassage: (direction: 1 | -1) => void;
  stepHighlight: (direction: 1 | -1) => void;
  highlightSelection: (color: HighlightColor) => boolean;
  openFind: () => void;
  showContext: () => void;
  /** Opens the editor (comment, tags) of the current highlight. */
  editHighlight: () => void;
  escape: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) ||
    target.closest('[role="dialog"], [role="alertdialog"]') !== null
  );
}

/**
 * The reader's keys, on the whole window while the reader is open: j/k passages, ]/[ highlights,
 * 1–4 (or h) highlight the selection, c comments the current highlight, Ctrl/Cmd+F find,
 * s other sources, Escape closes.
 */
export function useReaderKeys(actions: ReaderKeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const act = latest.current;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        act.openFind();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const digit = Number(event.key);
      const color = event.key === 'h' ? HIGHLIGHT_COLORS[0] : HIGHLIGHT_COLORS[digit - 1];
      const handled = (() => {
        if (color && /^[1-4h]$/.test(event.key)) return act.highlightSelection(color);
        switch (event.key) {
          case 'j':
            act.stepPassage(1);
            return true;
          case 'k':
            act.stepPassage(-1);
            return true;
          case ']':
            act.stepHighlight(1);
            return true;
          case '[':
            act.stepHighlight(-1);
            return true;
          case 's':
            act.showContext();
            return true;
          case 'c':
            act.editHighlight();
            return true;
          case 'Escape':
            act.escape();
            return false;
          default:
            return false;
        }
      })();
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
