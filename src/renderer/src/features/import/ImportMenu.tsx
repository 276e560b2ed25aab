import { useEffect, useRef } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { IMPORT_PICKER_ACCEPT } from '../../../../shared/import-limits';
import { strings } from '../../lib/strings';
import { useRequest } from '../../lib/requests';
import { useShortcut } from '../../lib/useShortcut';
import { fromPicker, type Dropped } from './dropped';
import './import.css';
import '../../components/menu.css';

interface ImportMenuProps {
  onPick: (dropped: Dropped) => void;
  /** Opens "New from clipboard…". */
  onPaste: () => void;
}

/**
 * One Import menu (files, folder, clipboard) rather than three buttons: the three labels are
 * long in French and left the search field no room in the top bar. Ctrl/Cmd+O picks files
 * without opening the menu; Ctrl/Cmd+V on the library pastes.
 */
export function ImportMenu({ onPick, onPaste }: ImportMenuProps) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // React has no prop for these non-standard attributes; Chromium and Electron honour them.
    folder.current?.setAttribute('webkitdirectory', '');
    folder.current?.setAttribute('directory', '');
  }, []);
  const run = (source: 'files' | 'folder' | 'clipboard') => {
    if (source === 'files') files.current?.click();
    else if (source === 'folder') folder.current?.click();
    else onPaste();
  };
  useShortcut({ key: 'o' }, () => run('files'));
  useRequest('import', ({ source }) => run(source));
  const picked = (input: HTMLInputElement, isFolder: boolean) => {
    const dropped = fromPicker(input.files, isFolder);
    input.value = '';
    if (dropped.kind === 'paths' ? dropped.paths.length : dropped.files.length) onPick(dropped);
  };
  return (
    <>
      <MenuTrigger>
        <Button className="import-menu" aria-keyshortcuts="Control+O">
          {strings.importMenu.label}
        </Button>
        <Popover className="popover" placement="bottom start">
          <Menu
            className="menu"
            aria-label={strings.importMenu.label}
            onAction={(key) => run(key as 'files' | 'folder' | 'clipboard')}
          >
            <MenuItem id="files" className="menu__item" textValue={strings.importMenu.files}>
              <span>{strings.importMenu.files}</span>
              <kbd className="menu__shortcut">{strings.importShortcut}</kbd>
            </MenuItem>
            <MenuItem id="folder" className="menu__item" textValue={strings.importMenu.folder}>
              {strings.importMenu.folder}
            </MenuItem>
            <MenuItem
              id="clipboard"
              className="menu__item"
              textValue={strings.importMenu.clipboard}
            >
              <span>{strings.importMenu.clipboard}</span>
              <kbd className="menu__shortcut">{strings.importMenu.pasteShortcut}</kbd>
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
      <input
        ref={files}
        type="file"
        multiple
        hidden
        aria-label={strings.importTitle}
        accept={IMPORT_PICKER_ACCEPT}
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
