import { useEffect, useEffectEvent } from 'react';

/**
 * A window-wide Ctrl/Cmd shortcut (Ctrl on Windows and Linux, Cmd on macOS): `key` with Shift
 * held exactly when `shift` is set. The action returns false when it had nothing to do, so the
 * browser keeps the key (Ctrl+Shift+Q with no selection, say). React's effect event runs the
 * latest action without re-registering the listener on every render.
 */
export function useShortcut(
  shortcut: { key: string; shift?: boolean },
  action: () => boolean | void,
): void {
  const run = useEffectEvent(action);
  const { key, shift = false } = shortcut;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey !== shift) return;
      if (event.key.toLowerCase() !== key) return;
      if (run() !== false) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, shift]);
}
