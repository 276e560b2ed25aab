import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageBlocks } from './html-blocks';
import { readHtmlMetadata, titleFromPage } from './html-metadata';
import type { DomDocument } from './dom';

const prose = (topic: string) =>
  `${topic} was discussed at length, with figures, quotes and a date, as an article does, ` +
  `and the council, the mayor and the residents each said what they thought of it, at length.`;

function read(html: string) {
  const { document } = parseHTML(html);
  return pageBlocks(document as unknown as Parameters<typeof pageBlocks>[0]);
}

describe('the container Readability would pick, without running Readability', () => {
  const page = read(`<html><body>
    <div class="sidebar"><ul><li><a href="/a">${prose('Another story')}</a></li></ul></div>
    <div class="story-body">
      <p>${prose('The bridge')}</p><p>${prose('The budget')}</p><p>${prose('The vote')}</p>
    </div>
    <p>${prose('The follow-up')}</p>
    <div class="comments"><div><span class="author">Jane Reader</span><p>${prose('A comment')}</p></div></div>
  </body></html>`);
  const picked = (start: string) =>
    page.blocks.find((block) => block.text.startsWith(start))!.dom!.picked;

  it("marks the article's paragraphs and a prose sibling, not the link list or the comments", () => {
    expect(picked('The bridge')).toBe(true);
    expect(picked('The vote')).toBe(true);
    expect(picked('The follow-up')).toBe(true);
    expect(picked('Another story')).toBe(false);
    expect(picked('A comment')).toBe(false);
  });

  it("takes no byline from a commenter's name", () => {
    expect(page.byline).toBeUndefined();
  });

  it("finds the article's byline, and the author's name inside it", () => {
    const { byline } = read(`<html><body><article>
      <div class="byline">By <span itemprop="name">John Smith</span></div>
      <p>${prose('The bridge')}</p></article></body></html>`);
    expect(byline).toBe('John Smith');
  });

  it("takes a byline from the post's header when none stands elsewhere", () => {
    const { byline } = read(`<html><body><article>
      <header class="entry-header"><span class="byline">von Anna Weber</span></header>
      <p>${prose('The bridge')}</p></article></body></html>`);
    expect(byline).toBe('von Anna Weber');
  });
});

describe('the headline from <title>', () => {
  const title = (head: string, body = '') =>
    titleFromPage(
      parseHTML(`<html><head>${head}</head><body>${body}</body></html>`)
        .document as unknown as DomDocument,
    );

  it('drops the site name after a separator', () => {
    expect(title('<title>Council votes to rebuild the old bridge | The Daily</title>')).toBe(
      'Council votes to rebuild the old bridge',
    );
  });

  it('keeps a short title whole rather than leave one word', () => {
    expect(title('<title>Bridge - The Daily</title>')).toBe('Bridge - The Daily');
  });

  it("takes the page's only <h1> when the title is too short to be a headline", () => {
    expect(title('<title>News</title>', '<h1>Council votes to rebuild the bridge</h1>')).toBe(
      'Council votes to rebuild the bridge',
    );
  });
});

describe('the author from the meta tags Readability read', () => {
  const author = (head: string) =>
    readHtmlMetadata(
      parseHTML(`<html><head>${head}</head><body></body></html>`)
        .document as unknown as DomDocument,
    ).author?.value;

  it('reads Dublin Core and Parse.ly authors, whatever the case of the name', () => {
    expect(author('<meta name="DC.Creator" content="Anna Weber">')).toBe('Anna Weber');
    expect(author('<meta name="parsely-author" content="Tom Becker">')).toBe('Tom Becker');
    expect(author('<meta name="Author" content="Jeanne Morel">')).toBe('Jeanne Morel');
  });

  it('prefers the plain author tag and takes no profile address for a name', () => {
    expect(
      author('<meta name="dc.creator" content="Desk"><meta name="author" content="Anna Weber">'),
    ).toBe('Anna Weber');
    expect(author('<meta name="dc.creator" content="https://example.org/anna">')).toBeUndefined();
  });
});
