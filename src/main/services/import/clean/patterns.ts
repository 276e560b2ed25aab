import { foldAccents } from '../../text/words';

/**
 * The words and phrases that mark boilerplate on news sites, French and English. They are
 * matched on folded text (lowercase, no accents, apostrophes and dashes as spaces), either as a
 * whole block or as its start, so each list names a kind of thing rather than one site's wording.
 */

/** Lowercases, strips accents, turns apostrophes, dashes and runs of spaces into one space. */
export function fold(text: string): string {
  return foldAccents(text)
    .replace(/[’'`´\-–—_]/g, ' ')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The folded text without trailing colons, arrows and ellipses, for whole-block matches. */
export function foldLabel(text: string): string {
  return fold(text)
    .replace(/[\s:»›>→….]+$/u, '')
    .trim();
}

const set = (words: string[]) => new Set(words.map(fold));

/** Whole blocks that are navigation: menus, buttons, section switches. */
export const MENU_WORDS = set([
  'menu',
  'more',
  'plus',
  'accueil',
  'home',
  'search',
  'rechercher',
  'recherche',
  'sections',
  'rubriques',
  'connexion',
  'se connecter',
  'sign in',
  'log in',
  'login',
  'mon compte',
  'my account',
  'exit mobile version',
  'skip to content',
  'skip to main content',
  'aller au contenu',
  'aller au contenu principal',
  'close',
  'fermer',
  'back to top',
  'retour en haut',
  'haut de page',
  'previous',
  'next',
  'suivant',
  'precedent',
  'voir plus',
  'see more',
  'load more',
  'afficher plus',
  'lire la suite',
  'continue reading',
  'read more',
  'menu principal',
  'main menu',
  'navigation',
  'toggle navigation',
  'open menu',
  'ouvrir le menu',
  'en direct',
  'direct',
  'live',
  'videos',
  'podcasts',
  'newsletters',
  'edition',
  'editions',
  'source',
  'sources',
  'advertisement',
  'publicite',
  'annonce',
  'sponsored',
  'contenu sponsorise',
  'ecouter',
  'listen',
  'ecouter cet article',
  'listen to this article',
  'a lire',
  'lire',
]);

/** Whole blocks that open a list of other articles: everything after them is boilerplate. */
export const RELATED_HEADINGS = set([
  'related',
  'related news',
  'related articles',
  'related stories',
  'related posts',
  'read also',
  'see also',
  'more from',
  'more stories',
  'more on this story',
  'more on this',
  'most read',
  'most popular',
  'trending',
  'trending now',
  'recommended',
  'recommended for you',
  'you may also like',
  'you might also like',
  'latest',
  'latest news',
  'latest stories',
  'top stories',
  'lire aussi',
  'a lire aussi',
  'voir aussi',
  'sur le meme sujet',
  'dans la meme rubrique',
  'les plus lus',
  'les plus partages',
  'a decouvrir',
  'a decouvrir aussi',
  'nos articles',
  'articles similaires',
  'articles lies',
  'articles recommandes',
  'actualites',
  'dernieres actualites',
  'dernieres infos',
  'dernieres nouvelles',
  'a la une',
  'en continu',
  'categories',
  'populaire',
  'recommande',
  'ne manquez pas',
  'vous aimerez aussi',
  'vous aimerez aussi lire',
  'a voir aussi',
  'les plus consultes',
  'derniers articles',
  'nos derniers articles',
  'dans l actualite',
  'a lire egalement',
  'lire egalement',
  'sur le meme theme',
  'other news',
  'other stories',
  'in other news',
  'news',
  // The same headings as German, Spanish, Italian, Portuguese, Dutch and Polish publishing
  // systems print them.
  'ahnliche beitrage',
  'ahnliche artikel',
  'verwandte artikel',
  'weitere artikel',
  'weitere beitrage',
  'mehr zum thema',
  'mehr zum thema auf',
  'das konnte sie auch interessieren',
  'das konnte dich auch interessieren',
  'lesen sie auch',
  'auch interessant',
  'meistgelesen',
  'meistgelesene artikel',
  'neueste artikel',
  'neueste beitrage',
  'aktuelle artikel',
  'beliebte beitrage',
  'empfehlungen',
  'noticias relacionadas',
  'articulos relacionados',
  'te puede interesar',
  'tambien te puede interesar',
  'lo mas leido',
  'mas leidas',
  'lea tambien',
  'articoli correlati',
  'potrebbe interessarti',
  'leggi anche',
  'i piu letti',
  'leia tambem',
  'noticias relacionadas',
  'mais lidas',
  'lees ook',
  'gerelateerde artikelen',
  'meest gelezen',
  'zobacz takze',
  'zobacz tez',
  'czytaj takze',
  'czytaj tez',
  'najczesciej czytane',
  'podobne artykuły',
  'polecane',
]);

/** Comment and reply forms, matched at the start of a block. */
export const FORM_STARTS = [
  'laisser un commentaire',
  'laissez un commentaire',
  'leave a comment',
  'leave a reply',
  'laisser une reponse',
  'post a comment',
  'add a comment',
  'ajouter un commentaire',
  's il vous plait entrez votre',
  'please enter your',
  'you have entered an incorrect',
  'vous avez entre une adresse',
  'save my name, email',
  'enregistrer mon nom',
  'post comment',
  'publier le commentaire',
  'cancel reply',
  'annuler la reponse',
  'votre adresse e mail ne sera pas publiee',
  'votre adresse de messagerie ne sera pas publiee',
  'your email address will not be published',
  'required fields are marked',
  'les champs obligatoires sont indiques',
  'connectez vous pour commenter',
  'log in to comment',
  'sign in to comment',
  'reagissez a cet article',
  'reagir a cet article',
  'schreibe einen kommentar',
  'kommentar schreiben',
  'hinterlasse einen kommentar',
  'deine e mail adresse wird nicht veroffentlicht',
  'ihre e mail adresse wird nicht veroffentlicht',
  'du musst angemeldet sein',
  'sie mussen angemeldet sein',
  'es gibt noch keine kommentare',
  'benachrichtige mich',
  'antworten abbrechen',
  'deja un comentario',
  'dejar un comentario',
  'tu direccion de correo electronico no sera publicada',
  'lascia un commento',
  'il tuo indirizzo email non sara pubblicato',
  'dodaj komentarz',
  'twoj adres e mail nie zostanie opublikowany',
  'deixe um comentario',
  'laat een reactie achter',
].map(fold);

/** Whole blocks that head a comment section ("12 commentaires", "Comments"). */
export const FORM_HEADING =
  /^(\d+ )?(commentaires?|comments?|commenter|reagir|reagissez|vos commentaires|discussion|replies|reponses|kommentare?|kommentieren|antworten|comentarios?|commenti|komentarze?|reacties)$/;

/** Subscription, newsletter and cookie prompts, matched at the start of a block. */
export const PROMO_STARTS = [
  'abonnez vous',
  'subscribe',
  'sign up',
  'inscrivez vous',
  'newsletter',
  's abonner',
  'deja abonne',
  'already a subscriber',
  'cet article est reserve',
  'article reserve aux abonnes',
  'reserve aux abonnes',
  'this article is for subscribers',
  'accept cookies',
  'accepter',
  'nous utilisons des cookies',
  'we use cookies',
  'support our journalism',
  'soutenez',
  'recevez notre newsletter',
  'get our newsletter',
  'telechargez l application',
  'download the app',
  'suivez nous',
  'follow us',
  'offre speciale',
  'special offer',
].map(fold);

/** Words that make up share bars ("Partager Facebook X WhatsApp"). */
export const SHARE_WORDS = set([
  'partager',
  'partagez',
  'share',
  'share this',
  'share this article',
  'partager cet article',
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'linkedin',
  'email',
  'e mail',
  'mail',
  'courriel',
  'imprimer',
  'print',
  'copier le lien',
  'copy link',
  'lien copie',
  'link copied',
  'tweet',
  'pinterest',
  'reddit',
  'telegram',
  'messenger',
  'bluesky',
  'threads',
  'flipboard',
  'sur',
  'on',
  'via',
  'envoyer',
  'send',
  'this',
  'article',
  'cet',
  'copier',
  'copy',
  'lien',
  'link',
  'le',
  'the',
]);

/** Markers that stand where a photo was ("Ouvrir en mode plein écran"). */
export const PHOTO_MARKERS = set([
  'ouvrir en mode plein ecran',
  'agrandir l image',
  'agrandir',
  'voir en plein ecran',
  'plein ecran',
  'enlarge',
  'enlarge this image',
  'enlarge image',
  'view image in fullscreen',
  'view in fullscreen',
  'expand image',
  'expand',
  'zoom',
  'toggle caption',
  'legende',
  'voir la galerie',
  'view gallery',
  'diaporama',
  'slideshow',
  'photo',
  'photos',
]);

/** Photo credit lines: "Photo : Agency / Name", "Crédit : …", "Photograph: …". */
export const CREDIT_LINE =
  /^(photos?|cr[ée]dits?(?: photo)?|photo ?cr[ée]dits?|image|images|illustration|photograph|picture|source photo|©)\s*[:/–—-]/iu;

/** A caption that ends with a wire-agency credit ("… REUTERS/Sergey Pivovarov"). */
export const AGENCY_CREDIT =
  /(?:^|[\s.(])(?:REUTERS|AFP|AP|EPA|Getty Images|ANADOLU|Anadolu|SIPA|Sipa|Shutterstock|MAXPPP|Maxppp|ABACA|Abaca|Xinhua|Bloomberg|Hans Lucas|[A-Z]{2,})(?:\s*(?:via|\/)\s*[\p{L}.' /-]{2,60}|\s+PHOTO)\)?\s*$/u;

/** Copyright lines and syndication notices. */
export const COPYRIGHT =
  /^(©|\(c\)\s|copyright\b)|tous droits r[ée]serv[ée]s|all rights reserved|reproduction interdite|copyright for syndicated/iu;

/** Whether a block is only symbols (section markers such as "*.*.*."). */
export function isMarker(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** Whether every word of a block is a share-bar word. */
export function isShareBar(text: string): boolean {
  const parts = fold(text)
    .split(/[\s|·•,/]+/)
    .filter(Boolean);
  return parts.length > 0 && parts.every((part) => SHARE_WORDS.has(part)) && parts.length <= 12;
}

/** Whether a block starts with one of the folded phrases. */
export function startsWithAny(text: string, starts: readonly string[]): boolean {
  const folded = fold(text);
  return starts.some(
    (start) =>
      folded === start ||
      folded.startsWith(`${start} `) ||
      folded.startsWith(`${start}:`) ||
      folded.startsWith(`${start}!`),
  );
}
