import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { CHECK_LIST, TRANSFORMERS } from '@lexical/markdown';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { useEffect, useMemo } from 'react';
import type { PassageSource } from '../../../shared/note-content';
import type { Note, NoteSummary } from '../../../shared/notes-domain';
import type { AppError } from '../../../shared/result';
import { api } from '../lib/api';
import { strings } from '../lib/strings';
import { CitationContext } from './citation-context';
import { dropDraft, readDraft } from './drafts';
import { PassageCitationNode } from './nodes/PassageCitationNode';
import { PassageQuoteNode } from './nodes/PassageQuoteNode';
import { AutosavePlugin, type SaveStatus } from './plugins/AutosavePlugin';
import { PassageDropPlugin } from './plugins/PassageDropPlugin';
import { PassageTypeaheadPlugin } from './plugins/PassageTypeaheadPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { noteTheme } from './theme';
import './editor.css';

const nodes = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  CodeHighlightNode,
  PassageQuoteNode,
  PassageCitationNode,
];

/** Stored JSON Lexical can load, or undefined for an empty editor. */
function loadable(content: string): string | undefined {
  try {
    const parsed = JSON.parse(content) as { root?: { children?: unknown[] } };
    return Array.isArray(parsed.root?.children) && parsed.root.children.length > 0
      ? content
      : undefined;
  } catch {
    return undefined;
  }
}

interface NoteEditorProps {
  note: Note;
  quoteRequest: { source: PassageSource; nonce: number } | null;
  onQuoteInserted: () => void;
  onOpenPassage: (source: PassageSource) => void;
  onStatus: (status: SaveStatus, error?: AppError) => void;
  onSaved: (note: NoteSummary) => void;
  /** Each increase moves the keyboard focus into the text, at its end. */
  focusRequest?: number;
}

/**
 * The rich-text editor of one note (Lexical): headings, emphasis, lists, checklists, links,
 * quotes and code with Markdown shortcuts, undo/redo, passage quotations and citations, and
 * autosave. A draft left by a crash is restored and saved on open.
 */
export function NoteEditor(props: NoteEditorProps) {
  const { note, quoteRequest, onQuoteInserted, onOpenPassage, onStatus, onSaved } = props;
  const draft = useMemo(() => {
    const saved = readDraft(note.id);
    return saved !== null && saved !== note.content && loadable(saved) ? saved : null;
  }, [note.id, note.content]);
  const initialConfig = useMemo(
    () => ({
      namespace: `note-${note.id}`,
      theme: noteTheme,
      nodes,
      editorState: loadable(draft ?? note.content),
      onError: (error: Error) => console.error('[recoupe] note editor:', error),
    }),
    // The editor is created once per note; later saves must not reset it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [note.id],
  );
  useEffect(() => {
    if (draft === null) return;
    void api.invoke('notes:save', { id: note.id, content: draft }).then((result) => {
      if (!result.ok) return onStatus('error', result.error);
      dropDraft(note.id, draft);
      onSaved(result.value);
    });
    // Only once per restored draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, note.id]);
  const citationActions = useMemo(
    () => ({ openPassage: onOpenPassage, missingPassageIds: new Set(note.missingPassageIds) }),
    [onOpenPassage, note.missingPassageIds],
  );
  return (
    <CitationContext.Provider value={citationActions}>
      <LexicalComposer initialConfig={initialConfig}>
        <div className="note-editor">
          <ToolbarPlugin />
          <div className="note-editor__body">
            <RichTextPlugin
              contentEditable={
                <ContentEditable
                  className="note-editor__content"
                  aria-label={strings.notes.editorLabel}
                  aria-placeholder={strings.notes.editorPlaceholder}
                  placeholder={
                    <p className="note-editor__placeholder">{strings.notes.editorPlaceholder}</p>
                  }
                />
              }
              ErrorBoundary={LexicalErrorBoundary}
            />
          </div>
          <HistoryPlugin />
          <ListPlugin />
          <CheckListPlugin />
          <LinkPlugin />
          <TabIndentationPlugin />
          <MarkdownShortcutPlugin transformers={[CHECK_LIST, ...TRANSFORMERS]} />
          <PassageDropPlugin request={quoteRequest} onRequestDone={onQuoteInserted} />
          <PassageTypeaheadPlugin />
          <AutosavePlugin noteId={note.id} onStatus={onStatus} onSaved={onSaved} />
          <FocusRequestPlugin request={props.focusRequest ?? 0} />
        </div>
      </LexicalComposer>
    </CitationContext.Provider>
  );
}

/** Puts the caret at the end of the text each time `request` grows (0: never). */
function FocusRequestPlugin({ request }: { request: number }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (request > 0) editor.focus(undefined, { defaultSelection: 'rootEnd' });
  }, [editor, request]);
  return null;
}
