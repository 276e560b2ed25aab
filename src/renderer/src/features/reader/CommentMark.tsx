import { Button, Tooltip, TooltipTrigger } from 'react-aria-components';
import { strings } from '../../lib/strings';

/** Bubbles from a comment mark to the reader, which opens the highlight's card. */
export const EDIT_HIGHLIGHT_EVENT = 'recoupe:edit-highlight';

interface CommentMarkProps {
  highlightId: number;
  comment: string;
}

/**
 * The mark in the reader's right margin, level with the end of a commented highlight: the
 * comment shows on hover and on keyboard focus, and pressing the mark opens the highlight's
 * card. It holds no text, so the passage's text (and every offset into it) is unchanged.
 */
export function CommentMark({ highlightId, comment }: CommentMarkProps) {
  return (
    <TooltipTrigger delay={200} closeDelay={100}>
      <Button
        className="comment-mark"
        aria-label={strings.reader.commentMark(comment)}
        onPress={(event) =>
          event.target.dispatchEvent(
            new CustomEvent(EDIT_HIGHLIGHT_EVENT, { bubbles: true, detail: highlightId }),
          )
        }
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M2 3h12v8H6l-3 3v-3H2z"
            fill="currentColor"
            stroke="currentColor"
            strokeLinejoin="round"
          />
        </svg>
      </Button>
      <Tooltip className="comment-tooltip" placement="start" offset={8}>
        {comment}
      </Tooltip>
    </TooltipTrigger>
  );
}
