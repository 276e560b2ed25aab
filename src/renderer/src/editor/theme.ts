import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on what it renders; the styles are in features/notes/notes.css. */
export const noteTheme: EditorThemeClasses = {
  paragraph: 'note-p',
  heading: { h1: 'note-h1', h2: 'note-h2', h3: 'note-h3', h4: 'note-h4' },
  quote: 'note-blockquote',
  list: {
    ul: 'note-ul',
    ol: 'note-ol',
    listitem: 'note-li',
    listitemChecked: 'note-li--checked',
    listitemUnchecked: 'note-li--unchecked',
    nested: { listitem: 'note-li--nested' },
  },
  link: 'note-link',
  code: 'note-code',
  text: {
    bold: 'note-bold',
    italic: 'note-italic',
    underline: 'note-underline',
    strikethrough: 'note-strike',
    underlineStrikethrough: 'note-underline-strike',
    code: 'note-inline-code',
  },
};
