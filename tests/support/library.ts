import type { LibraryRow } from '../../src/shared/library';
import type { Handlers } from '../../src/main/app/handlers';

/** Every document of the corpus, newest first, read page by page as the library reads them. */
export async function everyDocument(
  handlers: Pick<Handlers, 'corpus:page'>,
): Promise<LibraryRow[]> {
  const documents: LibraryRow[] = [];
  for (;;) {
    const page = await handlers['corpus:page']({
      sort: 'newest',
      offset: documents.length,
      limit: 500,
    });
    documents.push(...page.documents);
    if (page.documents.length === 0 || documents.length >= page.total) return documents;
  }
}
