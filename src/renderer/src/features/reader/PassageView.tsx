import { memo, type ReactNode } from 'react';
import type { Passage } from '../../../../shared/domain';
import type { HighlightColor } from '../../../../shared/highlights';
import { useLocale } from '../../lib/i18n/locale';
import { strings } from '../../lib/strings';
import { CommentMark } from './CommentMark';
import { frenchSpacing, splitPieces, type MarkRange } from './segments';

/** A highlight as the reader draws it. */
export interface DrawnHighlight extends MarkRange {
  id: number;
  color: HighlightColor;
  comment: string;
}

interface PassageViewProps {
  passage: Passage;
  highlights: readonly DrawnHighlight[];
  matches: readonly MarkRange[];
  /** Document-wide index of `matches[0]`. */
  firstMatch: number;
  /** Document-wide index of the current find match when it is in this passage, else -1. */
  currentMatch: number;
  currentHighlightId: number | null;
  focused: boolean;
  french: boolean;
  /** The passage reads as a subheading of the next one (subheadings.ts). */
  subheading: boolean;
}

/** One passage: its exact text, with highlights and find matches wrapped around runs of it. */
export const PassageView = memo(function PassageView(props: PassageViewProps) {
  // Memoised, so it follows a language switch itself (its highlight labels are worded).
  useLocale();
  const { passage, highlights, matches } = props;
  const byId = new Map(highlights.map((highlight) => [highlight.id, highlight]));
  const pieces = splitPieces(passage.start, passage.end, highlights, matches);
  return (
    <p
      id={`passage-${passage.ordinal}`}
      className={`passage${props.subheading ? ' passage--subheading' : ''}${props.focused ? ' passage--focused' : ''}`}
      {...(props.subheading ? { role: 'heading', 'aria-level': 2 } : {})}
      data-passage-id={passage.id}
      data-ordinal={passage.ordinal}
      data-start={passage.start}
      tabIndex={-1}
    >
      {pieces.map((piece) => {
        const raw = passage.text.slice(piece.start - passage.start, piece.end - passage.start);
        let content: ReactNode = props.french ? frenchSpacing(raw) : raw;
        if (piece.matchIndex !== null) {
          const index = piece.matchIndex + props.firstMatch;
          const current = index === props.currentMatch;
          content = (
            <span
              className={`find-match${current ? ' find-match--current' : ''}`}
              data-match-index={index}
            >
              {content}
            </span>
          );
        }
        const top = byId.get(piece.highlightIds.at(-1) ?? -1);
        if (top) {
          const label = strings.highlightColors[top.color];
          content = (
            <mark
              className={`highlight highlight--${top.color}${top.id === props.currentHighlightId ? ' highlight--current' : ''}`}
              data-highlight-id={top.id}
              title={top.comment ? `${label}: ${top.comment}` : label}
            >
              {content}
            </mark>
          );
        }
        // A commented highlight ends here: its mark sits in the margin, on this line.
        const ending = highlights.filter((item) => item.comment && item.end === piece.end);
        return (
          <span key={piece.start}>
            {content}
            {ending.map((item) => (
              <CommentMark key={item.id} highlightId={item.id} comment={item.comment} />
            ))}
          </span>
        );
      })}
    </p>
  );
});
