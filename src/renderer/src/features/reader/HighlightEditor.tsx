import { useState } from 'react';
import {
  HIGHLIGHT_COLORS,
  type Highlight,
  type HighlightColor,
} from '../../../../shared/highlights';
import { strings } from '../../lib/strings';
import '../../components/buttons.css';

interface HighlightEditorProps {
  highlight: Highlight;
  top: number;
  left: number;
  onSave: (changes: { color: HighlightColor; comment: string; tags: string[] }) => void;
  onDelete: () => void;
  onClose: () => void;
}

/** Splits "a, b ,c" into tags, dropping blanks and repeats. */
export function parseTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** The card under a highlight: its colour (with label), comment and tags. */
export function HighlightEditor({ highlight, top, left, ...actions }: HighlightEditorProps) {
  const [color, setColor] = useState(highlight.color);
  const [comment, setComment] = useState(highlight.comment);
  const [tags, setTags] = useState(highlight.tags.join(', '));
  const save = () => actions.onSave({ color, comment: comment.trim(), tags: parseTags(tags) });
  return (
    <form
      role="dialog"
      aria-label={strings.reader.editor}
      className="highlight-editor"
      style={{ top, left }}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') actions.onClose();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
      }}
    >
      <fieldset className="highlight-editor__colors">
        <legend className="visually-hidden">{strings.reader.editor}</legend>
        {HIGHLIGHT_COLORS.map((option) => (
          <label key={option} className="highlight-editor__color">
            <input
              type="radio"
              name="highlight-color"
              value={option}
              checked={color === option}
              onChange={() => setColor(option)}
            />
            <span className={`swatch swatch--${option}`} aria-hidden="true" />
            {strings.highlightColors[option]}
          </label>
        ))}
      </fieldset>
      {highlight.status === 'edited' && <p className="muted">{strings.reader.edited}</p>}
      <label className="field">
        <span>{strings.reader.comment}</span>
        <textarea
          autoFocus
          rows={3}
          value={comment}
          placeholder={strings.reader.commentPlaceholder}
          onChange={(event) => setComment(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{strings.reader.tags}</span>
        <input
          value={tags}
          placeholder={strings.reader.tagsPlaceholder}
          onChange={(event) => setTags(event.target.value)}
        />
      </label>
      <div className="highlight-editor__buttons">
        <button type="button" className="button--danger-text" onClick={actions.onDelete}>
          {strings.reader.deleteHighlight}
        </button>
        <button type="button" onClick={actions.onClose}>
          {strings.close}
        </button>
        <button type="submit" className="button--primary">
          {strings.reader.save}
        </button>
      </div>
    </form>
  );
}
