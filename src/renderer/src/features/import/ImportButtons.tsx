import { useEffect, useRef } from 'react';
import { strings } from '../../lib/strings';
import { fromPicker, type Dropped } from './dropped';

const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.xhtml,.pdf,.docx,.json';

/** The Import… and Import folder… commands, with Ctrl/Cmd+O for Import…. */
export function ImportButtons({ onPick }: { onPick: (dropped: Dropped) => void }) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // React has no prop for these non-standard attributes; Chromium and Electron honour them.
    folder.current?.setAttribute('webkitdirectory', '');
    folder.current?.setAttribute('directory', '');
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'o') {
        event.preventDefault();
        files.current?.click();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const picked = (input: HTMLInputElement, isFolder: boolean) => {
    const dropped = fromPicker(input.files, isFolder);
    input.value = '';
    if (dropped.kind === 'paths' ? dropped.paths.length : dropped.files.length) onPick(dropped);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => files.current?.click()}
        aria-keyshortcuts="Control+O"
        title={`${strings.importFiles} (${strings.importShortcut})`}
      >
        {strings.import}
      </button>
      <button type="button" onClick={() => folder.current?.click()}>
        {strings.importFolder}
      </button>
      <input
        ref={files}
        type="file"
        multiple
        hidden
        aria-label={strings.importTitle}
        accept={ACCEPT}
        onChange={(event) => picked(event.target, false)}
      />
      <input
        ref={folder}
        type="file"
        hidden
        aria-label={strings.importFolder}
        onChange={(event) => picked(event.target, true)}
      />
    </>
  );
}
