import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

const hour = 3_600_000;
/** Narrowest window: two hours across the chart; widest: three centuries. */
const minimumSpan = 2 * hour;
const maximumSpan = 300 * 365 * 24 * hour;

/** The time window on screen, in milliseconds since the epoch. */
export type TimeWindow = [number, number];

function clampSpan([start, end]: TimeWindow, anchor: number): TimeWindow {
  const span = end - start;
  const bounded = Math.min(maximumSpan, Math.max(minimumSpan, span));
  if (bounded === span) return [start, end];
  const ratio = (anchor - start) / span;
  return [anchor - bounded * ratio, anchor - bounded * ratio + bounded];
}

/**
 * The window a timeline shows, with zoom around a point, pan by pixels, and the gestures that
 * drive them on an element: wheel (and trackpad pinch, which arrives as ctrl+wheel), drag with
 * one pointer, pinch with two.
 */
export function useTimeWindow(
  fitted: TimeWindow | null,
  everything: TimeWindow | null,
  element: RefObject<HTMLElement | null>,
  width: number,
  /**
   * What the events are (their extent, the mode): a new value shows all of them again. A new
   * fitted window with the same key (the chart resized, a pane dragged) keeps the zoom.
   */
  resetKey?: string,
) {
  const [window, setWindow] = useState<TimeWindow | null>(fitted);
  const fittedKey = resetKey ?? (fitted ? fitted.join(' ') : '');
  const [lastFitted, setLastFitted] = useState(fittedKey);
  // A new set of events (filters, mode) shows all of them again; so does the first fit, once
  // the chart has a width.
  if (fittedKey !== lastFitted || (window === null && fitted !== null)) {
    setLastFitted(fittedKey);
    setWindow(fitted);
  }

  /** Zooms by `factor` (<1 zooms in) keeping the instant under `atX` pixels in place. */
  const zoom = useCallback(
    (factor: number, atX = width / 2) =>
      setWindow((current) => {
        if (!current || width <= 0) return current;
        const [start, end] = current;
        const anchor = start + ((end - start) * atX) / width;
        return clampSpan(
          [anchor - (anchor - start) * factor, anchor + (end - anchor) * factor],
          anchor,
        );
      }),
    [width],
  );
  /** Moves the window by `pixels` (positive shows later times). */
  const pan = useCallback(
    (pixels: number) =>
      setWindow((current) => {
        if (!current || width <= 0) return current;
        const shift = ((current[1] - current[0]) * pixels) / width;
        return [current[0] + shift, current[1] + shift];
      }),
    [width],
  );
  const fit = useCallback(() => setWindow(everything), [everything]);

  useGestures(element, zoom, pan);
  return { window, zoom, pan, fit };
}

function useGestures(
  element: RefObject<HTMLElement | null>,
  zoom: (factor: number, atX?: number) => void,
  pan: (pixels: number) => void,
) {
  const pointers = useRef(new Map<number, number>());
  const dragged = useRef(false);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const localX = (clientX: number) => clientX - target.getBoundingClientRect().left;
    // Registered by hand: React's wheel listener is passive and could not stop the page scroll.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      if (Math.abs(event.deltaX) > Math.abs(event.deltaY) && !event.ctrlKey) {
        pan(event.deltaX);
        return;
      }
      const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      zoom(Math.exp(delta * (event.ctrlKey ? 0.01 : 0.002)), localX(event.clientX));
    };
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      pointers.current.set(event.pointerId, event.clientX);
      dragged.current = false;
    };
    const onMove = (event: PointerEvent) => {
      const previous = pointers.current.get(event.pointerId);
      if (previous === undefined) return;
      const others = [...pointers.current].filter(([id]) => id !== event.pointerId);
      if (others.length === 1) {
        // Two fingers: the ratio of their distances is the zoom factor.
        const other = others[0]![1];
        const before = Math.abs(previous - other);
        const after = Math.abs(event.clientX - other);
        if (before > 10 && after > 10) zoom(before / after, localX((event.clientX + other) / 2));
      } else if (Math.abs(event.clientX - previous) > 0) {
        if (!dragged.current && Math.abs(event.clientX - previous) < 3) return;
        if (!dragged.current) target.setPointerCapture(event.pointerId);
        dragged.current = true;
        pan(previous - event.clientX);
        target.dataset.dragging = 'true';
      }
      pointers.current.set(event.pointerId, event.clientX);
    };
    const onUp = (event: PointerEvent) => {
      pointers.current.delete(event.pointerId);
      delete target.dataset.dragging;
    };
    // A drag that ends over an item must not also click it.
    const onClick = (event: MouseEvent) => {
      if (dragged.current) {
        event.stopPropagation();
        event.preventDefault();
        dragged.current = false;
      }
    };
    target.addEventListener('wheel', onWheel, { passive: false });
    target.addEventListener('pointerdown', onDown);
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', onUp);
    target.addEventListener('pointercancel', onUp);
    target.addEventListener('click', onClick, true);
    return () => {
      target.removeEventListener('wheel', onWheel);
      target.removeEventListener('pointerdown', onDown);
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', onUp);
      target.removeEventListener('pointercancel', onUp);
      target.removeEventListener('click', onClick, true);
    };
  }, [element, zoom, pan]);
}
