import type { ArticleFields } from '../clean/clean';
import type { DomDocument } from './dom';

type Page = DomDocument;

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|Report|WebPage)$/;

/**
 * Reads a saved page's metadata: JSON-LD (NewsArticle and kin), Open Graph and article:*
 * meta tags, the author meta, <link rel=canonical>, <html lang> and <title>. JSON-LD is the
 * most deliberate statement a publisher makes, so it wins, then Open Graph, then plain tags.
 * The published date is preferred; a modified date is never taken for it.
 */
export function readHtmlMetadata(page: Page): ArticleFields & { hintLanguage?: string } {
  // One pass over the <meta> tags rather than one query of the whole page per selector: the
  // first tag of each name, property or itemprop, as querySelector would find it.
  const metas = new Map<string, string>();
  for (const tag of page.querySelectorAll('meta')) {
    const content = tag.getAttribute('content');
    if (content === null) continue;
    for (const attribute of ['name', 'property', 'itemprop']) {
      const value = tag.getAttribute(attribute);
      const key = `meta[${attribute}="${value}"]`;
      if (value !== null && !metas.has(key)) metas.set(key, content);
    }
    // Names as Readability compares them (case, spaces and dots aside: DC.Creator, Author).
    const name = tag.getAttribute('name')?.toLowerCase().replace(/\s/g, '').replace(/\./g, ':');
    if (name && !metas.has(name)) metas.set(name, content);
  }
  const meta = (selector: string) => metas.get(selector)?.trim() || undefined;
  const article = jsonLdArticle(page);
  const fields: ArticleFields & { hintLanguage?: string } = {};
  const set = (field: keyof ArticleFields, ...values: (string | undefined)[]) => {
    const value = values.find((candidate) => candidate && candidate.trim())?.trim();
    if (value) fields[field] = { value: value.replace(/[ \t\r\n]+/g, ' '), source: 'metadata' };
  };
  set(
    'title',
    text(article?.headline),
    meta('meta[property="og:title"]'),
    meta('meta[name="twitter:title"]'),
  );
  set(
    'author',
    personName(article?.author),
    nameNotUrl(meta('meta[name="author"]')),
    nameNotUrl(meta('meta[property="article:author"]')),
    meta('meta[name="byl"]')?.replace(/^(by|par)\s+/i, ''),
    ...['dc:creator', 'dcterm:creator', 'author', 'parsely-author'].map((name) =>
      nameNotUrl(meta(name)),
    ),
    nameNotUrl(meta('meta[property="dc:creator"]')),
  );
  set(
    'outlet',
    meta('meta[property="og:site_name"]'),
    personName(article?.publisher),
    meta('meta[name="application-name"]'),
  );
  set(
    'url',
    page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    meta('meta[property="og:url"]'),
    text(article?.url),
  );
  set(
    'publishedAt',
    text(article?.datePublished),
    meta('meta[property="article:published_time"]'),
    meta('meta[name="article:published_time"]'),
    meta('meta[itemprop="datePublished"]'),
    meta('meta[name="pubdate"]'),
    meta('meta[name="publish-date"]'),
    meta('meta[name="date"]'),
    meta('meta[name="DC.date.issued"]'),
    meta('meta[name="dc.date"]'),
    page.querySelector('time[pubdate]')?.getAttribute('datetime') ?? undefined,
  );
  if (fields.url && !/^https?:\/\//i.test(fields.url.value)) delete fields.url;
  const language = page.documentElement?.getAttribute('lang')?.trim();
  if (language) fields.hintLanguage = language.slice(0, 2).toLowerCase();
  return fields;
}

function jsonLdArticle(page: Page): JsonObject | undefined {
  const found: JsonObject[] = [];
  for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ''), found);
    } catch {
      // A broken JSON-LD block is the publisher's mistake; the other sources still count.
    }
  }
  const isType = (node: JsonObject, pattern: RegExp) =>
    [node['@type']].flat().some((type) => typeof type === 'string' && pattern.test(type));
  return (
    found.find((node) => isType(node, /NewsArticle$/)) ??
    found.find((node) => isType(node, ARTICLE_TYPES) && node.headline)
  );
}

function collect(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) value.forEach((item) => collect(item, out));
  else if (value && typeof value === 'object') {
    out.push(value as JsonObject);
    const graph = (value as JsonObject)['@graph'];
    if (graph) collect(graph, out);
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object') return text((value as JsonObject)['@id']);
  return undefined;
}

function personName(value: unknown): string | undefined {
  const people = [value].flat().filter(Boolean);
  const names = people
    .map((person) => (typeof person === 'string' ? person : text((person as JsonObject).name)))
    .map(nameNotUrl)
    .filter((name): name is string => Boolean(name));
  return names.length > 0 ? names.join(', ') : undefined;
}

// Some sites put the author's profile address where the name belongs.
function nameNotUrl(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

const SEPARATOR = / [|\-\\/>»] /;
const wordCount = (value: string) => value.split(/\s+/).length;

/**
 * The headline from the page's <title>, without the " | Site name" most pages add to it: the
 * rules of Readability's `_getArticleTitle` (0.6.0, Apache-2.0), which the import used when
 * Readability still ran, so titles stay what they were.
 */
export function titleFromPage(page: Page): string | undefined {
  const original = (page.querySelector('title')?.textContent ?? '').trim();
  if (!original) return undefined;
  let title = original;
  let hierarchical = false;
  if (SEPARATOR.test(title)) {
    hierarchical = / [\\/>»] /.test(title);
    const separators = [...original.matchAll(/ [|\-\\/>»] /g)];
    title = original.substring(0, separators.at(-1)!.index);
    if (wordCount(title) < 3) title = original.replace(/^[^|\-\\/>»]*[|\-\\/>»]/, '');
  } else if (title.includes(': ')) {
    const headings = [...page.querySelectorAll('h1, h2')];
    if (!headings.some((heading) => (heading.textContent ?? '').trim() === title)) {
      title = original.substring(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.substring(original.indexOf(':') + 1);
      else if (wordCount(original.substring(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const headings = [...page.querySelectorAll('h1')];
    if (headings.length === 1) title = (headings[0]!.textContent ?? '').trim();
  }
  title = title.trim().replace(/\s{2,}/g, ' ');
  const words = wordCount(title);
  if (
    words <= 4 &&
    (!hierarchical || words !== wordCount(original.replace(/[|\-\\/>»]+/g, '')) - 1)
  ) {
    title = original;
  }
  return title;
}
