import { useCallback, useMemo, useRef, useState } from 'react';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';
import { ErrorMessage } from '../components/ErrorMessage';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportPanel } from '../features/import/ImportPanel';
import { useImport } from '../features/import/useImport';
import { DocumentList } from '../features/library/DocumentList';
import { UndoToast } from '../features/library/UndoToast';
import { useDocumentDeletion } from '../features/library/useDocumentDeletion';
import { ContextPanel } from '../features/reader/ContextPanel';
import { ReaderView } from '../features/reader/ReaderView';
import { SearchBox } from '../features/search/SearchBox';
import { strings } from '../lib/strings';
import { useCall } from '../lib/useCall';
import { StatusBar } from './StatusBar';
import { useRoute } from './route';
import { ViewSwitcher } from './ViewSwitcher';

/** The window: top bar, library | reader | side panel, status bar, drop overlay. */
export function App() {
  const { route, navigate, showView } = useRoute();
  const [documents, reloadDocuments] = useCall('corpus:list', {});
  const [stats, reloadStats] = useCall('corpus:stats', {});
  const [document, reloadDocument] = useCall(
    'documents:get',
    route.documentId ? { id: route.documentId } : null,
  );
  const [importOpen, setImportOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const layout = useDefaultLayout({ id: 'recoupe-main', storage: localStorage });

  const onImported = useCallback(() => {
    reloadDocuments();
    reloadStats();
  }, [reloadDocuments, reloadStats]);
  const importer = useImport(onImported);
  const sidePanel = usePanelRef();
  const deletion = useDocumentDeletion(onImported);
  const addFiles = useCallback(
    (files: File[]) => {
      setImportOpen(true);
      importer.add(files);
    },
    [importer],
  );

  const focusedPassage = useMemo(() => {
    if (document?.status !== 'ready' || route.passageOrdinal === null) return null;
    return (
      document.value.passages.find((passage) => passage.ordinal === route.passageOrdinal) ?? null
    );
  }, [document, route.passageOrdinal]);

  const pending = importer.items.filter(
    (item) => item.status === 'queued' || item.status === 'importing',
  ).length;
  const importSummary =
    importer.items.length === 0
      ? null
      : pending > 0
        ? `Importing… ${pending} left`
        : strings.importDone(importer.items.length, importer.items.length);

  return (
    <div className="app">
      <header className="top-bar">
        <span className="top-bar__name">{strings.appName}</span>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {strings.import}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          aria-label={strings.importTitle}
          accept=".txt,.text,.md,.markdown"
          onChange={(event) => {
            addFiles([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <SearchBox onOpen={(hit) => navigate(hit.documentId, hit.ordinal)} />
        <ViewSwitcher current={route.view} onChange={showView} />
      </header>
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
          <nav aria-label={strings.library}>
            <h2 className="pane__title">{strings.documents}</h2>
            {documents?.status === 'ready' && (
              <DocumentList
                documents={documents.value.filter((item) => item.id !== deletion.pending?.id)}
                selectedId={route.documentId}
                onOpen={(id) => navigate(id)}
              />
            )}
            {deletion.error && <ErrorMessage error={deletion.error} />}
            {documents?.status === 'error' && (
              <ErrorMessage error={documents.error} onRetry={reloadDocuments} />
            )}
          </nav>
        </Panel>
        <Separator className="separator" />
        <Panel id="main" defaultSize="53%" minSize="30%" className="pane pane--main">
          <main>
            {route.view === 'reader' && (
              <ReaderView
                documentId={route.documentId}
                document={document}
                corpusEmpty={documents?.status === 'ready' && documents.value.length === 0}
                focusedOrdinal={route.passageOrdinal}
                onReload={reloadDocument}
                onFocusPassage={navigate}
                onShowContext={() => {
                  sidePanel.current?.expand();
                  window.document.querySelector<HTMLElement>('.context-panel')?.focus();
                }}
                onDelete={(deleted) => {
                  deletion.request(deleted);
                  showView('reader');
                }}
              />
            )}
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
          <ContextPanel
            passage={focusedPassage}
            onOpen={(documentId, ordinal) => navigate(documentId, ordinal)}
          />
        </Panel>
      </Group>
      {importOpen && importer.items.length > 0 && (
        <ImportPanel
          items={importer.items}
          onCancel={importer.cancel}
          onClose={() => {
            setImportOpen(false);
            importer.clear();
          }}
          onOpen={(id) => navigate(id)}
        />
      )}
      <StatusBar
        stats={stats?.status === 'ready' ? stats.value : null}
        importSummary={importSummary}
        onShowImport={() => setImportOpen(true)}
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
      <DropOverlay onFiles={addFiles} />
    </div>
  );
}
