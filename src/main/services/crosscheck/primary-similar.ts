import type { DatabaseSync } from 'node:sqlite';
import type { SimilarPassage } from '../../../shared/crosscheck';
import { TelegramRepository } from '../../db/repositories/telegram.repo';
import { primaryFor } from './primary-sources';

/**
 * Other sources of a passage, with the post its quotation comes from first: when the passage
 * quotes words an article attributes to Telegram and the corpus holds the post carrying them,
 * that post is marked as the primary source (faithfully quoted or not), added if the
 * similarity signals had not found it.
 */
export function withPrimarySources(
  db: DatabaseSync,
  passageId: number,
  hits: readonly SimilarPassage[],
): SimilarPassage[] {
  const telegram = new TelegramRepository(db);
  const quotes = telegram.quotesInPassage(passageId);
  if (quotes.length === 0) return [...hits];
  const posts = telegram.postPassages();
  const result = [...hits];
  for (const quote of quotes) {
    const found = primaryFor(quote, posts);
    if (!found || found.post.passageId === passageId) continue;
    const reason = {
      kind: 'primary' as const,
      text: found.text,
      faithful: found.fidelity.faithful,
    };
    const index = result.findIndex((hit) => hit.passageId === found.post.passageId);
    const { post } = found;
    const hit: SimilarPassage =
      index >= 0
        ? { ...result[index]!, reasons: [reason, ...result[index]!.reasons] }
        : {
            passageId: post.passageId,
            documentId: post.documentId,
            ordinal: post.ordinal,
            text: post.passageText,
            score: 1,
            documentTitle: post.title,
            outlet: post.outlet,
            publishedAt: post.publishedAt,
            snippet: [{ text: post.passageText, match: false }],
            reasons: [reason],
          };
    if (index >= 0) result.splice(index, 1);
    result.unshift(hit);
  }
  return result;
}
