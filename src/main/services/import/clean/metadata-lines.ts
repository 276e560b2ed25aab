import { findDate, isDateLine } from './dates';
import { fold } from './patterns';

/** A document field a line of scraped text can state. */
export type MetadataField = 'url' | 'author' | 'publishedAt' | 'modifiedAt' | 'tags' | 'outlet';

/** What one metadata line says (value null when the label stands with nothing after it). */
export interface MetadataLine {
  field: MetadataField | 'source';
  value: string | null;
}

const LABELS: Record<string, MetadataField | 'source'> = {};
const label = (field: MetadataField | 'source', names: string[]) => {
  for (const name of names) LABELS[fold(name)] = field;
};
label('url', [
  'source link',
  'source url',
  'url',
  'lien',
  'lien source',
  'lien de l’article',
  'original',
  'original article',
  'article original',
  'permalink',
  'link',
  'canonical',
  'adresse',
]);
label('source', ['source', 'sources', 'via', 'origine']);
label('author', [
  'author',
  'authors',
  'auteur',
  'auteurs',
  'auteure',
  'autrice',
  'by',
  'par',
  'written by',
  'écrit par',
  'rédigé par',
  'journaliste',
  'reporter',
  'signature',
  'byline',
]);
label('publishedAt', [
  'publish date',
  'published',
  'published on',
  'publication date',
  'date',
  'date de publication',
  'publié le',
  'publié',
  'posted',
  'posted on',
  'mis en ligne',
  'mis en ligne le',
  'parution',
  'paru le',
  'date published',
  'publication',
]);
label('modifiedAt', [
  'updated',
  'last updated',
  'modified',
  'mis à jour',
  'mis à jour le',
  'dernière mise à jour',
  'modifié le',
  'date modified',
  'actualisé le',
]);
label('tags', [
  'tags',
  'tag',
  'mots clés',
  'mots-clés',
  'keywords',
  'topics',
  'sujets',
  'thèmes',
  'categories',
  'category',
  'catégories',
  'catégorie',
  'rubrique',
  'filed under',
  'section',
]);
label('outlet', [
  'site',
  'publisher',
  'éditeur',
  'outlet',
  'journal',
  'média',
  'media',
  'publié par',
  'published by',
  'site name',
]);

const URL_PATTERN = /^(https?:\/\/|www\.)\S+$/i;

/**
 * Reads a "Label : value" line (French spacing before the colon or not), or a line that only
 * states a byline ("Par Jeanne Martin", "By John Smith") or a date ("Publié le 28 octobre 2024").
 */
export function readMetadataLine(text: string): MetadataLine | null {
  if (text.length > 300) return null;
  const labelled = text.match(/^\s*([^:]{2,32}?)\s*:\s*(.*)$/su);
  const field = labelled ? LABELS[fold(labelled[1]!)] : undefined;
  if (labelled && field) return interpret(field, labelled[2]!.trim());
  const byline = text.match(
    /^(?:[Pp]ar|PAR|[Bb]y|BY)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|du|van|von|da|et|and|&|,)){1,8})\s*(?:[,(–—|-].{0,60})?$/u,
  );
  if (byline && !/[.!?]$/.test(text.trim())) return { field: 'author', value: byline[1]!.trim() };
  const date = isDateLine(text);
  if (date) {
    const modified = /^(updated|last updated|mis à jour|modifié|actualisé)/iu.test(text.trim());
    return { field: modified ? 'modifiedAt' : 'publishedAt', value: date.iso };
  }
  return null;
}

function interpret(field: MetadataField | 'source', value: string): MetadataLine {
  if (!value) return { field, value: null };
  if (field === 'source') {
    if (URL_PATTERN.test(value)) return { field: 'url', value: normaliseUrl(value) };
    return { field: value.split(/\s+/).length <= 6 ? 'outlet' : 'source', value };
  }
  if (field === 'url') {
    return { field, value: URL_PATTERN.test(value) ? normaliseUrl(value) : null };
  }
  if (field === 'publishedAt' || field === 'modifiedAt') {
    return { field, value: findDate(value)?.iso ?? null };
  }
  return { field, value };
}

function normaliseUrl(value: string): string {
  return /^www\./i.test(value) ? `https://${value}` : value;
}

/** The site name a URL implies when nothing better is known ("www.lexpress.fr" → "lexpress.fr"). */
export function outletFromUrl(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^(www|m|amp|mobile)\./, '') || null;
  } catch {
    return null;
  }
}
