import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  type MenuTextMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $isTextNode, type TextNode } from 'lexical';
import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PassageHit } from '../../../../shared/domain';
import type { PassageSource } from '../../../../shared/note-content';
import { SourceLine, sourceLineOf } from '../../components/SourceLine';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { $insertPassageCitation, completeSource } from '../insert-passage';
import '../../components/hit-list.css';
import '../../components/menu.css';

class PassageOption extends MenuOption {
  constructor(readonly hit: PassageHit) {
    super(String(hit.passageId));
  }
}

/** `[[` followed by what to search, up to the caret. */
function passageTrigger(text: string): MenuTextMatch | null {
  const match = /\[\[([^[\]\n]{0,80})$/.exec(text);
  return match
    ? { leadOffset: match.index, matchingString: match[1]!, replaceableString: match[0] }
    : null;
}

/**
 * The menu keeps the match it saw last, and under load that can lag the typing: it then splits
 * the text a few characters late, so the node it hands over holds only the end of what was
 * typed after `[[` (seen as "[[cell" left before the citation). The rest is removed here.
 */
function $removeLaggingQuery(textNode: TextNode | null): void {
  if (!textNode || textNode.getTextContent().startsWith('[[')) return;
  const before = textNode.getPreviousSibling();
  if (!$isTextNode(before)) return;
  const text = before.getTextContent();
  const start = text.lastIndexOf('[[');
  if (start >= 0) before.spliceText(start, text.length - start, '');
}

/** What a search hit already tells about its source; author and URL follow from the corpus. */
function hitSource(hit: PassageHit): PassageSource {
  return {
    passageId: hit.passageId,
    documentId: hit.documentId,
    ordinal: hit.ordinal,
    text: hit.text,
    title: hit.documentTitle,
    outlet: hit.outlet,
    author: null,
    publishedAt: hit.publishedAt,
    publishedBasis: hit.publishedBasis,
    publishedPrecision: hit.publishedPrecision,
    publishedEarliest: hit.publishedEarliest,
    publishedLatest: hit.publishedLatest,
    url: null,
  };
}

/** Typing `[[words` searches passages; picking one inserts an inline citation. */
export function PassageTypeaheadPlugin() {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const trimmed = query?.trim() ?? '';
  const [state] = useCall(
    'search:query',
    trimmed.length >= 2 ? { query: trimmed, limit: 8 } : null,
    {
      keepPrevious: true,
    },
  );
  const options = useMemo(
    () =>
      trimmed.length >= 2 && state?.status === 'ready'
        ? state.value.map((hit) => new PassageOption(hit))
        : [],
    [state, trimmed],
  );
  return (
    <LexicalTypeaheadMenuPlugin<PassageOption>
      triggerFn={passageTrigger}
      onQueryChange={setQuery}
      options={options}
      onSelectOption={(option, textNode, closeMenu) => {
        // The menu calls this inside an editor update, so nodes change directly here.
        const source = hitSource(option.hit);
        $removeLaggingQuery(textNode);
        textNode?.remove();
        const key = $insertPassageCitation(source);
        closeMenu();
        void completeSource(editor, key, source);
      }}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current
          ? createPortal(
              <div
                className="passage-menu popover"
                role="dialog"
                aria-label={strings.notes.citeTitle}
              >
                {options.length === 0 ? (
                  <p className="muted">
                    {trimmed.length < 2 ? strings.notes.citeHint : strings.noResults(trimmed)}
                  </p>
                ) : (
                  <ul role="listbox" aria-label={strings.notes.citeTitle} className="hit-list">
                    {options.map((option, index) => (
                      <li
                        key={option.key}
                        ref={(element) => option.setRefElement(element)}
                        role="option"
                        aria-selected={selectedIndex === index}
                        className={`hit${selectedIndex === index ? ' hit--selected' : ''}`}
                        onMouseEnter={() => setHighlightedIndex(index)}
                        onMouseDown={(event) => {
                          event.preventDefault();
                          selectOptionAndCleanUp(option);
                        }}
                      >
                        <SourceLine {...sourceLineOf(option.hit)} />
                        <span className="hit__text">
                          {option.hit.text.length > 160
                            ? `${option.hit.text.slice(0, 160)}…`
                            : option.hit.text}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>,
              anchor.current,
            )
          : null
      }
    />
  );
}
