import { useEffect, useRef } from 'react';
import { strings } from '../../lib/strings';

interface FindBarProps {
  query: string;
  current: number;
  total: number;
  onQuery: (query: string) => void;
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
}

/** Find in document: a field, the match count, previous/next; Enter steps, Escape closes. */
export function FindBar({ query, current, total, onQuery, onStep, onClose }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  return (
    <div className="find-bar" role="search" aria-label={strings.reader.find}>
      <input
        ref={input}
        type="search"
        aria-label={strings.reader.find}
        placeholder={strings.reader.findPlaceholder}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          }
          if (event.key === 'Escape') onClose();
        }}
      />
      <span className="find-bar__count" aria-live="polite">
        {query.trim() ? strings.reader.findCount(current + 1, total) : ''}
      </span>
      <button type="button" aria-label={strings.reader.findPrevious} onClick={() => onStep(-1)}>
        ↑
      </button>
      <button type="button" aria-label={strings.reader.findNext} onClick={() => onStep(1)}>
        ↓
      </button>
      <button type="button" aria-label={strings.close} onClick={onClose}>
        ✕
      </button>
    </div>
  );
}
