import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, type NodeKey } from 'lexical';
import type { PassageSource } from '../../../../shared/note-content';
import { useCurrentSource } from '../../lib/current-sources';
import { formatPublished } from '../../lib/format';
import { useLocale } from '../../lib/i18n/locale';
import { strings } from '../../lib/strings';
import { useCitationActions } from '../citation-context';

/** "Outlet · date" for a source, falling back to its title (shortened when `short`). */
function sourceLabel(source: PassageSource, short = false): string {
  const name =
    source.outlet ??
    (short && source.title.length > 32 ? `${source.title.slice(0, 31).trimEnd()}…` : source.title);
  return `${name} · ${formatPublished(source) ?? strings.undated}`;
}

/** The citation's snapshot with its document's current fields over it (a correction shows at once). */
function useSource(snapshot: PassageSource): PassageSource {
  const current = useCurrentSource(snapshot.documentId);
  if (!current) return snapshot;
  const { documentId: _documentId, ...fields } = current;
  return { ...snapshot, ...fields };
}

/** How a quotation looks in a note: the words, then its source as a link to the passage. */
export function PassageQuoteView({
  source: snapshot,
  nodeKey,
}: {
  source: PassageSource;
  nodeKey: NodeKey;
}) {
  // Lexical keeps decorators' elements, so they follow a language switch themselves.
  useLocale();
  const source = useSource(snapshot);
  const [editor] = useLexicalComposerContext();
  const { openPassage, missingPassageIds } = useCitationActions();
  const gone = missingPassageIds.has(source.passageId);
  return (
    <figure
      className={`note-quote${gone ? ' note-quote--gone' : ''}`}
      data-passage-id={source.passageId}
    >
      <blockquote className="note-quote__text">{source.text}</blockquote>
      <figcaption className="note-quote__source">
        {gone ? (
          <span>{sourceLabel(source)}</span>
        ) : (
          <button
            type="button"
            className="link"
            title={strings.notes.openPassage}
            onClick={() => openPassage(source)}
          >
            {sourceLabel(source)}
          </button>
        )}
        {source.outlet && <span className="note-quote__title"> — {source.title}</span>}
        {gone && <span className="note-quote__gone">{strings.notes.sourceGone}</span>}
        <button
          type="button"
          className="note-quote__remove"
          aria-label={strings.notes.removeQuote}
          onClick={() => editor.update(() => $getNodeByKey(nodeKey)?.remove())}
        >
          ×
        </button>
      </figcaption>
    </figure>
  );
}

/** How an inline citation looks: a chip naming the source, opening the passage. */
export function PassageCitationView({ source: snapshot }: { source: PassageSource }) {
  useLocale();
  const source = useSource(snapshot);
  const { openPassage, missingPassageIds } = useCitationActions();
  const gone = missingPassageIds.has(source.passageId);
  return (
    <button
      type="button"
      className={`note-citation${gone ? ' note-citation--gone' : ''}`}
      data-passage-id={source.passageId}
      title={gone ? strings.notes.sourceGone : strings.quoted(source.text)}
      onClick={() => !gone && openPassage(source)}
    >
      {sourceLabel(source, true)}
      {gone && ` (${strings.notes.sourceGoneShort})`}
    </button>
  );
}
