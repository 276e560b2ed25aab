import { $createCodeNode } from '@lexical/code';
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
} from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type ElementNode,
  type TextFormatType,
} from 'lexical';
import { useEffect, useState } from 'react';
import { Button, Group, Separator, ToggleButton, Toolbar } from 'react-aria-components';
import { strings } from '../../lib/strings';

const textFormats: { format: TextFormatType; label: string; symbol: string }[] = [
  { format: 'bold', label: strings.editor.bold, symbol: 'B' },
  { format: 'italic', label: strings.editor.italic, symbol: 'I' },
  { format: 'underline', label: strings.editor.underline, symbol: 'U' },
  { format: 'code', label: strings.editor.inlineCode, symbol: '</>' },
];

const blockTypes: { label: string; symbol: string; create: () => ElementNode }[] = [
  { label: strings.editor.paragraph, symbol: '¶', create: $createParagraphNode },
  { label: strings.editor.heading, symbol: 'H2', create: () => $createHeadingNode('h2') },
  { label: strings.editor.subheading, symbol: 'H3', create: () => $createHeadingNode('h3') },
  { label: strings.editor.quote, symbol: '❝', create: $createQuoteNode },
  { label: strings.editor.codeBlock, symbol: '{ }', create: $createCodeNode },
];

/** Undo/redo, text formats, block types and lists; every one also has a key or a Markdown shortcut. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const [active, setActive] = useState<Set<TextFormatType>>(new Set());
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) =>
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            setActive(
              new Set(textFormats.map((t) => t.format).filter((f) => selection.hasFormat(f))),
            );
          }),
        ),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (can) => (setCanUndo(can), false),
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (can) => (setCanRedo(can), false),
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  const setBlock = (create: () => ElementNode) =>
    editor.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $setBlocksType(selection, create);
    });
  return (
    <Toolbar aria-label={strings.editor.toolbar} className="note-toolbar">
      <Group aria-label={strings.editor.history} className="note-toolbar__group">
        <Button
          aria-label={strings.editor.undo}
          isDisabled={!canUndo}
          onPress={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
        >
          ↶
        </Button>
        <Button
          aria-label={strings.editor.redo}
          isDisabled={!canRedo}
          onPress={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
        >
          ↷
        </Button>
      </Group>
      <Separator orientation="vertical" className="note-toolbar__separator" />
      <Group aria-label={strings.editor.formats} className="note-toolbar__group">
        {textFormats.map(({ format, label, symbol }) => (
          <ToggleButton
            key={format}
            aria-label={label}
            className={`note-toolbar__${format}`}
            isSelected={active.has(format)}
            onChange={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, format)}
          >
            <span aria-hidden="true">{symbol}</span>
          </ToggleButton>
        ))}
      </Group>
      <Separator orientation="vertical" className="note-toolbar__separator" />
      <Group aria-label={strings.editor.blocks} className="note-toolbar__group">
        {blockTypes.map(({ label, symbol, create }) => (
          <Button key={label} aria-label={label} onPress={() => setBlock(create)}>
            <span aria-hidden="true">{symbol}</span>
          </Button>
        ))}
        <Button
          aria-label={strings.editor.bulletList}
          onPress={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}
        >
          •
        </Button>
        <Button
          aria-label={strings.editor.numberedList}
          onPress={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}
        >
          <span aria-hidden="true">1.</span>
        </Button>
        <Button
          aria-label={strings.editor.checklist}
          onPress={() => editor.dispatchCommand(INSERT_CHECK_LIST_COMMAND, undefined)}
        >
          ☑
        </Button>
      </Group>
    </Toolbar>
  );
}
