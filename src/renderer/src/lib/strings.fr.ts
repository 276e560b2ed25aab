import type { Catalog } from './strings';
import { messageFormatter } from './i18n/message';
import { languageName } from './i18n/language-name';
import { telegramCounts } from './i18n/telegram-counts';

// French plural rules: "0 passage", "1 passage", "3 passages"; numbers as "10 000".
const icu = messageFormatter('fr');

/**
 * Every French UI string, typed as the English catalog so a key missing here fails the
 * typecheck. French typography: a non-breaking space before : and inside « », a narrow one
 * before ; ! ?
 */
export const french: Catalog = {
  appName: 'Recoupe',
  views: { label: 'Vue', reader: 'Lecture', timeline: 'Chronologie', crossCheck: 'Recoupement' },
  importMenu: {
    label: 'Importer',
    files: 'Fichiers…',
    folder: 'Dossier…',
    clipboard: 'Depuis le presse-papiers…',
    pasteShortcut: 'Ctrl+V',
  },
  importTitle: 'Importer des fichiers d’articles',
  searchPlaceholder: 'Rechercher des passages…',
  searchLabel: 'Rechercher des passages',
  library: 'Bibliothèque',
  documents: 'Documents',
  noDocuments:
    'Aucun document pour l’instant. Déposez des fichiers ou des dossiers d’articles (.txt, .md, .html, .pdf, .docx, un export Telegram) n’importe où dans cette fenêtre, collez du texte (Ctrl+V), ou utilisez le menu Importer (Ctrl+O).',
  /** The library's empty state when the main pane already says how to import. */
  noDocumentsShort: 'Vos articles seront listés ici.',
  noDocumentOpen: 'Ouvrez un document de la bibliothèque, ou recherchez un passage.',
  dropHere: 'Déposez des fichiers d’articles pour les importer',
  dropHint:
    'Des fichiers ou des dossiers entiers : .txt, .md, .html, .pdf, .docx. Chaque fichier est importé séparément.',
  loading: 'Chargement…',
  passages: (count: number) =>
    icu('{count, plural, one {# passage} other {# passages}}', { count }),
  corpusSize: (documents: number, passages: number) =>
    icu(
      '{documents, plural, one {# document} other {# documents}} · {passages, plural, one {# passage} other {# passages}}',
      { documents, passages },
    ),
  similarTitle: 'Autres sources',
  similarHint:
    'Sélectionnez un passage dans la lecture pour voir quelles autres sources rapportent quelque chose de semblable.',
  similarNone: 'Aucun passage d’un autre document ne ressemble à celui-ci.',
  similarFor: (ordinal: number) =>
    icu('Passage {ordinal, number} : passages semblables dans d’autres documents', {
      ordinal: ordinal + 1,
    }),
  noResults: (query: string) => `Aucun passage ne correspond à «\u00a0${query}\u00a0».`,
  results: (count: number) =>
    icu('{count, plural, one {# résultat} other {# résultats}}', { count }),
  importPanelTitle: 'Import',
  importDone: (done: number, total: number) =>
    icu('{done, number} sur {total, plural, one {# fichier traité} other {# fichiers traités}}', {
      done,
      total,
    }),
  cancel: 'Annuler',
  close: 'Fermer',
  retry: 'Réessayer',
  cancelled: 'Annulé',
  importStatus: {
    queued: 'En attente',
    reading: 'Lecture…',
    cleaning: 'Nettoyage…',
    indexing: 'Indexation…',
    imported: 'Importé',
    duplicate: 'Déjà dans le corpus',
    failed: 'Échec',
    cancelled: 'Non importé (annulé)',
  },
  importFailedCount: (count: number) =>
    icu('{count, plural, one {# échec} other {# échecs}}', { count }),
  paste: {
    title: 'Nouveau document depuis le presse-papiers',
    hint: 'Collez le texte ici (Ctrl+V) : une publication, un communiqué, l’article d’une page.',
    content: 'Texte collé',
    kindHtml: 'Texte mis en forme (HTML) : lu comme une page web enregistrée.',
    kindText: 'Texte brut.',
    optional: 'facultatif',
    import: 'Importer',
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
        icu(
          'Telegram « {chat} » : {imported, plural, one {# publication importée} other {# publications importées}}',
          v,
        ),
        t.alreadyPresent && icu('{alreadyPresent, number} déjà dans le corpus', v),
        t.withoutText &&
          icu(
            '{withoutText, plural, one {# sans texte (média seul) non importée} other {# sans texte (médias seuls) non importées}}',
            v,
          ),
        t.service &&
          icu(
            '{service, plural, one {# message de service ignoré} other {# messages de service ignorés}}',
            v,
          ),
        t.failed && icu('{failed, plural, one {# échec} other {# échecs}}', v),
      ]
        .filter(Boolean)
        .join(' · ');
    },
    missingPages: (pages: number[]) =>
      `Absent de l’export\u00a0: ${[pages]
        .flat()
        .map((page) => (page === 1 ? 'messages.html' : `messages${page}.html`))
        .join(', ')}\u202f; leurs publications ne sont pas importées.`,
    askPublicName: (chat: string) =>
      `Nom public de «\u00a0${chat}\u00a0» sur Telegram, pour les liens des publications\u00a0: `,
    linked: (name: string) => `Les publications renvoient à t.me/${name}/…`,
    question: {
      status: 'Attend votre réponse',
      waiting: (count: number) =>
        icu(
          '{count, plural, one {# en attente de votre réponse} other {# en attente de votre réponse}}',
          {
            count,
          },
        ),
      privateChat: (chat: string) =>
        `«\u00a0${chat}\u00a0» est une conversation personnelle ou de groupe, pas une chaîne\u00a0: ses messages sont privés. Ne les importez que si vous le souhaitez.`,
      privateChatButton: 'Importer la conversation privée',
      keepPartial: (position: number, posts: number) =>
        icu(
          'Cet export cesse d’être du JSON valide à l’octet {position, number}\u00a0: il a peut-être été tronqué. {posts, plural, =0 {Aucune publication n’a été lue} one {# publication a été lue} other {# publications ont été lues}} avant ce point. Exportez de nouveau la conversation, ou gardez ce qui a été lu.',
          { position, posts },
        ),
      keepPartialButton: (posts: number) =>
        icu(
          '{posts, plural, one {Garder la publication lue} other {Garder les # publications lues}}',
          { posts },
        ),
    },
    keptBefore: (position: number) =>
      icu(
        'L’export s’interrompt à l’octet {position, number}\u00a0: seules les publications d’avant ont été importées, comme demandé.',
        { position },
      ),
  },
  importScanning: 'parcours des dossiers…',
  importRunning: (left: number) =>
    icu('Import en cours… {left, plural, one {# restant} other {# restants}}', { left }),
  importFolder: 'Importer un dossier…',
  importShortcut: 'Ctrl+O',
  source: {
    title: 'Détails de l’article',
    open: 'Détails de l’article…',
    fields: {
      title: 'Titre',
      outlet: 'Média',
      author: 'Auteur',
      url: 'Adresse (URL)',
      publishedAt: 'Publié le',
      language: 'Langue',
    },
    save: 'Enregistrer',
    reset: 'Reprendre la valeur du fichier',
    reprocess: 'Retraiter depuis le fichier d’origine',
    setAside: (count: number) => icu('Mis de côté par l’import ({count, number})', { count }),
    shortText: 'Texte court : rien n’a été mis de côté',
    setAsideHint:
      'Les menus, légendes, formulaires et autres éléments de page sont gardés ici, hors de l’article. Remettez un bloc en place si l’import s’est trompé.',
    putBack: 'Remettre',
    setAsideAgain: 'Mettre de côté',
    putBackIdentical: (count: number) =>
      icu('Remettre les {count, number} blocs identiques', { count }),
    setAsideIdentical: (count: number) =>
      icu('Mettre de côté les {count, number} blocs identiques', { count }),
    putBackRun: (count: number, identical: number) =>
      icu(
        'Remettre ces {count, number} blocs dans l’article{identical, plural, =0 {} one { avec # bloc identique} other { avec # blocs identiques}}',
        { count, identical },
      ),
    setAsideRun: (count: number, identical: number) =>
      icu(
        'Mettre ces {count, number} blocs de côté{identical, plural, =0 {} one { avec # bloc identique} other { avec # blocs identiques}}',
        { count, identical },
      ),
    runLabel: (count: number) => icu('{count, number} blocs qui se suivent', { count }),
    restoredByYou: 'remis par vous',
    removedByYou: 'mis de côté par vous',
    page: (page: number) => `page ${page}`,
    kinds: {
      body: 'Texte de l’article',
      title: 'Titre',
      outlet: 'Nom du média',
      menu: 'Menu ou étiquette',
      caption: 'Légende ou crédit photo',
      share: 'Boutons de partage',
      form: 'Formulaire de commentaire',
      metadata: 'Ligne de métadonnées',
      tags: 'Mots-clés',
      copyright: 'Droits d’auteur',
      related: 'Autres articles',
      promo: 'Incitation à l’abonnement ou bandeau cookies',
      header: 'En-tête courant ou numéro de page',
      outside: 'Texte de la page autour de l’article',
    },
  },
  quoted: (text: string) => `«\u00a0${text}\u00a0»`,
  undated: 'sans date',
  unknownOutlet: 'média inconnu',
  crossCheck: {
    title: 'Recoupement',
    tabs: 'Ce que les sources ont en commun',
    quotes: 'Citations',
    figures: 'Chiffres',
    copies: 'Copies',
    noQuotes:
      'Aucune citation n’est encore reprise par deux documents. Importez d’autres articles sur les mêmes faits.',
    noFigures: 'Aucun chiffre n’est encore donné par deux documents.',
    noCopies: 'Aucun document n’est la copie quasi identique d’un autre.',
    empty:
      'Importez des articles de plusieurs médias pour voir quelles citations et quels chiffres ils partagent.',
    sources: (documents: number, independent: number) =>
      icu('{documents, plural, one {# document} other {# documents}}', { documents }) +
      (independent < documents
        ? icu(' · {independent, plural, one {# indépendant} other {# indépendants}}', {
            independent,
          })
        : ''),
    verdicts: {
      agree: 'Les sources concordent',
      disagree: 'Les sources divergent',
      changed: 'L’estimation a changé au fil du temps',
      'not-compared': 'Non comparé : pas de date',
    },
    firstPublished: (source: string) => `En premier\u00a0: ${source}`,
    hasPrimary: 'Source primaire dans le corpus : la publication que citent les articles',
    primary: 'Source primaire : la publication que citent les articles',
    faithful: 'Citée fidèlement (les mêmes mots que la publication)',
    changed: 'Citée avec des modifications :',
    onlyPrimary: 'dans la publication, pas dans l’article',
    onlyArticle: 'dans l’article, pas dans la publication',
    byDateAlone:
      '(d’après les seules dates de publication : toutes les sources ne donnent pas d’heure)',
    saidBy: (speakers: string) => `Propos de ${speakers}`,
    compare: 'Comparer côte à côte',
    comparing: 'Côte à côte',
    closeCompare: 'Retour à la liste',
    openInReader: 'Ouvrir dans la lecture',
    copyOf: (group: number) => `groupe de copies ${group}`,
    why: {
      figure: (text: string, source: string) => `«\u00a0${text}\u00a0» (${source})`,
      dated: (words: string, span: string) => `daté «\u00a0${words}\u00a0», ${span}`,
      published: (span: string) => `publié ${span}`,
      onDay: (date: string) => `le ${date}`,
      compatible: (figures: string) => `Les chiffres sont compatibles\u00a0: ${figures}.`,
      compatibleRanges: (figures: string) =>
        `Les chiffres sont compatibles\u00a0: ${figures} (des chiffres approximatifs, lus comme des fourchettes qui se recoupent).`,
      sameTime: (first: string, second: string, firstWhen: string, secondWhen: string) =>
        `${first} et ${second} comptent la même chose au même moment (${firstWhen}\u202f; ${secondWhen})\u00a0: leurs chiffres ne peuvent pas être justes tous les deux.`,
      changed: (earlier: string, earlierWhen: string, later: string, laterWhen: string) =>
        `L’estimation a changé au fil du temps\u00a0: ${earlier}, ${earlierWhen}\u202f; puis ${later}, ${laterWhen}.`,
      undated: (first: string, second: string, missing: string, why: string) =>
        `${first} et ${second} donnent des chiffres différents, mais le chiffre de ${missing} n’a pas de date (${why})\u00a0: ils ne décrivent peut-être pas le même moment.`,
      estimatedDate: (first: string, second: string, guessed: string) =>
        `${first} et ${second} donnent des chiffres différents, mais la date de ${guessed} est estimée (son document n’en donne aucune)\u00a0: on ne sait ni lequel est venu en premier, ni s’ils décrivent le même moment.`,
      unresolved: (words: string) =>
        `sa phrase le date «\u00a0${words}\u00a0», une date qui n’a pas pu être établie`,
      noDate: 'ni sa phrase ni son document ne donnent de date',
      unknown: 'aucune date',
    },
    similarity: (share: number) =>
      icu('{share, number, percent} de formulation commune', { share }),
  },
  filters: {
    label: 'Filtres de recherche',
    source: 'Source',
    language: 'Langue',
    from: 'Du',
    to: 'Au',
    // Agreed with each filter's noun: la source, la langue.
    any: { source: 'Toutes', language: 'Toutes' },
  },
  embedding: {
    open: 'Modèle de similarité…',
    title: 'Comment les passages sont comparés',
    current: (id: string, dimensions: number) =>
      icu(
        'Utilisé : {builtIn, select, yes {la méthode intégrée, qui compare les mots et l’orthographe} other {le modèle « {id} »}} ({id}, {dimensions, number} nombres par passage)',
        { builtIn: String(id).startsWith('lexical-') ? 'yes' : 'no', id, dimensions },
      ),
    intro:
      'La recherche et Autres sources trouvent les passages qui disent la même chose. Un modèle de langue enregistré sur cet ordinateur peut en trouver davantage que la méthode intégrée. Recoupe n’en télécharge jamais.',
    folderLabel: 'Dossier d’un modèle de langue sur cet ordinateur',
    folderHint:
      'Un modèle de plongement de phrases au format ONNX : le dossier contient config.json, tokenizer.json et onnx/model.onnx.',
    browserFolderHint:
      'En mode navigateur, le dossier doit se trouver dans le dossier models/ du dossier de données : le navigateur ne nomme jamais d’autres chemins de cette machine.',
    useModel: 'Utiliser ce modèle',
    useLexical: 'Revenir à la méthode intégrée',
    job: (state: string, done: number, total: number) =>
      icu(
        '{state, select, running {Nouvelle comparaison des passages… {done, number} sur {total, number}} done {Terminé : {total, plural, one {# passage comparé} other {# passages comparés}} à nouveau} other {Échec de la nouvelle comparaison des passages}}',
        { state, done, total },
      ),
  },
  reasons: {
    label: 'Pourquoi ce rapprochement',
    quote: 'même citation',
    figure: 'même chiffre',
    names: 'mêmes noms',
    terms: 'mêmes mots',
    vector: 'formulation proche',
    numbers: 'mêmes nombres',
    primary: 'source primaire',
    faithful: 'la publication d’où vient la citation, citée fidèlement',
    changed: 'la publication d’où vient la citation, citée avec des modifications',
  },
  dateFrom: {
    metadata: 'd’après les métadonnées de la page',
    text: 'd’après le texte',
    file: 'd’après le fichier',
    user: 'fixée par vous',
    estimated: 'estimée',
  },
  dateBasis: {
    stated: 'indiquée',
    metadata: 'métadonnées',
    estimated: 'estimée',
    user: 'fixée par vous',
  },
  dateBasisHint: {
    stated: 'Indiquée dans l’article',
    metadata: 'D’après les métadonnées de la page',
    estimated: 'Estimée d’après les indices du fichier',
    user: 'Fixée par vous',
  },
  sidePanel: { label: 'Panneau latéral', context: 'Contexte', note: 'Note' },
  notes: {
    title: 'Notes',
    newNote: 'Nouvelle note',
    searchLabel: 'Rechercher dans les notes',
    searchPlaceholder: 'Rechercher dans les notes…',
    none: 'Aucune note pour l’instant. Créez-en une, puis glissez-y des passages depuis la lecture.',
    noMatch: (query: string) => `Aucune note ne correspond à «\u00a0${query}\u00a0».`,
    citations: (count: number) =>
      icu('{count, plural, one {# citation} other {# citations}}', { count }),
    actions: (title: string) => `Actions pour ${title}`,
    open: 'Ouvrir',
    duplicate: 'Dupliquer',
    delete: 'Supprimer',
    deleted: (title: string) => `«\u00a0${title}\u00a0» supprimée.`,
    undo: 'Annuler',
    allNotes: '← Toutes les notes',
    noteGone:
      'La note qui était ouverte n’existe plus (elle a peut-être été supprimée). Voici vos notes.',
    titleLabel: 'Titre de la note',
    editorLabel: 'Texte de la note',
    editorPlaceholder:
      'Écrivez ici. Glissez un passage depuis la lecture pour le citer, ou tapez [[ pour en citer un. Les raccourcis Markdown fonctionnent : #, -, 1., [ ], >, ```.',
    status: {
      saved: 'Enregistré',
      unsaved: 'Modifications non enregistrées',
      saving: 'Enregistrement…',
      error: 'Non enregistré',
    },
    openPassage: 'Ouvrir ce passage dans la lecture',
    sourceGone: 'Source supprimée du corpus ; la citation est gardée telle qu’enregistrée.',
    sourceGoneShort: 'source supprimée',
    removeQuote: 'Retirer cette citation',
    citeTitle: 'Citer un passage',
    citeHint: 'Tapez au moins deux lettres pour rechercher des passages.',
    quoteInNote: 'Citer dans la note',
    dragPassage: 'Glissez ce passage dans la note, ou appuyez pour l’y citer',
    quoteShortcut: 'Ctrl+Maj+Q',
    citedIn: 'Cité dans les notes',
    citedNone: 'Aucune note ne cite encore ce passage.',
    export: 'Exporter…',
    exportTitle: 'Exporter en Markdown',
    exportLinks: 'Liens vers les sources',
    exportPlain: 'Markdown simple',
    exportWiki: 'Liens [[…]] Obsidian / Zettlr',
    exportComments: 'Inclure les commentaires des surlignages',
    exportPreview: (fileName: string) => `Aperçu de ${fileName}`,
    exportSave: 'Enregistrer le fichier',
    exportSaved: (fileName: string) =>
      `«\u00a0${fileName}\u00a0» enregistré dans votre dossier de téléchargements (celui où votre navigateur enregistre les téléchargements).`,
    exportLanguage: 'Langue de l’export',
  },
  editor: {
    toolbar: 'Mise en forme',
    history: 'Historique',
    formats: 'Styles de texte',
    blocks: 'Blocs',
    undo: 'Annuler (Ctrl+Z)',
    redo: 'Rétablir (Ctrl+Maj+Z)',
    bold: 'Gras (Ctrl+B, **texte**)',
    italic: 'Italique (Ctrl+I, *texte*)',
    underline: 'Souligné (Ctrl+U)',
    inlineCode: 'Code (`texte`)',
    paragraph: 'Paragraphe',
    heading: 'Titre H2 (## )',
    subheading: 'Sous-titre H3 (### )',
    quote: 'Citation en bloc (> )',
    codeBlock: 'Bloc de code (```)',
    bulletList: 'Liste à puces (- )',
    numberedList: '1. Liste numérotée (1. )',
    checklist: 'Liste de cases à cocher ([ ] )',
  },
  timeline: {
    title: 'Chronologie',
    empty:
      'Aucun événement daté pour l’instant. Importez des articles : les dates que donne leur texte apparaissent ici.',
    noMatch: 'Aucun événement ne correspond à ces filtres.',
    chart: 'Événements dans le temps',
    chartHelp:
      'Faites défiler ou pincez pour zoomer, glissez pour vous déplacer. Touches : + et − zooment, ← et → déplacent, 0 montre tout.',
    search: 'Rechercher des événements',
    searchPlaceholder: 'Chercher un événement…',
    outlet: 'Média',
    document: 'Document',
    allOutlets: 'Tous les médias',
    allDocuments: 'Tous les documents',
    lanes: 'Lignes',
    laneModes: { none: 'Ensemble', outlet: 'Par média', document: 'Par document' },
    mode: 'Placer les événements selon',
    modes: { happened: 'La date des faits', reported: 'La date de publication' },
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    fit: 'Tout afficher',
    captions: 'Dates dans les légendes photo',
    captionModes: { shown: 'Afficher les légendes', hidden: 'Masquer les légendes' },
    fromCaption: 'd’après une légende',
    partlyEstimated: 'dates en partie estimées',
    sameEvent: (sources: number, words: string) =>
      icu(
        'Rapporté par {sources, number} sources, le même jour, avec les mêmes mots\u00a0: {words}',
        {
          sources,
          words,
        },
      ),
    otherSources: 'Le même événement dans d’autres sources',
    sources: (count: number) => icu('{count, plural, one {# source} other {# sources}}', { count }),
    itemDate: (date: string) => `${date}\u00a0: `,
    itemCounts: (events: number, sources: number) =>
      icu(
        ' {events, plural, one {événement} other {événements}} de {sources, plural, one {# source} other {# sources}} · ',
        { events, sources },
      ),
    // Not « autour du » : the date may be a month (« juin 2024 »), a range or « le 11 oct. 2024
    // ou après », which « du » does not fit.
    details: (date: string) => `Événements\u00a0: ${date}`,
    addTitle: 'Ajouter à la chronologie',
    addLabel: (words: string) =>
      `Dater «\u00a0${words.length > 40 ? `${words.slice(0, 39)}…` : words}\u00a0» sur la chronologie`,
    add: 'Ajouter à la chronologie',
    addOpen: 'Ajouter à la chronologie…',
    datePlaceholder: 'AAAA-MM-JJ',
    added: (date: string) => `Ajouté à la chronologie au ${date}.`,
    more: (count: number) =>
      icu('…et {count, number} de plus : zoomez pour les distinguer.', { count }),
    openInReader: 'Ouvrir dans la lecture',
    editDate: 'Modifier la date',
    save: 'Enregistrer',
    dismiss: 'Écarter',
    dateLabel: 'Date (2024-10-28, 2024-10, 2024-10-27/2024-10-28, 2024-10-28T07:45)',
    resolution: {
      absolute: 'donnée en entier',
      relative: 'd’après la date de publication',
      inferred: 'déduite des autres dates de l’article',
      user: 'fixée par vous',
      unresolved: 'il faut la date de publication de l’article',
    },
    unresolvedTitle: (count: number) =>
      icu(
        '{count, plural, one {# événement pas encore daté : son article n’a pas de date de publication connue} other {# événements pas encore datés : leurs articles n’ont pas de date de publication connue}}',
        { count },
      ),
    unplaced: (count: number) =>
      icu(
        '{count, plural, one {# événement masqué : son article n’a pas de date de publication} other {# événements masqués : leurs articles n’ont pas de date de publication}}',
        { count },
      ),
  },
  highlightColors: {
    yellow: 'Point clé',
    green: 'Confirmé',
    blue: 'À vérifier',
    pink: 'Douteux',
  },
  reader: {
    toolbar: 'Surligner la sélection',
    commentSelection: 'Commenter… (c)',
    commentMark: (comment: string) => `Commentaire\u00a0: ${comment}`,
    highlightAsLabel: (label: string) => `Surligner comme «\u00a0${label}\u00a0»,`,
    highlightAs: (label: string, key: number) => `Surligner comme «\u00a0${label}\u00a0» (${key})`,
    editor: 'Surlignage',
    comment: 'Commentaire',
    commentPlaceholder: 'Pourquoi c’est important, ce qu’il faut vérifier…',
    tags: 'Mots-clés',
    tagsPlaceholder: 'Séparés par des virgules, par ex. maire, bilan',
    save: 'Enregistrer',
    deleteHighlight: 'Supprimer le surlignage',
    opensInBrowser: '(s’ouvre dans votre navigateur)',
    language: (code: string) => languageName('fr', code),
    highlightCount: (count: number) =>
      icu('{count, plural, one {# surlignage} other {# surlignages}}', { count }),
    orphansTitle: (count: number) =>
      icu(
        '{count, plural, one {# surlignage a perdu sa place} other {# surlignages ont perdu leur place}}',
        { count },
      ),
    orphansHint:
      'Le texte a changé depuis leur création et leur citation n’y figure plus. Ils sont gardés ici avec leur citation.',
    edited: 'Le texte a changé ici depuis que vous l’avez surligné.',
    find: 'Rechercher dans le document',
    findPlaceholder: 'Rechercher dans le document (Ctrl+F)',
    findCount: (current: number, total: number) =>
      icu('{total, plural, =0 {Aucune occurrence} other {{current, number} sur {total, number}}}', {
        current,
        total,
      }),
    findNext: 'Occurrence suivante',
    findPrevious: 'Occurrence précédente',
    keys: 'Touches : j/k passage · [/] surlignage · 1–4 surligner la sélection ou le passage · c commenter · Ctrl+Maj+Q citer dans la note · Ctrl+F rechercher · s autres sources',
    deleteDocument: 'Supprimer le document…',
    deleteTitle: 'Supprimer ce document ?',
    deleteBody: (title: string, highlights: number) =>
      icu(
        '« {title} » et ses passages seront retirés du corpus.{highlights, plural, =0 {} one { Son surlignage sera gardé comme orphelin, avec sa citation.} other { Ses # surlignages seront gardés comme orphelins, avec leurs citations.}}',
        { title, highlights },
      ),
    deleteConfirm: 'Supprimer',
    deleted: (title: string) => `«\u00a0${title}\u00a0» supprimé.`,
    undo: 'Annuler',
    renderFailed: 'Ce document n’a pas pu être affiché.',
    renderFailedHint: 'Rouvrez-le ; si l’échec persiste, réimportez le fichier.',
    closeDocument: 'Retour à la bibliothèque',
  },
  context: {
    title: 'Contexte',
    passage: (ordinal: number) => icu('Passage {ordinal, number}', { ordinal: ordinal + 1 }),
    highlight: 'Surlignages de ce passage',
  },
  attribution: {
    estimated: 'estimée',
    /** "≈ 28 oct. 2024": an estimate is never written as a plain date. */
    approximately: (date: string) => `≈\u00a0${date}`,
    orLater: (date: string) => `le ${date} ou après`,
    range: (from: string, to: string) => `entre ${from} et ${to}`,
    possibleDates: (span: string) => `Dates possibles\u00a0: ${span}`,
    evidence: 'Indices',
    evidenceTitle: 'Pourquoi Recoupe donne cette date, ce média et ce titre',
    hideEvidence: 'Masquer les indices',
    dateEvidence: 'Date de publication',
    outletEvidence: 'Média',
    titleEvidence: 'Titre',
    // A day takes its article (« avant le 28 oct. »), a month none (« avant octobre 2024 »).
    roles: {
      date: (date: string) => `donne la date\u00a0: ${date}`,
      after: (date: string) => `pas publié avant le ${date}`,
      before: (date: string) => `pas publié après le ${date}`,
      guess: (date: string) => `un jour probable\u00a0: ${date}`,
      ignored: (date: string) => `non utilisé\u00a0: ${date}`,
    },
    monthRoles: {
      date: (month: string) => `donne le mois\u00a0: ${month}`,
      after: (month: string) => `pas publié avant ${month}`,
      before: (month: string) => `pas publié après ${month}`,
      guess: (month: string) => `un mois probable\u00a0: ${month}`,
      ignored: (month: string) => `non utilisé\u00a0: ${month}`,
    },
    kinds: {
      dateline: 'Ligne de date de publication',
      metadata: 'Métadonnées de la page',
      url: 'Adresse web',
      'body-date': 'Date dans le texte',
      'weekday-date': 'Jour de la semaine et date dans le texte',
      weekday: 'Jour de la semaine dans le texte',
      'pdf-info': 'Propriétés du PDF',
      'docx-properties': 'Propriétés du document Word',
      'file-time': 'Date de modification du fichier',
      corpus: 'Article apparenté',
      user: 'Fixé par vous',
      'url-host': 'Adresse web',
      masthead: 'Nom du journal en tête de page',
      'credit-line': 'Ligne de crédit',
      byline: 'Signature',
      headline: 'Titre de l’article',
      'first-sentence': 'Première phrase',
      'file-name': 'Nom du fichier',
      ignored: 'Non utilisé',
    },
    accept: 'Accepter l’estimation',
    acceptDay: (day: string) => `Retenir le ${day}`,
    acceptHint: 'Garder cette date comme la vôtre : elle apparaîtra comme fixée par vous.',
    madeUpTitle: 'titre reconstitué',
    madeUpTitleHint:
      'Pas de titre : celui-ci a été tiré de la première phrase. Cliquez pour le modifier.',
    edit: (field: string) => `Modifier ${field}`,
    editHint: 'Entrée enregistre, Échap annule ; un champ vide rend la valeur à l’import.',
    empty: (field: string) => `ajouter ${field}`,
    fields: {
      title: 'le titre',
      outlet: 'le média',
      author: 'l’auteur',
      publishedAt: 'la date de publication',
      url: 'l’adresse web',
    },
    restsOnEstimate: 'repose sur une date de publication estimée',
    bulkTitle: (count: number) =>
      icu('{count, plural, one {# document sélectionné} other {# documents sélectionnés}}', {
        count,
      }),
    bulkOutlet: 'Fixer le média',
    bulkDate: 'Fixer la date de publication',
    bulkApply: 'Appliquer',
    bulkSelect: (title: string) => `Sélectionner «\u00a0${title}\u00a0»`,
    bulkClear: 'Effacer la sélection',
    bulkKey: 'x coche ou décoche le document courant',
    bulkDone: (count: number) =>
      icu('{count, plural, one {# document mis à jour} other {# documents mis à jour}}.', {
        count,
      }),
    noteSeparator: '\u202f; ',
    notes: {
      hostIsOutlet: (host: string, outlet: string) => `${host} est l’adresse de ${outlet}`,
      wireCredited: (agency: string) => `une agence de presse (${agency}) est citée`,
      hostNotKnown: 'absente de la table des médias connus',
      photoCredit: 'un crédit photo nomme l’auteur de l’image, pas le média',
      noHeadline: 'pas de titre',
      noHeadlineNoText: 'ni titre ni texte',
      weekdayMismatch: (date: string, weekday: string, stated: string) =>
        `le ${date} est un ${weekday}, pas un ${stated}`,
      noYearForWeekday: (year: string, weekday: string) =>
        `aucune année proche de ${year} ne place ce jour un ${weekday}`,
      weekdayGivesYear: (date: string, weekday: string) => `le ${date} est un ${weekday}`,
      yearFromEvidence: (year: string) => `année tirée des autres indices (${year})`,
      looksForward: 'le texte l’annonce à venir',
      afterFileTime: 'postérieure à la date du fichier lui-même',
      implausibleFileTime:
        'date peu plausible pour une page d’actualité\u00a0: une date perdue lors d’une copie ou dans une archive',
      fileTimeOfCopy: 'antérieure à des jours que le texte rapporte\u00a0: la date d’une copie',
      disagrees: (source: string, date: string) => `contredit ${source} (${date})`,
      olderThanText: (date: string) => `antérieure au ${date}, que le texte rapporte`,
      laterThan: (source: string) => `plus tardive que ${source}`,
      related: (shared: string, title: string, outlet: string) =>
        icu(
          '{shared, select, copy {une copie presque identique} quote {partage cette citation} other {compte la même chose}}\u00a0: «\u00a0{title}\u00a0»',
          { shared, title },
        ) + (outlet ? ` (${outlet})` : ''),
    },
    dateSources: {
      dateline: 'la date indiquée',
      stated: 'la date indiquée',
      metadata: 'les métadonnées de la page',
      url: 'l’adresse web',
      'pdf-info': 'les propriétés du PDF',
      'docx-properties': 'les propriétés du document Word',
      user: 'la date que vous avez fixée',
      estimated: 'l’estimation',
    },
    whyUnknown: {
      'nothing-found': 'Aucune date dans les métadonnées, l’adresse web ou le texte.',
      'file-time-only':
        'Aucune date dans les métadonnées, l’adresse web ou le texte\u202f; la date du fichier dit seulement qu’il est plus ancien.',
    },
    outletUnknown: {
      'nothing-found':
        'Ni nom de site dans les métadonnées de la page, ni adresse web, ni nom du journal en tête de page, ni ligne de crédit.',
      'photo-credits-only':
        'Ni nom de site dans les métadonnées de la page, ni adresse web, ni nom du journal en tête de page, ni ligne de crédit\u202f; les crédits photo nomment l’auteur des images, pas le média.',
    },
  },
  report: {
    open: 'Signaler un problème…',
    title: 'Signaler un problème',
    intro:
      'Recoupe écrit ce qui a échoué, avec le détail technique, dans un journal de son dossier de données. Joignez ce fichier à votre signalement : il indique où chaque échec s’est produit.',
    logAt: 'Fichier journal :',
    noLog: 'aucun pour l’instant (aucun corpus ouvert)',
    none: 'Aucun échec n’a été consigné.',
    recent: 'Échecs les plus récents',
  },
  health: {
    label: 'Fichier du corpus',
    checking:
      'Recoupe n’a pas été fermé correctement la dernière fois : vérification du fichier du corpus en arrière-plan…',
    damaged:
      'Une partie du fichier du corpus est endommagée. Recoupe le garde ouvert en lecture ; plus rien n’y est écrit tant qu’il n’est pas réparé.',
    derivedOnly:
      'Seuls les index de recherche sont touchés (texte intégral, vecteurs) : ils peuvent être refaits à partir de vos articles, surlignages et notes, qui sont intacts.',
    dataHit:
      'Les dégâts atteignent vos articles, surlignages ou notes : le moyen de revenir en arrière est la sauvegarde la plus récente.',
    rebuild: 'Reconstruire les index',
    restore: (when: string) => `Restaurer la sauvegarde du ${when}`,
    restoreHint:
      'Les modifications faites après cette sauvegarde n’y figurent pas. Le fichier endommagé est mis de côté dans tous les cas, jamais supprimé.',
    noBackup:
      'Aucune sauvegarde saine n’a été trouvée dans le dossier de données. Copiez ce dont vous avez besoin (exportez vos notes), puis utilisez Signaler un problème.',
    working: 'Réparation… le corpus reste lisible pendant ce temps.',
    recovered: (kind: 'rebuild' | 'restore', kept: string) =>
      `${kind === 'rebuild' ? 'Les index ont été reconstruits' : 'La sauvegarde la plus récente a été restaurée'}\u00a0: le corpus est de nouveau sain. Le fichier endommagé est gardé sous le nom ${kept}.`,
    reload: 'Recharger la fenêtre',
  },
  backups: {
    open: 'Sauvegardes…',
    title: 'Sauvegardes automatiques',
    intro:
      'Recoupe copie le corpus une fois par jour tant qu’il est ouvert et avant de recalculer la comparaison des passages ou de retraiter les documents, vérifie chaque copie, et garde les 7 derniers jours et les 4 dernières semaines.',
    usage: (used: string, budget: number) =>
      icu('{used} utilisés sur un budget de {budget, number} Mo.', { used, budget }),
    budgetLabel: 'Budget de taille (Mo)',
    save: 'Enregistrer',
    none: 'Aucune sauvegarde automatique pour l’instant : la première est faite quelques minutes après l’ouverture de l’application.',
    listLabel: 'Sauvegardes gardées',
    folder: (folder: string) => `Elles se trouvent dans ${folder}.`,
  },
  reprocessAll: {
    open: 'Tout retraiter…',
    title: 'Retraiter tous les documents',
    intro:
      'Refait chaque document depuis son fichier d’origine avec les règles de nettoyage actuelles. Vos corrections sont gardées, les surlignages suivent leur texte, et une sauvegarde vérifiée est faite d’abord.',
    start: 'Retraiter tous les documents',
    cancel: 'Arrêter',
    job: (state: string, done: number, total: number) =>
      icu(
        '{state, select, running {Retraitement… {done, number} sur {total, number}} done {Terminé\u00a0: {total, plural, one {# document retraité} other {# documents retraités}}} cancelled {Arrêté après {done, number} sur {total, number}\u00a0: ceux-là restent retraités, les autres tels qu’ils étaient} other {Retraitement interrompu\u00a0: {done, number} sur {total, number} faits}}',
        { state, done, total },
      ),
    failed: (count: number) =>
      icu(
        '{count, plural, one {# document n’a pas pu être retraité et reste tel qu’il était\u00a0:} other {# documents n’ont pas pu être retraités et restent tels qu’ils étaient\u00a0; le premier\u00a0:}}',
        { count },
      ),
  },
  libraryTools: {
    sort: 'Trier',
    sortNewest: 'Plus récents d’abord',
    sortOldest: 'Plus anciens d’abord',
    sortTitle: 'Titre',
    sortOutlet: 'Média',
    sortHighlights: 'Les plus surlignés',
    outlet: 'Média',
    language: 'Langue',
    tag: 'Mot-clé',
    year: 'Année',
    // Agreed with each filter's noun: le média, la langue, le mot-clé, l’année.
    any: { outlet: 'Tous', language: 'Toutes', tag: 'Tous', year: 'Toutes' },
    shown: (shown: number, total: number) =>
      icu('{shown, number} sur {total, plural, one {# document} other {# documents}}', {
        shown,
        total,
      }),
    noMatch: 'Aucun document ne correspond à ces filtres.',
    clearFilters: 'Effacer les filtres',
    orphans: (count: number) =>
      icu(
        '{count, plural, one {# surlignage de documents supprimés} other {# surlignages de documents supprimés}}',
        { count },
      ),
    orphansHint:
      'Leurs documents ont été supprimés ; les surlignages sont gardés ici avec leur citation.',
  },
  palette: {
    open: 'Commandes, Ctrl+K',
    shortcut: 'Ctrl+K',
    title: 'Palette de commandes',
    inputLabel: 'Commande, document ou mots à rechercher',
    placeholder:
      'Tapez une commande, le titre ou le média d’un document, ou des mots à rechercher…',
    actions: 'Actions',
    documents: 'Documents',
    searchFor: (words: string) => `Rechercher «\u00a0${words}\u00a0» dans les passages`,
    search: 'Rechercher des passages…',
    view: (name: string) => `Afficher la vue ${name}`,
    newNote: 'Nouvelle note',
    quote: 'Citer la sélection dans la note',
    quoteUnavailable:
      'Sélectionnez d’abord des mots dans un passage du lecteur, ou placez-vous sur un passage (j/k).',
    exportNote: 'Exporter la note ouverte en Markdown…',
    exportUnavailable: 'Ouvrez d’abord une note dans l’onglet Note.',
    importFiles: 'Importer des fichiers…',
    importFolder: 'Importer un dossier…',
    importClipboard: 'Nouveau document depuis le presse-papiers…',
    language: (name: string) => `Langue de l’interface\u00a0: ${name}`,
    reportProblem: 'Signaler un problème…',
    noDocument: (words: string) =>
      `Aucun titre ni média de document ne contient «\u00a0${words}\u00a0».`,
    noCommand: (words: string) => `Aucune commande ne correspond à «\u00a0${words}\u00a0».`,
  },
  locale: {
    label: 'Langue',
    names: { en: 'English', fr: 'Français' },
  },
  errors: {
    happened: {
      'invalid-input': 'Recoupe a refusé une demande qu’il ne comprenait pas.',
      'not-found': 'Cet élément n’existe plus.',
      'unsupported-format': 'Ce type de fichier ne peut pas être importé.',
      'empty-file': 'Le fichier est vide : il n’y a rien à importer.',
      'binary-file': 'Le fichier semble binaire, ce n’est pas un article.',
      'bad-encoding': 'L’encodage du texte du fichier n’a pas pu être lu.',
      'too-large': 'Le fichier est trop volumineux pour être importé.',
      'corrupt-file': 'Le fichier est endommagé et ne peut pas être lu.',
      'encrypted-file': 'Le fichier est protégé par un mot de passe.',
      'no-text-layer': 'Le PDF ne contient que des images de pages, sans texte.',
      cancelled: 'Annulé avant la fin.',
      'database-newer': 'Ce corpus a été enregistré par une version plus récente de Recoupe.',
      'storage-failed': 'Recoupe n’a pas pu écrire dans son fichier de données.',
      'corpus-damaged': 'Une partie du fichier du corpus est endommagée.',
      'disk-full': 'Le disque est plein.',
      'read-only': 'Le dossier de données n’est pas accessible en écriture.',
      unauthorized: 'Cette page n’est pas autorisée à joindre Recoupe.',
      internal: 'Une erreur s’est produite dans Recoupe.',
    },
    inFile: (file: string, sentence: string) => `${file}\u00a0: ${sentence}`,
    nextStep: {
      'invalid-input': 'Cela ressemble à un défaut de Recoupe ; merci de le signaler.',
      'not-found': 'Il a peut-être été supprimé. Actualisez la bibliothèque.',
      'unsupported-format':
        'Convertissez le fichier dans un format pris en charge, ou copiez son texte dans un fichier .txt.',
      'empty-file': 'Vérifiez que le fichier contient bien le texte de l’article.',
      'binary-file': 'Vérifiez qu’il s’agit bien de l’article que vous vouliez importer.',
      'bad-encoding': 'Enregistrez le fichier en texte UTF-8 et importez-le à nouveau.',
      'too-large': 'Découpez le fichier en fichiers plus petits.',
      'corrupt-file': 'Ouvrez le fichier dans son application et enregistrez-le à nouveau.',
      'encrypted-file':
        'Retirez le mot de passe (imprimez-le ou exportez-le dans un nouveau PDF), puis importez-le à nouveau.',
      'no-text-layer':
        'Passez-le dans un logiciel d’OCR (par exemple ocrmypdf) et importez le résultat.',
      cancelled: 'Importez-le à nouveau quand vous serez prêt.',
      'database-newer': 'Installez la version la plus récente de Recoupe.',
      'storage-failed': 'Vérifiez qu’il reste de la place sur le disque, puis réessayez.',
      'corpus-damaged':
        'Utilisez le message en haut de la fenêtre : il indique ce qui est touché et propose le moyen de revenir en arrière.',
      'disk-full': 'Libérez de la place sur le disque, puis réessayez.',
      'read-only':
        'Vérifiez que le dossier de données est accessible en écriture (droits, disque verrouillé ou plein), puis relancez Recoupe.',
      unauthorized: 'Rouvrez l’adresse que Recoupe a affichée au démarrage.',
      internal:
        'Réessayez ; si l’échec persiste, utilisez Signaler un problème… (dans la barre d’état, ou dans la palette de commandes : Ctrl+K).',
    },
    tooLarge: (file: string, megabytes: number, limit: number) =>
      icu(
        '{file} pèse {megabytes, number} Mo ; Recoupe importe des fichiers jusqu’à {limit, number} Mo.',
        { file, megabytes, limit },
      ),
  },
};
