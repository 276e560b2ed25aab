/** A selection in the reader, as offsets into the document's clean text. */
export interface TextSelection {
  start: number;
  end: number;
}

function passageOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('.passage[data-start]') ?? null;
}

/**
 * Offset of a DOM point (node, offset) in the document's clean text: the passage's own start
 * plus the characters before the point inside it. The reader renders each passage's text
 * exactly (marks only wrap it), so counting characters is enough.
 */
function textOffset(node: Node, offset: number): number | null {
  const passage = passageOf(node);
  if (!passage) return null;
  const range = document.createRange();
  range.setStart(passage, 0);
  range.setEnd(node, offset);
  return Number(passage.dataset.start) + range.toString().length;
}

/** The current selection inside `root` as clean-text offsets, or null when there is none. */
export function selectionIn(root: HTMLElement): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = textOffset(range.startContainer, range.startOffset);
  const end = textOffset(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** Where a floating toolbar should sit under `rect`, in `container`'s scrolled coordinates. */
export function placeBelow(container: HTMLElement, rect: DOMRect): { top: number; left: number } {
  const box = container.getBoundingClientRect();
  return {
    top: rect.bottom - box.top + container.scrollTop + 6,
    left: Math.max(8, rect.left - box.left + container.scrollLeft),
  };
}

/** Where the selection toolbar sits: its anchor in the container and which side it is on. */
export interface Placement {
  top: number;
  left: number;
  side: 'above' | 'below';
  /** The top edge just under the selection, where taller content (the date form) goes. */
  belowTop: number;
}

/** Room the toolbar needs above a selection before it goes below instead (px). */
const TOOLBAR_ROOM = 56;
/** The toolbar's widest row, so it is not pushed past the container's right edge (px). */
const TOOLBAR_WIDTH = 460;

/**
 * Above the selected line when the visible part of `container` has room for the toolbar there,
 * else below it: either way the selected words stay uncovered. `top` is the toolbar's bottom
 * edge when above (CSS shifts it up by its own height) and its top edge when below.
 */
export function placeAround(container: HTMLElement, rect: DOMRect): Placement {
  const box = container.getBoundingClientRect();
  // The reader grows with its text; the pane around it scrolls and clips what is above.
  const scroller = container.parentElement?.closest('.pane') ?? container;
  const visibleTop = Math.max(box.top, scroller.getBoundingClientRect().top);
  const maxLeft = Math.max(8, container.clientWidth - TOOLBAR_WIDTH);
  const left = Math.min(maxLeft, Math.max(8, rect.left - box.left + container.scrollLeft));
  const belowTop = rect.bottom - box.top + container.scrollTop + 6;
  if (rect.top - visibleTop >= TOOLBAR_ROOM) {
    return { top: rect.top - box.top + container.scrollTop - 6, left, side: 'above', belowTop };
  }
  return { top: belowTop, left, side: 'below', belowTop };
}
