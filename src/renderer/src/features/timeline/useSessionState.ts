import { useEffect, useState } from 'react';

/** State kept for the tab's session, so the timeline's filters survive a trip to the reader. */
export function useSessionState<T>(key: string, initial: T) {
  const storageKey = `recoupe-timeline-${key}`;
  const [value, setValue] = useState<T>(() => {
    const stored = sessionStorage.getItem(storageKey);
    if (stored === null) return initial;
    try {
      return JSON.parse(stored) as T;
    } catch {
      return initial;
    }
  });
  useEffect(() => sessionStorage.setItem(storageKey, JSON.stringify(value)), [storageKey, value]);
  return [value, setValue] as const;
}
