import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_HIGH, DRAGOVER_COMMAND, DROP_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import type { PassageSource } from '../../../../shared/note-content';
import { $blockAtPoint, $insertPassageQuote, completeSource } from '../insert-passage';
import { PASSAGE_MIME, readPassageDragData } from '../passage-transfer';

/**
 * Quotes a passage dragged from the reader, as a block where it is dropped; and inserts a
 * quotation the side panel asks for ("Quote in note"), identified by a changing nonce.
 */
export function PassageDropPlugin({
  request,
  onRequestDone,
}: {
  request: { source: PassageSource; nonce: number } | null;
  onRequestDone: () => void;
}) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (!event.dataTransfer?.types.includes(PASSAGE_MIME)) return false;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const dragged = readPassageDragData(event.dataTransfer);
            if (!dragged) return false;
            event.preventDefault();
            // Command listeners run inside an editor update: insert directly, key in hand.
            const target = $blockAtPoint(event.clientX, event.clientY);
            const key = $insertPassageQuote(dragged.source, target);
            if (dragged.partial) void completeSource(editor, key, dragged.source);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  // Each request is inserted once, even if this effect runs again before it is cleared.
  const inserted = useRef<number | null>(null);
  useEffect(() => {
    if (!request || inserted.current === request.nonce) return;
    inserted.current = request.nonce;
    editor.update(() => $insertPassageQuote(request.source));
    onRequestDone();
  }, [editor, request, onRequestDone]);
  return null;
}
