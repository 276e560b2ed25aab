import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LibraryRow } from '../../../../shared/library';
import { SourceLine } from '../../components/SourceLine';
import { strings } from '../../lib/strings';

/**
 * Height of a row in pixels (`.document-list__row` in library.css has the same as its least):
 * the estimate before a row is drawn and measured.
 */
export const ROW_HEIGHT = 108;

interface LibraryRowsProps {
  total: number;
  rowAt: (index: number) => LibraryRow | undefined;
  /** Asks for rows `first` to `last` (they show as placeholders until they arrive). */
  onNeed: (first: number, last: number) => void;
  selectedId: number | null;
  /** Where the open document sits in this order, once known, to scroll it into view. */
  selectedIndex: number | null;
  onOpen: (id: number) => void;
  /** Changes with the sort and filters: the list goes back to its top. */
  orderKey: string;
  /** Documents checked for a bulk correction, and how to check one. */
  checked?: ReadonlySet<number>;
  onCheck?: (id: number, checked: boolean) => void;
}

/**
 * The library's rows, windowed: only those in view (and the one with keyboard focus) are in
 * the page, so 100,000 documents cost what 30 do. @tanstack/react-virtual rather than React
 * Aria's Virtualizer: React Aria builds its collection from every item (100,000 placeholder
 * elements rendered once), where this one needs only the count. Rows stay buttons in a list,
 * as before; arrow keys, Page Up/Down, Home and End move between them (one tab stop).
 */
export function LibraryRows(props: LibraryRowsProps) {
  const { total, rowAt, onNeed, selectedId, selectedIndex, onOpen, orderKey } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusWanted = useRef<number | null>(null);
  const activeIndex = Math.min(active, Math.max(0, total - 1));
  const rangeExtractor = useCallback(
    (range: Range) => {
      // The row with the tab stop stays in the page even out of view, so focus survives scrolling.
      const indexes = defaultRangeExtractor(range);
      return range.count === 0 || indexes.includes(activeIndex)
        ? indexes
        : [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  // The app does not use the React Compiler, which is what this rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  // The rows in view, not those drawn: the focused row may be far from them.
  const first = virtualizer.range?.startIndex ?? 0;
  const last = virtualizer.range?.endIndex ?? 0;
  useEffect(() => {
    if (total === 0) return;
    onNeed(Math.max(0, first - 8), Math.min(total - 1, last + 8));
    onNeed(activeIndex, activeIndex);
  }, [first, last, activeIndex, total, onNeed]);

  useEffect(() => {
    setActive(0);
    virtualizer.scrollToOffset(0);
    // Only for a new order; the open document, if it is in it, is scrolled to below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [orderKey]);

  useEffect(() => {
    if (selectedIndex === null) return;
    setActive(selectedIndex);
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // Only when the open document or its place changes, not as rows load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, selectedIndex]);

  // Focus follows the keyboard once the row is drawn (it may be loading, or just scrolled to).
  useLayoutEffect(() => {
    if (focusWanted.current === null) return;
    const at = `[data-index="${focusWanted.current}"]`;
    const row = scroller.current?.querySelector<HTMLElement>(
      `${at} .document-list__item, ${at} .document-list__placeholder`,
    );
    if (!row) return;
    row.focus({ preventScroll: true });
    if (row.tagName === 'BUTTON') focusWanted.current = null;
  });

  const move = (event: React.KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -total,
      End: total,
    };
    // x ticks the current row for a bulk correction (as in mail apps): the boxes are left out
    // of the tab order so the list stays one tab stop.
    const current = rowAt(activeIndex);
    if (event.key === 'x' && current && props.onCheck) {
      event.preventDefault();
      props.onCheck(current.id, !(props.checked?.has(current.id) ?? false));
      return;
    }
    const step = steps[event.key];
    if (step === undefined || total === 0) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(total - 1, activeIndex + step));
    focusWanted.current = next;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  return (
    <div className="document-list__scroller" ref={scroller}>
      <ul
        className="document-list"
        aria-label={strings.documents}
        onKeyDown={move}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rowAt(item.index);
          return (
            <li
              key={item.key}
              // Measured once drawn: a row whose date had to go below its outlet is one line
              // taller (a narrow pane); every other row keeps ROW_HEIGHT.
              ref={virtualizer.measureElement}
              data-index={item.index}
              className="document-list__row"
              aria-setsize={total}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row && props.onCheck && (
                <input
                  type="checkbox"
                  className="document-list__check"
                  aria-label={strings.attribution.bulkSelect(row.title)}
                  title={strings.attribution.bulkKey}
                  tabIndex={-1}
                  checked={props.checked?.has(row.id) ?? false}
                  onChange={(event) => props.onCheck!(row.id, event.target.checked)}
                />
              )}
              {row ? (
                <RowButton
                  row={row}
                  selected={row.id === selectedId}
                  tabStop={item.index === activeIndex}
                  onFocus={() => setActive(item.index)}
                  onOpen={onOpen}
                />
              ) : (
                <div
                  className="document-list__placeholder"
                  tabIndex={item.index === activeIndex ? 0 : -1}
                  aria-busy="true"
                  aria-label={strings.loading}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function RowButton({
  row,
  selected,
  tabStop,
  onFocus,
  onOpen,
}: {
  row: LibraryRow;
  selected: boolean;
  tabStop: boolean;
  onFocus: () => void;
  onOpen: (id: number) => void;
}) {
  return (
    <button
      type="button"
      className="document-list__item"
      aria-current={selected ? 'page' : undefined}
      tabIndex={tabStop ? 0 : -1}
      onFocus={onFocus}
      onClick={() => onOpen(row.id)}
    >
      <span className="document-list__title">{row.title}</span>
      {/* Two meta lines in every row, whatever the pane's width: where it comes from, then what
          it holds; each shortens on its own line rather than pushing the other out of view. */}
      <span className="document-list__meta">
        <SourceLine
          outlet={row.outlet}
          publishedAt={row.publishedAt}
          publishedBasis={row.publishedBasis}
          publishedPrecision={row.publishedPrecision}
          publishedEarliest={row.publishedEarliest}
          publishedLatest={row.publishedLatest}
          compact
        />
      </span>
      <span className="document-list__meta">
        {strings.passages(row.passageCount)}
        {row.highlights > 0 && ` · ${strings.reader.highlightCount(row.highlights)}`}
      </span>
    </button>
  );
}
