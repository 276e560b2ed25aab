import { useMemo, useState } from 'react';
import {
  Autocomplete,
  Dialog,
  Header,
  Input,
  Menu,
  MenuItem,
  MenuSection,
  Modal,
  ModalOverlay,
  TextField,
} from 'react-aria-components';
import type { LibraryRow } from '../../../../shared/library';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatPublished } from '../../lib/format';
import { useRequest } from '../../lib/requests';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { useDebounced } from '../../lib/useDebounced';
import { useShortcut } from '../../lib/useShortcut';
import { fold, matches } from './match';
import './palette.css';
import '../../components/menu.css';

/** One action of the palette: the same function its button or menu runs. */
export interface PaletteCommand {
  id: string;
  label: string;
  /** The key that runs it outside the palette, shown at the right. */
  shortcut?: string;
  /** Why it cannot run now: the entry stays listed, disabled, and says so. */
  unavailable?: string | null;
  run: () => void;
}

/** Documents listed for the typed words (the library's own `corpus:page`, filtered in SQL). */
const DOCUMENT_LIMIT = 8;

interface CommandPaletteProps {
  /**
   * The actions, worked out as the palette opens: whether one can run depends on that moment
   * (the words selected in the reader, the open note), before the palette takes the focus.
   * `words` is what is typed, for "Search passages for …".
   */
  commands: () => (words: string) => PaletteCommand[];
  onOpenDocument: (id: number) => void;
}

/**
 * Ctrl/Cmd+K, or the Ctrl+K key in the search field: a dialog whose field filters the app's actions
 * and finds documents by title or outlet; arrows move, Enter runs, Escape closes and gives the
 * focus back where it was (react-aria's Modal and Autocomplete over a Menu).
 */
export function CommandPalette({ commands, onOpenDocument }: CommandPaletteProps) {
  const [listFor, setListFor] = useState<((words: string) => PaletteCommand[]) | null>(null);
  const [words, setWords] = useState('');
  const open = () => {
    setWords('');
    setListFor(() => commands());
  };
  useShortcut({ key: 'k' }, () => {
    if (listFor) setListFor(null);
    else open();
  });
  useRequest('palette', open);
  const close = () => setListFor(null);
  // Runs once the palette is gone and react-aria has given the focus back (it does so in an
  // animation frame): an action that moves the focus (search, a new note's title, a dialog
  // that must give it back to the same place) then keeps it.
  const runAfterClose = (action: () => void) => {
    close();
    requestAnimationFrame(() => requestAnimationFrame(action));
  };
  return (
    <ModalOverlay
      isOpen={listFor !== null}
      onOpenChange={(isOpen) => !isOpen && close()}
      isDismissable
      className="app-dialog__overlay"
    >
      <Modal className="app-dialog palette">
        <Dialog aria-label={strings.palette.title} className="palette__body">
          {listFor && (
            <PaletteContent
              words={words}
              onWords={setWords}
              commands={listFor(words.trim())}
              onRun={(command) => runAfterClose(command.run)}
              onOpenDocument={(id) => runAfterClose(() => onOpenDocument(id))}
            />
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

interface PaletteContentProps {
  words: string;
  onWords: (words: string) => void;
  commands: PaletteCommand[];
  onRun: (command: PaletteCommand) => void;
  onOpenDocument: (id: number) => void;
}

/** The field and the list: matching actions, then documents, then "Search passages for …". */
function PaletteContent({ words, onWords, commands, onRun, onOpenDocument }: PaletteContentProps) {
  const typed = words.trim();
  const asked = useDebounced(typed, 80);
  const [found, reload] = useCall(
    'corpus:page',
    asked ? { sort: 'title', text: asked, offset: 0, limit: DOCUMENT_LIMIT } : null,
    { keepPrevious: true },
  );
  // The previous answer stays while the next loads; the documents it no longer fits leave at
  // once, so the list never offers a title that does not contain what is typed.
  const documents: LibraryRow[] = useMemo(() => {
    if (!typed || found?.status !== 'ready') return [];
    return found.value.documents.filter((document) =>
      fold(`${document.title} ${document.outlet ?? ''}`).includes(fold(typed)),
    );
  }, [found, typed]);

  const [search, ...actions] = commands;
  const shownActions = typed
    ? actions.filter((command) => matches(command.label, typed))
    : commands;
  const byId = new Map(commands.map((command) => [command.id, command]));
  // The first entry takes the (virtual) focus when the documents arrive after the words were
  // typed: a new list mounts, so Enter opens the best match rather than the entry above it.
  const listKey = documents.map((document) => document.id).join(',');
  return (
    <Autocomplete inputValue={words} onInputChange={onWords}>
      <TextField aria-label={strings.palette.inputLabel} className="palette__field">
        <Input autoFocus className="text-input" placeholder={strings.palette.placeholder} />
      </TextField>
      {found?.status === 'error' && <ErrorMessage error={found.error} onRetry={reload} />}
      <Menu
        key={listKey}
        autoFocus={typed ? 'first' : undefined}
        aria-label={strings.palette.title}
        className="menu palette__list"
        onAction={(key) => {
          const id = String(key);
          if (id.startsWith('document-')) onOpenDocument(Number(id.slice('document-'.length)));
          else {
            const command = byId.get(id);
            if (command && !command.unavailable) onRun(command);
          }
        }}
      >
        {shownActions.length > 0 && (
          <MenuSection className="palette__section">
            <Header className="palette__header">{strings.palette.actions}</Header>
            {shownActions.map((command) => (
              <CommandItem key={command.id} command={command} />
            ))}
          </MenuSection>
        )}
        {documents.length > 0 && (
          <MenuSection className="palette__section">
            <Header className="palette__header">{strings.palette.documents}</Header>
            {documents.map((document) => (
              <MenuItem
                key={document.id}
                id={`document-${document.id}`}
                textValue={document.title}
                className="menu__item palette__item"
              >
                <span className="palette__label">{document.title}</span>
                <span className="palette__detail">
                  {[document.outlet, formatPublished(document)].filter(Boolean).join(' · ') ||
                    document.fileName}
                </span>
              </MenuItem>
            ))}
          </MenuSection>
        )}
        {typed && search && (
          <MenuSection className="palette__section">
            <Header className="palette__header">{strings.searchLabel}</Header>
            <CommandItem command={search} />
          </MenuSection>
        )}
      </Menu>
      {typed && found?.status === 'ready' && (
        <p className="muted palette__status" role="status">
          {documents.length === 0 ? strings.palette.noDocument(typed) : ''}
        </p>
      )}
    </Autocomplete>
  );
}

/**
 * An action: its words, its shortcut, and why it cannot run now when it cannot. Plain text, no
 * label slot: the entry's name is all it shows (the outlet, the reason), as a visible label
 * must be part of the name (WCAG 2.5.3).
 */
function CommandItem({ command }: { command: PaletteCommand }) {
  return (
    <MenuItem
      id={command.id}
      textValue={command.label}
      isDisabled={Boolean(command.unavailable)}
      className="menu__item palette__item"
    >
      <span className="palette__label">{command.label}</span>
      {command.shortcut && <kbd className="menu__shortcut">{command.shortcut}</kbd>}
      {command.unavailable && <span className="palette__detail">{command.unavailable}</span>}
    </MenuItem>
  );
}
