import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';
import { ErrorMessage } from '../components/ErrorMessage';
import { DocumentSourcePanel } from '../features/import/DocumentSourcePanel';
import type { Dropped } from '../features/import/dropped';
import { CrossCheckView } from '../features/crosscheck/CrossCheckView';
import { EmbeddingSettings } from '../features/embedding/EmbeddingSettings';
import { HealthBanner } from '../features/health/HealthBanner';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportMenu } from '../features/import/ImportMenu';
import { PasteDialog } from '../features/import/PasteDialog';
import { ImportPanel } from '../features/import/ImportPanel';
import { useImport } from '../features/import/useImport';
import { DocumentList } from '../features/library/DocumentList';
import { UndoToast } from '../features/library/UndoToast';
import { CommandPalette } from '../features/palette/CommandPalette';
import { useDocumentDeletion } from '../features/library/useDocumentDeletion';
import { ReaderView } from '../features/reader/ReaderView';
import { SearchBox } from '../features/search/SearchBox';
import { TimelineView } from '../features/timeline/TimelineView';
import { documentsChanged } from '../lib/current-sources';
import { useLocale } from '../lib/i18n/locale';
import { strings } from '../lib/strings';
import { useCall } from '../lib/useCall';
import { useStored } from '../lib/useStored';
import { LocaleMenu } from './LocaleMenu';
import { paletteCommands } from './palette-commands';
import { showContext, SidePanel } from './SidePanel';
import { StatusBar } from './StatusBar';
import { useRoute } from './route';
import { ViewSwitcher } from './ViewSwitcher';

/** The window: top bar, library | reader | side panel, status bar, drop overlay. */
export function App() {
  // Redraws the whole tree in place when the interface language changes (nothing is re-keyed,
  // so what is being typed stays).
  useLocale();
  const { route, navigate, showView } = useRoute();
  // The library pages through documents itself; this number tells it the corpus changed.
  const [libraryVersion, setLibraryVersion] = useState(0);
  const reloadDocuments = useCallback(() => setLibraryVersion((value) => value + 1), []);
  const [stats, reloadStats] = useCall('corpus:stats', {});
  const [document, reloadDocument] = useCall(
    'documents:get',
    route.documentId ? { id: route.documentId } : null,
  );
  const [importOpen, setImportOpen] = useState(false);
  const [pasteOpen, setPasteOpen] = useState(false);
  // The note open in the side panel, kept across restarts; the palette exports it.
  const [noteId, setNoteId] = useStored<number | null>('recoupe-open-note', null);
  const layout = useDefaultLayout({ id: 'recoupe-main', storage: localStorage });

  const onImported = useCallback(() => {
    reloadDocuments();
    reloadStats();
  }, [reloadDocuments, reloadStats]);
  // An import or a deletion can change the estimated date of other documents (an undated copy
  // of the story, now dated with it, or dated again without the article deleted): the open one
  // and the citations naming them read them again (the library reloads anyway). A ref keeps
  // the callback's identity while the reader moves from document to document, so the import's
  // polling is not restarted.
  const openDocument = useRef(route.documentId);
  useEffect(() => {
    openDocument.current = route.documentId;
  }, [route.documentId]);
  const onRedated = useCallback(
    (redated: readonly number[]) => {
      if (redated.length === 0) return;
      documentsChanged(redated);
      if (openDocument.current !== null && redated.includes(openDocument.current)) {
        reloadDocument();
      }
    },
    [reloadDocument],
  );
  const onFileImported = useCallback(
    (_documentId: number, redated: readonly number[]) => {
      onImported();
      onRedated(redated);
    },
    [onImported, onRedated],
  );
  const importer = useImport(onFileImported);
  const sidePanel = usePanelRef();
  const onDeleted = useCallback(
    (deleted: number | null, redated: readonly number[]) => {
      onImported();
      // Citations of the deleted document draw it as gone.
      if (deleted !== null) documentsChanged([deleted]);
      onRedated(redated);
    },
    [onImported, onRedated],
  );
  const deletion = useDocumentDeletion(onDeleted);
  const { add: addToImport } = importer;
  const addDropped = useCallback(
    (dropped: Dropped) => {
      setImportOpen(true);
      addToImport(dropped);
    },
    [addToImport],
  );

  const focusedPassage = useMemo(() => {
    if (document?.status !== 'ready' || route.passageOrdinal === null) return null;
    return (
      document.value.passages.find((passage) => passage.ordinal === route.passageOrdinal) ?? null
    );
  }, [document, route.passageOrdinal]);

  const pending = importer.items.filter(
    (item) => !['imported', 'duplicate', 'failed', 'cancelled'].includes(item.status),
  ).length;
  const importSummary =
    importer.items.length === 0
      ? null
      : importer.running
        ? strings.importRunning(pending)
        : strings.importDone(importer.items.length, importer.items.length);

  return (
    <div className="app">
      <header className="top-bar">
        <span className="top-bar__name">{strings.appName}</span>
        <ImportMenu onPick={addDropped} onPaste={() => setPasteOpen(true)} />
        <PasteDialog
          open={pasteOpen}
          onOpenChange={setPasteOpen}
          onImported={(id, redated) => {
            onFileImported(id, redated);
            navigate(id);
          }}
        />
        <SearchBox onOpen={(hit) => navigate(hit.documentId, hit.ordinal)} />
        <ViewSwitcher current={route.view} onChange={showView} />
        <EmbeddingSettings />
        <LocaleMenu />
      </header>
      <HealthBanner />
      <Group
        className="panes"
        id="recoupe-main"
        defaultLayout={layout.defaultLayout}
        onLayoutChanged={layout.onLayoutChanged}
      >
        <Panel
          id="library"
          defaultSize="22%"
          minSize="12%"
          collapsible
          className="pane pane--library"
        >
          <nav aria-label={strings.library} className="library" data-testid="library">
            <h2 className="pane__title">{strings.documents}</h2>
            <DocumentList
              version={libraryVersion}
              hiddenId={deletion.pending?.id ?? null}
              selectedId={route.documentId}
              onOpen={(id) => navigate(id)}
            />
            {deletion.error && <ErrorMessage error={deletion.error} />}
          </nav>
        </Panel>
        <Separator className="separator" />
        <Panel id="main" defaultSize="53%" minSize="30%" className="pane pane--main">
          <main>
            {route.view === 'reader' && (
              <ReaderView
                documentId={route.documentId}
                document={document}
                corpusEmpty={stats?.status === 'ready' && stats.value.documents === 0}
                focusedOrdinal={route.passageOrdinal}
                onReload={reloadDocument}
                onChanged={() => {
                  reloadDocument();
                  reloadDocuments();
                  reloadStats();
                }}
                onFocusPassage={navigate}
                onShowContext={(target) => {
                  sidePanel.current?.expand();
                  showContext(target);
                }}
                onDelete={(deleted) => {
                  deletion.request(deleted);
                  showView('reader');
                }}
              />
            )}
            {route.view === 'timeline' && <TimelineView onOpen={navigate} />}
            {route.view === 'cross-check' && <CrossCheckView onOpen={navigate} />}
          </main>
        </Panel>
        <Separator className="separator" />
        <Panel
          id="side"
          panelRef={sidePanel}
          defaultSize="25%"
          minSize="15%"
          collapsible
          className="pane pane--side"
        >
          <SidePanel
            passage={focusedPassage}
            noteId={noteId}
            onNoteChange={setNoteId}
            onOpen={(documentId, ordinal) => navigate(documentId, ordinal)}
            details={
              document?.status === 'ready' && (
                <DocumentSourcePanel
                  document={document.value}
                  onChanged={() => {
                    reloadDocument();
                    reloadDocuments();
                    // Putting a block back or re-processing changes the corpus's passage count.
                    reloadStats();
                  }}
                />
              )
            }
          />
        </Panel>
      </Group>
      {importOpen && importer.items.length > 0 && (
        <ImportPanel
          items={importer.items}
          running={importer.running}
          scanning={importer.job?.scanning ?? false}
          error={importer.error}
          onCancel={importer.cancel}
          onClose={() => {
            setImportOpen(false);
            importer.clear();
          }}
          onOpen={(id) => navigate(id)}
          onAnswer={importer.answer}
        />
      )}
      <StatusBar
        stats={stats?.status === 'ready' ? stats.value : null}
        importSummary={importSummary}
        onShowImport={() => setImportOpen(true)}
        onCorpusChanged={onImported}
      />
      {deletion.pending && (
        <UndoToast
          message={strings.reader.deleted(deletion.pending.title)}
          onUndo={() => {
            const restored = deletion.pending?.id;
            deletion.undo();
            if (restored) navigate(restored);
          }}
          onDismiss={() => void deletion.commitNow()}
        />
      )}
      <DropOverlay onDrop={addDropped} />
      {/* Drawn over the window when Ctrl/Cmd+K (or the key in the search field) opens it. */}
      <CommandPalette
        commands={() => paletteCommands({ view: route.view, showView, noteId })}
        onOpenDocument={(id) => navigate(id)}
      />
    </div>
  );
}
