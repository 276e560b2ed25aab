import { requestQuote } from '../editor/passage-transfer';
import { quotableNow } from '../features/notes/QuoteSelectionShortcut';
import type { PaletteCommand } from '../features/palette/CommandPalette';
import { currentLocale, locales, setLocale } from '../lib/i18n/locale';
import { request } from '../lib/requests';
import { strings } from '../lib/strings';
import type { ViewId } from './route';
import { views } from './ViewSwitcher';

interface PaletteMoment {
  view: ViewId;
  showView: (view: ViewId) => void;
  /** The note open in the side panel, if any (the one "Export" writes). */
  noteId: number | null;
}

/**
 * Every action the palette offers, each calling what its own button calls. Read when the
 * palette opens, before it takes the focus: the words selected in the reader (or the passage
 * with the focus) are what "Quote" quotes. The first entry searches passages for the words.
 */
export function paletteCommands({ view, showView, noteId }: PaletteMoment) {
  const quotable = quotableNow();
  return (words: string): PaletteCommand[] => [
    {
      id: 'search',
      label: words ? strings.palette.searchFor(words) : strings.palette.search,
      run: () => request({ kind: 'search', query: words }),
    },
    ...views
      .filter((candidate) => candidate.id !== view)
      .map((candidate) => ({
        id: `view-${candidate.id}`,
        label: strings.palette.view(candidate.label),
        run: () => showView(candidate.id),
      })),
    { id: 'new-note', label: strings.palette.newNote, run: () => request({ kind: 'new-note' }) },
    {
      id: 'quote',
      label: strings.palette.quote,
      shortcut: strings.notes.quoteShortcut,
      unavailable: quotable ? null : strings.palette.quoteUnavailable,
      run: () => quotable && requestQuote(quotable.passageId, quotable.text),
    },
    {
      id: 'export',
      label: strings.palette.exportNote,
      unavailable: noteId === null ? strings.palette.exportUnavailable : null,
      run: () => request({ kind: 'export-note' }),
    },
    {
      id: 'import-files',
      label: strings.palette.importFiles,
      shortcut: strings.importShortcut,
      run: () => request({ kind: 'import', source: 'files' }),
    },
    {
      id: 'import-folder',
      label: strings.palette.importFolder,
      run: () => request({ kind: 'import', source: 'folder' }),
    },
    {
      id: 'import-clipboard',
      label: strings.palette.importClipboard,
      run: () => request({ kind: 'import', source: 'clipboard' }),
    },
    ...locales
      .filter((locale) => locale !== currentLocale())
      .map((locale) => ({
        id: `locale-${locale}`,
        label: strings.palette.language(strings.locale.names[locale]),
        run: () => setLocale(locale),
      })),
    {
      id: 'report-problem',
      label: strings.palette.reportProblem,
      run: () => request({ kind: 'report-problem' }),
    },
  ];
}
