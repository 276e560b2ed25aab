import type { ErrorCode } from '../../../shared/result';
import { messageFormatter } from './i18n/message';
import { languageName } from './i18n/language-name';
import { telegramCounts } from './i18n/telegram-counts';
import { currentLocale, type Locale } from './i18n/locale';
import { french } from './strings.fr';

// Plurals and numbers go through ICU messages, so French and English each get their own rules.
const icu = messageFormatter('en');

/** Every English UI string; `strings.fr.ts` holds the same keys in French. */
export const english = {
  appName: 'Recoupe',
  views: { label: 'View', reader: 'Reader', timeline: 'Timeline', crossCheck: 'Cross-check' },
  importMenu: {
    label: 'Import',
    files: 'Files…',
    folder: 'Folder…',
    clipboard: 'From clipboard…',
    pasteShortcut: 'Ctrl+V',
  },
  importTitle: 'Import article files',
  searchPlaceholder: 'Search passages…',
  searchLabel: 'Search passages',
  library: 'Library',
  documents: 'Documents',
  noDocuments:
    'No documents yet. Drop article files or folders (.txt, .md, .html, .pdf, .docx, a Telegram export) anywhere on this window, paste text (Ctrl+V), or use the Import menu (Ctrl+O).',
  /** The library's empty state when the main pane already says how to import. */
  noDocumentsShort: 'Your articles will be listed here.',
  noDocumentOpen: 'Open a document from the library, or search for a passage.',
  dropHere: 'Drop article files to import them',
  dropHint:
    'Files or whole folders: .txt, .md, .html, .pdf, .docx. Each file is imported separately.',
  loading: 'Loading…',
  passages: (count: number) =>
    icu('{count, plural, one {# passage} other {# passages}}', { count }),
  corpusSize: (documents: number, passages: number) =>
    icu(
      '{documents, plural, one {# document} other {# documents}} · {passages, plural, one {# passage} other {# passages}}',
      { documents, passages },
    ),
  similarTitle: 'Other sources',
  similarHint: 'Select a passage in the reader to see which other sources report something alike.',
  similarNone: 'No passage in another document resembles this one.',
  similarFor: (ordinal: number) =>
    icu('Passage {ordinal, number}: similar passages in other documents', { ordinal: ordinal + 1 }),
  noResults: (query: string) => `No passage matches “${query}”.`,
  results: (count: number) => icu('{count, plural, one {# result} other {# results}}', { count }),
  importPanelTitle: 'Import',
  importDone: (done: number, total: number) =>
    icu('{done, number} of {total, plural, one {# file} other {# files}} processed', {
      done,
      total,
    }),
  cancel: 'Cancel',
  close: 'Close',
  retry: 'Try again',
  cancelled: 'Cancelled',
  importStatus: {
    queued: 'Queued',
    reading: 'Reading…',
    cleaning: 'Cleaning…',
    indexing: 'Indexing…',
    imported: 'Imported',
    duplicate: 'Already in the corpus',
    failed: 'Failed',
    cancelled: 'Not imported (cancelled)',
  },
  importFailedCount: (count: number) => icu('{count, number} failed', { count }),
  paste: {
    title: 'New document from the clipboard',
    hint: 'Paste the text here (Ctrl+V): a post, a statement, a page’s article.',
    content: 'Pasted text',
    kindHtml: 'Formatted text (HTML): read like a saved web page.',
    kindText: 'Plain text.',
    optional: 'optional',
    import: 'Import',
  },
  telegram: {
    summary: (t: {
      chat: string;
      imported: number;
      alreadyPresent: number;
      service: number;
      withoutText: number;
      failed: number;
    }) => {
      const v = telegramCounts(t);
      return [
        icu('Telegram “{chat}”: {imported, plural, one {# post} other {# posts}} imported', v),
        t.alreadyPresent && icu('{alreadyPresent, number} already in the corpus', v),
        t.withoutText && icu('{withoutText, number} without text (media only) not imported', v),
        t.service &&
          icu('{service, plural, one {# service message} other {# service messages}} skipped', v),
        t.failed && icu('{failed, number} failed', v),
      ]
        .filter(Boolean)
        .join(' · ');
    },
    missingPages: (pages: number[]) =>
      `Missing from the export: ${[pages]
        .flat()
        .map((page) => (page === 1 ? 'messages.html' : `messages${page}.html`))
        .join(', ')}; their posts are not imported.`,
    askPublicName: (chat: string) => `Public name of “${chat}” on Telegram, for the posts’ links: `,
    linked: (name: string) => `Posts link to t.me/${name}/…`,
    question: {
      status: 'Needs your answer',
      waiting: (count: number) => icu('{count, number} awaiting your answer', { count }),
      privateChat: (chat: string) =>
        `“${chat}” is a personal or group chat, not a channel: its messages are private. Import them only if you mean to.`,
      privateChatButton: 'Import private chat',
      keepPartial: (position: number, posts: number) =>
        icu(
          'This export stops being valid JSON at byte {position, number}: it may have been cut short. {posts, plural, =0 {No post was} one {# post was} other {# posts were}} read before that point. Export the chat again, or keep what was read.',
          { position, posts },
        ),
      keepPartialButton: (posts: number) =>
        icu('Keep the {posts, plural, one {# post} other {# posts}} read', { posts }),
    },
    keptBefore: (position: number) =>
      icu(
        'The export breaks at byte {position, number}: only the posts before it were imported, as you asked.',
        { position },
      ),
  },
  importScanning: 'looking through folders…',
  importRunning: (left: number) => icu('Importing… {left, number} left', { left }),
  importFolder: 'Import folder…',
  importShortcut: 'Ctrl+O',
  source: {
    title: 'Article details',
    open: 'Article details…',
    fields: {
      title: 'Title',
      outlet: 'Outlet',
      author: 'Author',
      url: 'Address (URL)',
      publishedAt: 'Published',
      language: 'Language',
    },
    save: 'Save',
    reset: 'Use the file’s value',
    reprocess: 'Re-process from the original file',
    setAside: (count: number) => icu('Set aside by the import ({count, number})', { count }),
    shortText: 'Short text: nothing set aside',
    setAsideHint:
      'Menus, captions, forms and other page parts are kept here, not in the article. Put a block back if the import got it wrong.',
    putBack: 'Put back',
    setAsideAgain: 'Set aside',
    // Choices are kept by a block's text, so identical blocks (a caption repeated under every
    // photo) always move together: the button says so before it is pressed.
    putBackIdentical: (count: number) =>
      icu('Put back {count, number} identical blocks', { count }),
    setAsideIdentical: (count: number) =>
      icu('Set aside {count, number} identical blocks', { count }),
    // A run of consecutive blocks (key points, a subheading) moves in one step; the button
    // counts the identical blocks elsewhere that go with them.
    putBackRun: (count: number, identical: number) =>
      icu(
        'Put back these {count, number} blocks{identical, plural, =0 {} one { and # identical block} other { and # identical blocks}}',
        { count, identical },
      ),
    setAsideRun: (count: number, identical: number) =>
      icu(
        'Set these {count, number} blocks aside{identical, plural, =0 {} one { with # identical block} other { with # identical blocks}}',
        { count, identical },
      ),
    runLabel: (count: number) => icu('{count, number} blocks in a row', { count }),
    restoredByYou: 'put back by you',
    removedByYou: 'set aside by you',
    page: (page: number) => `page ${page}`,
    kinds: {
      body: 'Article text',
      title: 'Headline',
      outlet: 'Masthead',
      menu: 'Menu or label',
      caption: 'Photo caption or credit',
      share: 'Share buttons',
      form: 'Comment form',
      metadata: 'Metadata line',
      tags: 'Tags',
      copyright: 'Copyright',
      related: 'Other articles',
      promo: 'Subscription or cookie prompt',
      header: 'Running header or page number',
      outside: 'Page text around the article',
    } as Record<string, string>,
  },
  quoted: (text: string) => `“${text}”`,
  undated: 'undated',
  unknownOutlet: 'unknown outlet',
  crossCheck: {
    title: 'Cross-check',
    tabs: 'What the sources share',
    quotes: 'Quotes',
    figures: 'Figures',
    copies: 'Copies',
    noQuotes:
      'No quotation is carried by two documents yet. Import more articles on the same events.',
    noFigures: 'No figure is given by two documents yet.',
    noCopies: 'No two documents are near-identical copies.',
    empty: 'Import articles from several outlets to see which quotes and figures they share.',
    sources: (documents: number, independent: number) =>
      icu('{documents, plural, one {# document} other {# documents}}', { documents }) +
      (independent < documents ? icu(' · {independent, number} independent', { independent }) : ''),
    verdicts: {
      agree: 'Sources agree',
      disagree: 'Sources disagree',
      changed: 'Estimate changed over time',
      'not-compared': 'Not compared: no date',
    },
    firstPublished: (source: string) => `First: ${source}`,
    hasPrimary: 'Primary source in the corpus: the post the articles quote',
    primary: 'Primary source: the post the articles quote',
    faithful: 'Quoted faithfully (the same words as the post)',
    changed: 'Quoted with changes:',
    onlyPrimary: 'in the post, not in the article',
    onlyArticle: 'in the article, not in the post',
    byDateAlone: '(on the publication dates alone: not every source gives a time)',
    saidBy: (speakers: string) => `Said by ${speakers}`,
    compare: 'Compare side by side',
    comparing: 'Side by side',
    closeCompare: 'Back to the list',
    openInReader: 'Open in the reader',
    copyOf: (group: number) => `copy group ${group}`,
    /** A verdict's reason: figures, sources and dates already worded. */
    why: {
      figure: (text: string, source: string) => `“${text}” (${source})`,
      dated: (words: string, span: string) => `dated “${words}”, ${span}`,
      published: (span: string) => `published ${span}`,
      /** One day a figure holds, inside `dated` or `published`. */
      onDay: (date: string) => date,
      compatible: (figures: string) => `The numbers are compatible: ${figures}.`,
      compatibleRanges: (figures: string) =>
        `The numbers are compatible: ${figures} (approximate figures read as ranges that overlap).`,
      sameTime: (first: string, second: string, firstWhen: string, secondWhen: string) =>
        `${first} and ${second} count the same thing at the same time (${firstWhen}; ${secondWhen}) and their numbers cannot both be right.`,
      changed: (earlier: string, earlierWhen: string, later: string, laterWhen: string) =>
        `Estimate changed over time: ${earlier}, ${earlierWhen}; then ${later}, ${laterWhen}.`,
      undated: (first: string, second: string, missing: string, why: string) =>
        `${first} and ${second} give different numbers, but ${missing}’s figure has no date (${why}), so they may not describe the same moment.`,
      estimatedDate: (first: string, second: string, guessed: string) =>
        `${first} and ${second} give different numbers, but ${guessed}’s date is estimated (its document states none), so which came first, or whether they describe the same moment, is not known.`,
      unresolved: (words: string) =>
        `its sentence dates it “${words}”, a date that could not be worked out`,
      noDate: 'neither its sentence nor its document gives a date',
      unknown: 'no date',
    },
    similarity: (share: number) => icu('{share, number, percent} shared wording', { share }),
  },
  filters: {
    label: 'Search filters',
    source: 'Source',
    language: 'Language',
    from: 'From',
    to: 'To',
    // "Any" for each filter: a language may agree it with the filter's noun (French).
    any: { source: 'Any', language: 'Any' },
  },
  embedding: {
    open: 'Similarity model…',
    title: 'How passages are compared',
    current: (id: string, dimensions: number) =>
      icu(
        'In use: {builtIn, select, yes {the built-in method, comparing words and spelling} other {the model “{id}”}} ({id}, {dimensions, number} numbers per passage)',
        { builtIn: String(id).startsWith('lexical-') ? 'yes' : 'no', id, dimensions },
      ),
    intro:
      'Search and Other sources find passages that say the same thing. A language model saved on this computer can find more of them than the built-in method. Recoupe never downloads one.',
    folderLabel: 'Folder of a language model on this computer',
    folderHint:
      'A sentence-embedding model in ONNX format: the folder holds config.json, tokenizer.json and onnx/model.onnx.',
    browserFolderHint:
      "In browser mode the folder must sit in the data folder's models/ folder: the browser never names other paths on this machine.",
    useModel: 'Use this model',
    useLexical: 'Back to the built-in method',
    job: (state: string, done: number, total: number) =>
      icu(
        '{state, select, running {Comparing passages again… {done, number} of {total, number}} done {Done: {total, plural, one {# passage} other {# passages}} compared again} other {Comparing passages again failed}}',
        { state, done, total },
      ),
  },
  reasons: {
    label: 'Why it matched',
    quote: 'same quote',
    figure: 'same figure',
    names: 'same names',
    terms: 'same words',
    vector: 'similar wording',
    numbers: 'same numbers',
    primary: 'primary source',
    faithful: 'the post the quotation comes from, quoted faithfully',
    changed: 'the post the quotation comes from, quoted with changes',
  },
  dateFrom: {
    metadata: 'from the page metadata',
    text: 'from the text',
    file: 'from the file',
    user: 'set by you',
    estimated: 'estimated',
  },
  /** How a date is known, in a word, where a row is short of room ("Mar 14, 2025 · stated"). */
  dateBasis: {
    stated: 'stated',
    metadata: 'metadata',
    estimated: 'estimated',
    user: 'set by you',
  },
  /** The same, whole, for the tooltip of a row's basis word. */
  dateBasisHint: {
    stated: 'Stated in the article',
    metadata: 'From the page metadata',
    estimated: 'Estimated from evidence in the file',
    user: 'Set by you',
  },
  sidePanel: { label: 'Side panel', context: 'Context', note: 'Note' },
  notes: {
    title: 'Notes',
    newNote: 'New note',
    searchLabel: 'Search notes',
    searchPlaceholder: 'Search notes…',
    none: 'No notes yet. Create one, then drag passages from the reader into it.',
    noMatch: (query: string) => `No note matches “${query}”.`,
    citations: (count: number) =>
      icu('{count, plural, one {# citation} other {# citations}}', { count }),
    actions: (title: string) => `Actions for ${title}`,
    open: 'Open',
    duplicate: 'Duplicate',
    delete: 'Delete',
    deleted: (title: string) => `“${title}” deleted.`,
    undo: 'Undo',
    allNotes: '← All notes',
    noteGone:
      'The note that was open no longer exists (it may have been deleted). Here are your notes.',
    titleLabel: 'Note title',
    editorLabel: 'Note text',
    editorPlaceholder:
      'Write here. Drag a passage from the reader to quote it, or type [[ to cite one. Markdown shortcuts work: #, -, 1., [ ], >, ```.',
    status: { saved: 'Saved', unsaved: 'Unsaved changes', saving: 'Saving…', error: 'Not saved' },
    openPassage: 'Open this passage in the reader',
    sourceGone: 'Source deleted from the corpus; the quote is kept as saved.',
    sourceGoneShort: 'source deleted',
    removeQuote: 'Remove this quotation',
    citeTitle: 'Cite a passage',
    citeHint: 'Type at least two letters to search passages.',
    quoteInNote: 'Quote in note',
    dragPassage: 'Drag this passage into the note, or press to quote it there',
    quoteShortcut: 'Ctrl+Shift+Q',
    citedIn: 'Cited in notes',
    citedNone: 'No note cites this passage yet.',
    export: 'Export…',
    exportTitle: 'Export to Markdown',
    exportLinks: 'Links to sources',
    exportPlain: 'Plain Markdown',
    exportWiki: 'Obsidian / Zettlr [[links]]',
    exportComments: 'Include highlight comments',
    exportPreview: (fileName: string) => `Preview of ${fileName}`,
    exportSave: 'Save file',
    exportSaved: (fileName: string) =>
      `Saved “${fileName}” in your downloads folder (where your browser saves downloads).`,
    exportLanguage: 'Language of the export',
  },
  editor: {
    toolbar: 'Formatting',
    history: 'History',
    formats: 'Text formats',
    blocks: 'Blocks',
    undo: 'Undo (Ctrl+Z)',
    redo: 'Redo (Ctrl+Shift+Z)',
    bold: 'Bold (Ctrl+B, **text**)',
    italic: 'Italic (Ctrl+I, *text*)',
    underline: 'Underline (Ctrl+U)',
    inlineCode: 'Code (`text`)',
    paragraph: 'Paragraph',
    heading: 'H2 heading (## )',
    subheading: 'H3 subheading (### )',
    quote: 'Block quote (> )',
    codeBlock: 'Code block (```)',
    bulletList: 'Bulleted list (- )',
    numberedList: '1. Numbered list (1. )',
    checklist: 'Checklist ([ ] )',
  },
  timeline: {
    title: 'Timeline',
    empty: 'No dated events yet. Import articles: the dates their text gives appear here.',
    noMatch: 'No event matches these filters.',
    chart: 'Events over time',
    chartHelp:
      'Scroll or pinch to zoom, drag to pan. Keys: + and − zoom, ← and → pan, 0 shows everything.',
    search: 'Search events',
    searchPlaceholder: 'Search events…',
    outlet: 'Outlet',
    document: 'Document',
    allOutlets: 'All outlets',
    allDocuments: 'All documents',
    lanes: 'Rows',
    laneModes: { none: 'Together', outlet: 'By outlet', document: 'By document' },
    mode: 'Place events by',
    modes: { happened: 'When it happened', reported: 'When it was reported' },
    captions: 'Dates in photo captions',
    captionModes: { shown: 'Show captions', hidden: 'Hide captions' },
    fromCaption: 'from a caption',
    /** After the publish days of several articles, some of them estimated. */
    partlyEstimated: 'some dates estimated',
    sameEvent: (sources: number, words: string) =>
      icu('Reported by {sources, number} sources, the same day, in the same words: {words}', {
        sources,
        words,
      }),
    otherSources: 'The same event in other sources',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Show all',
    sources: (count: number) => icu('{count, plural, one {# source} other {# sources}}', { count }),
    itemDate: (date: string) => `${date}: `,
    itemCounts: (events: number, sources: number) =>
      icu(
        ' {events, plural, one {event} other {events}} from {sources, plural, one {# source} other {# sources}} · ',
        { events, sources },
      ),
    details: (date: string) => `Events around ${date}`,
    addTitle: 'Add to the timeline',
    addLabel: (words: string) =>
      `Date “${words.length > 40 ? `${words.slice(0, 39)}…` : words}” on the timeline`,
    add: 'Add to timeline',
    addOpen: 'Add to timeline…',
    datePlaceholder: 'YYYY-MM-DD',
    added: (date: string) => `Added to the timeline on ${date}.`,
    more: (count: number) =>
      icu('…and {count, number} more: zoom in to see them apart.', { count }),
    openInReader: 'Open in reader',
    editDate: 'Edit date',
    save: 'Save',
    dismiss: 'Dismiss',
    dateLabel: 'Date (2024-10-28, 2024-10, 2024-10-27/2024-10-28, 2024-10-28T07:45)',
    resolution: {
      absolute: 'stated in full',
      relative: 'from the publish date',
      inferred: 'inferred from other dates in the article',
      user: 'set by you',
      unresolved: 'needs the article’s publish date',
    },
    unresolvedTitle: (count: number) =>
      icu(
        '{count, plural, one {# event} other {# events}} not yet dated: their articles have no known publish date',
        { count },
      ),
    unplaced: (count: number) =>
      icu(
        '{count, plural, one {# event} other {# events}} hidden: their articles have no publish date',
        { count },
      ),
  },
  highlightColors: {
    yellow: 'Key point',
    green: 'Confirmed',
    blue: 'To check',
    pink: 'Doubtful',
  },
  reader: {
    toolbar: 'Highlight the selection',
    commentSelection: 'Comment… (c)',
    commentMark: (comment: string) => `Comment: ${comment}`,
    highlightAs: (label: string, key: number) => `Highlight as “${label}” (${key})`,
    highlightAsLabel: (label: string) => `Highlight as “${label}”,`,
    editor: 'Highlight',
    comment: 'Comment',
    commentPlaceholder: 'Why this matters, what to check…',
    tags: 'Tags',
    tagsPlaceholder: 'Comma-separated, e.g. maire, bilan',
    save: 'Save',
    deleteHighlight: 'Delete highlight',
    opensInBrowser: '(opens in your web browser)',
    language: (code: string) => languageName('en', code),
    highlightCount: (count: number) =>
      icu('{count, plural, one {# highlight} other {# highlights}}', { count }),
    orphansTitle: (count: number) =>
      icu(
        '{count, plural, one {# highlight lost its place} other {# highlights lost their place}}',
        {
          count,
        },
      ),
    orphansHint:
      'The text changed since these were made and their quote is no longer in it. They are kept here with their quote.',
    edited: 'The text here changed since you highlighted it.',
    find: 'Find in document',
    findPlaceholder: 'Find in document (Ctrl+F)',
    findCount: (current: number, total: number) =>
      icu('{total, plural, =0 {No match} other {{current, number} of {total, number}}}', {
        current,
        total,
      }),
    findNext: 'Next match',
    findPrevious: 'Previous match',
    keys: 'Keys: j/k passage · [/] highlight · 1–4 highlight the selection or passage · c comment · Ctrl+Shift+Q quote in note · Ctrl+F find · s other sources',
    deleteDocument: 'Delete document…',
    deleteTitle: 'Delete this document?',
    deleteBody: (title: string, highlights: number) =>
      icu(
        '“{title}” and its passages will be removed from the corpus.{highlights, plural, =0 {} one { Its # highlight will be kept as an orphan, with its quote.} other { Its # highlights will be kept as orphans, with their quotes.}}',
        { title, highlights },
      ),
    deleteConfirm: 'Delete',
    deleted: (title: string) => `Deleted “${title}”.`,
    undo: 'Undo',
    renderFailed: 'This document could not be displayed.',
    renderFailedHint: 'Try opening it again; if it keeps failing, re-import the file.',
    closeDocument: 'Back to the library',
  },
  context: {
    title: 'Context',
    passage: (ordinal: number) => icu('Passage {ordinal, number}', { ordinal: ordinal + 1 }),
    highlight: 'Highlights in this passage',
  },
  attribution: {
    estimated: 'estimated',
    /** "≈ 28 Oct 2024": an estimate is never written as a plain date. */
    approximately: (date: string) => `≈ ${date}`,
    /** An estimate resting only on dates the text reports as past: a bound, not a day. */
    orLater: (date: string) => `${date} or later`,
    range: (from: string, to: string) => `between ${from} and ${to}`,
    /** An estimate's closed range of days, as the reader header shows it too. */
    possibleDates: (span: string) => `Possible dates: ${span}`,
    evidence: 'Evidence',
    evidenceTitle: 'Why Recoupe gives this date, outlet and title',
    hideEvidence: 'Hide evidence',
    dateEvidence: 'Publish date',
    outletEvidence: 'Outlet',
    titleEvidence: 'Title',
    /**
     * What a piece of evidence says of the publish date, with its day (formatted): "not
     * published before Oct 28, 2024".
     */
    roles: {
      date: (date: string) => `states the date ${date}`,
      after: (date: string) => `not published before ${date}`,
      before: (date: string) => `not published after ${date}`,
      guess: (date: string) => `a likely day ${date}`,
      ignored: (date: string) => `not used ${date}`,
    } as Record<string, (date: string) => string>,
    /**
     * The same with a month: English words it as a day, a language may not (French says
     * « avant le 28 oct. » but « avant octobre 2024 »).
     */
    monthRoles: {
      date: (month: string) => `states the date ${month}`,
      after: (month: string) => `not published before ${month}`,
      before: (month: string) => `not published after ${month}`,
      guess: (month: string) => `a likely day ${month}`,
      ignored: (month: string) => `not used ${month}`,
    } as Record<string, (month: string) => string>,
    kinds: {
      // A page's own date line ('Publié le 14 mars 2025', 'Publish date : …'), wherever it
      // stands: not a dateline in the newsroom sense, which heads the article.
      dateline: 'Publish date line',
      metadata: 'Page metadata',
      url: 'Web address',
      'body-date': 'Date in the text',
      'weekday-date': 'Weekday and date in the text',
      weekday: 'Weekday in the text',
      'pdf-info': 'PDF properties',
      'docx-properties': 'Word document properties',
      'file-time': 'File modified',
      corpus: 'Related article',
      user: 'Set by you',
      'url-host': 'Web address',
      masthead: 'Masthead',
      'credit-line': 'Credit line',
      byline: 'Byline',
      headline: 'Headline',
      'first-sentence': 'First sentence',
      'file-name': 'File name',
      ignored: 'Not used',
    } as Record<string, string>,
    accept: 'Accept estimate',
    /** For an estimate shown as a range: the day accepting it would set. */
    acceptDay: (day: string) => `Accept ${day}`,
    acceptHint: 'Keep this date as yours: it will show as set by you.',
    madeUpTitle: 'made-up title',
    madeUpTitleHint: 'No headline: this title was made from the first sentence. Click to edit it.',
    edit: (field: string) => `Edit ${field}`,
    editHint: 'Enter saves, Escape cancels; an empty field gives it back to the import.',
    empty: (field: string) => `add ${field}`,
    fields: {
      title: 'title',
      outlet: 'outlet',
      author: 'author',
      publishedAt: 'publish date',
      url: 'web address',
    } as Record<string, string>,
    restsOnEstimate: 'rests on an estimated publish date',
    bulkTitle: (count: number) =>
      icu('{count, plural, one {# document} other {# documents}} selected', { count }),
    bulkOutlet: 'Set outlet',
    bulkDate: 'Set publish date',
    bulkApply: 'Apply',
    bulkSelect: (title: string) => `Select “${title}”`,
    bulkClear: 'Clear selection',
    bulkKey: 'x ticks or unticks the current document',
    bulkDone: (count: number) =>
      icu('Updated {count, plural, one {# document} other {# documents}}.', { count }),
    /** Between two notes on one piece of evidence. */
    noteSeparator: '; ',
    /** How a piece of evidence was read, or why it was not used (dates already formatted). */
    notes: {
      hostIsOutlet: (host: string, outlet: string) => `${host} is ${outlet}`,
      wireCredited: (agency: string) => `a wire agency (${agency}) is credited`,
      hostNotKnown: 'not in the table of known outlets',
      photoCredit: 'a photo credit names who took the picture, not the outlet',
      noHeadline: 'no headline',
      noHeadlineNoText: 'no headline, no text',
      weekdayMismatch: (date: string, weekday: string, stated: string) =>
        `${date} is a ${weekday}, not a ${stated}`,
      noYearForWeekday: (year: string, weekday: string) =>
        `no year near ${year} has this day on a ${weekday}`,
      weekdayGivesYear: (date: string, weekday: string) => `${date} is a ${weekday}`,
      yearFromEvidence: (year: string) => `year taken from the other evidence (${year})`,
      looksForward: 'the text looks forward to it',
      afterFileTime: 'after the file’s own time',
      implausibleFileTime:
        'not a plausible time for a news page: a time lost in a copy or an archive',
      fileTimeOfCopy: 'older than days the text reports: the time of a copy',
      /** `source` is one of `dateSources`. */
      disagrees: (source: string, date: string) => `disagrees with ${source} (${date})`,
      olderThanText: (date: string) => `older than ${date}, which the text reports`,
      laterThan: (source: string) => `later than ${source}`,
      related: (shared: string, title: string, outlet: string) =>
        icu(
          '{shared, select, copy {a near-identical copy} quote {shares this quotation} other {counts the same thing}}: “{title}”',
          { shared, title },
        ) + (outlet ? ` (${outlet})` : ''),
    },
    /** The date another piece of evidence is set against, by its kind or basis. */
    dateSources: {
      dateline: 'the stated date',
      stated: 'the stated date',
      metadata: 'the page’s metadata',
      url: 'the web address',
      'pdf-info': 'the PDF properties',
      'docx-properties': 'the Word document properties',
      user: 'the date you set',
      estimated: 'the estimate',
    } as Record<string, string>,
    whyUnknown: {
      'nothing-found': 'No date in the metadata, the web address or the text.',
      'file-time-only':
        'No date in the metadata, the web address or the text; the file’s time only says it is older than that.',
    } as Record<string, string>,
    outletUnknown: {
      'nothing-found':
        'No site name in the page’s metadata, no web address, masthead or credit line.',
      'photo-credits-only':
        'No site name in the page’s metadata, no web address, masthead or credit line; the photo credits name who took the pictures, not the outlet.',
    } as Record<string, string>,
  },
  report: {
    open: 'Report a problem…',
    title: 'Report a problem',
    intro:
      'Recoupe writes what went wrong, with the technical detail, to a log in its data folder. Attach that file to your report: it says where each failure happened.',
    logAt: 'Log file:',
    noLog: 'none yet (no corpus open)',
    none: 'No failure has been logged.',
    recent: 'Newest failures',
  },
  health: {
    label: 'Corpus file',
    checking:
      'Recoupe was not closed cleanly last time: checking the corpus file in the background…',
    damaged:
      'Part of the corpus file is damaged. Recoupe keeps it open for reading; nothing more is written to it until it is repaired.',
    derivedOnly:
      'Only the search indexes are hit (full text, vectors): they can be made again from your articles, highlights and notes, which are intact.',
    dataHit:
      'The damage reaches your articles, highlights or notes: the way back is the newest backup.',
    rebuild: 'Rebuild the indexes',
    restore: (when: string) => `Restore the backup of ${when}`,
    restoreHint:
      'Changes made after that backup are not in it. The damaged file is kept aside either way, never deleted.',
    noBackup:
      'No sound backup was found in the data folder. Copy out what you need (export your notes), then use Report a problem.',
    working: 'Repairing… the corpus stays readable meanwhile.',
    recovered: (kind: 'rebuild' | 'restore', kept: string) =>
      `${kind === 'rebuild' ? 'The indexes were rebuilt' : 'The newest backup was restored'}: the corpus is sound again. The damaged file is kept as ${kept}.`,
    reload: 'Reload the window',
  },
  backups: {
    open: 'Backups…',
    title: 'Automatic backups',
    intro:
      'Recoupe copies the corpus once a day while it runs and before re-embedding or re-processing it, checks each copy, and keeps the last 7 days and 4 weeks.',
    usage: (used: string, budget: number) =>
      icu('{used} used of a {budget, number} MB budget.', { used, budget }),
    budgetLabel: 'Size budget (MB)',
    save: 'Save',
    none: 'No automatic backup yet: the first is taken a few minutes after the app opens.',
    listLabel: 'Backups kept',
    folder: (folder: string) => `They are in ${folder}.`,
  },
  reprocessAll: {
    open: 'Re-process all…',
    title: 'Re-process every document',
    intro:
      'Makes every document again from its original file with the current cleaning rules. Your corrections are kept, highlights follow their text, and a checked backup is taken first.',
    start: 'Re-process every document',
    cancel: 'Stop',
    job: (state: string, done: number, total: number) =>
      icu(
        '{state, select, running {Re-processing… {done, number} of {total, number}} done {Done: {total, plural, one {# document} other {# documents}} re-processed} cancelled {Stopped after {done, number} of {total, number}: those stay re-processed, the others as they were} other {Re-processing stopped: {done, number} of {total, number} done}}',
        { state, done, total },
      ),
    failed: (count: number) =>
      icu(
        '{count, plural, one {# document could not be re-processed and is kept as it was:} other {# documents could not be re-processed and are kept as they were; the first:}}',
        { count },
      ),
  },
  libraryTools: {
    sort: 'Sort',
    sortNewest: 'Newest first',
    sortOldest: 'Oldest first',
    sortTitle: 'Title',
    sortOutlet: 'Outlet',
    sortHighlights: 'Most highlighted',
    outlet: 'Outlet',
    language: 'Language',
    tag: 'Tag',
    year: 'Year',
    // "Any" for each filter: a language may agree it with the filter's noun (French).
    any: { outlet: 'Any', language: 'Any', tag: 'Any', year: 'Any' },
    shown: (shown: number, total: number) =>
      icu('{shown, number} of {total, plural, one {# document} other {# documents}}', {
        shown,
        total,
      }),
    noMatch: 'No document matches these filters.',
    clearFilters: 'Clear filters',
    orphans: (count: number) =>
      icu('{count, plural, one {# highlight} other {# highlights}} from deleted documents', {
        count,
      }),
    orphansHint: 'Their documents were deleted; the highlights are kept here with their quotes.',
  },
  palette: {
    open: 'Commands, Ctrl+K',
    shortcut: 'Ctrl+K',
    title: 'Command palette',
    inputLabel: 'Command, document or words to search',
    placeholder: 'Type a command, a document’s title or outlet, or words to search…',
    actions: 'Actions',
    documents: 'Documents',
    searchFor: (words: string) => `Search passages for “${words}”`,
    search: 'Search passages…',
    view: (name: string) => `Show the ${name} view`,
    newNote: 'New note',
    quote: 'Quote the selection in the note',
    quoteUnavailable: 'First select words in a reader passage, or move to a passage (j/k).',
    exportNote: 'Export the open note to Markdown…',
    exportUnavailable: 'First open a note in the Note tab.',
    importFiles: 'Import files…',
    importFolder: 'Import a folder…',
    importClipboard: 'New document from the clipboard…',
    language: (name: string) => `Interface language: ${name}`,
    reportProblem: 'Report a problem…',
    noDocument: (words: string) => `No document’s title or outlet contains “${words}”.`,
    noCommand: (words: string) => `No command matches “${words}”.`,
  },
  locale: {
    label: 'Language',
    names: { en: 'English', fr: 'Français' },
  },
  errors: {
    happened: {
      'invalid-input': 'Recoupe refused a request it could not understand.',
      'not-found': 'This item no longer exists.',
      'unsupported-format': 'This kind of file cannot be imported.',
      'empty-file': 'The file is empty: there is nothing to import.',
      'binary-file': 'The file looks like a binary file, not an article.',
      'bad-encoding': 'The file’s text encoding could not be read.',
      'too-large': 'The file is too large to import.',
      'corrupt-file': 'The file is damaged and cannot be read.',
      'encrypted-file': 'The file is protected by a password.',
      'no-text-layer': 'The PDF holds only images of pages, no text.',
      cancelled: 'Cancelled before it finished.',
      'database-newer': 'This corpus was saved by a newer version of Recoupe.',
      'storage-failed': 'Recoupe could not write to its data file.',
      'corpus-damaged': 'Part of the corpus file is damaged.',
      'disk-full': 'The disk is full.',
      'read-only': 'The data folder cannot be written.',
      unauthorized: 'This page is not allowed to reach Recoupe.',
      internal: 'Something went wrong inside Recoupe.',
    } satisfies Record<ErrorCode, string>,
    inFile: (file: string, sentence: string) => `${file}: ${sentence}`,
    nextStep: {
      'invalid-input': 'This looks like a bug in Recoupe; please report it.',
      'not-found': 'It may have been deleted. Refresh the library.',
      'unsupported-format':
        'Convert the file to a supported format, or copy its text into a .txt file.',
      'empty-file': 'Check that the file holds the article’s text.',
      'binary-file': 'Check that this is the article you meant to import.',
      'bad-encoding': 'Save the file as UTF-8 text and import it again.',
      'too-large': 'Split the file into smaller ones.',
      'corrupt-file': 'Open the file in its own application and save it again.',
      'encrypted-file':
        'Remove the password (print or export it to a new PDF), then import it again.',
      'no-text-layer': 'Run it through OCR (for example ocrmypdf) and import the result.',
      cancelled: 'Import it again when you are ready.',
      'database-newer': 'Install the newest version of Recoupe.',
      'storage-failed': 'Check that the disk has free space, then try again.',
      'corpus-damaged':
        'Use the message at the top of the window: it says what is hit and offers the way back.',
      'disk-full': 'Free some space on the disk, then try again.',
      'read-only':
        'Check that the data folder can be written (permissions, a locked or full drive), then restart Recoupe.',
      unauthorized: 'Reopen the address that Recoupe printed when it started.',
      internal:
        'Try again; if it keeps failing, use Report a problem… (in the status bar, or in the command palette: Ctrl+K).',
    } satisfies Record<ErrorCode, string>,
    tooLarge: (file: string, megabytes: number, limit: number) =>
      icu('{file} is {megabytes, number} MB; Recoupe imports files up to {limit, number} MB.', {
        file,
        megabytes,
        limit,
      }),
  },
};

/** The shape every catalog has: a key missing or misspelt in French fails the typecheck. */
export type Catalog = typeof english;

/** The catalog of each interface language. */
export const catalogs: Record<Locale, Catalog> = { en: english, fr: french };

/**
 * The strings of the current interface language, read as `strings.notes.title` or
 * `strings.passages(3)`: each read resolves against the locale of the moment, so a component
 * redrawn after a switch (see `useLocale`) shows the new language.
 */
export const strings: Catalog = new Proxy(english, {
  get: (_target, key) => catalogs[currentLocale()][key as keyof Catalog],
});
