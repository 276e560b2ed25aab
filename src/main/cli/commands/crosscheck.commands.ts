import type { Corroboration } from '../../../shared/crosscheck';
import { table } from '../format';
import { figureReasonInEnglish } from '../reasons';
import type { Command } from './command';

function sourcesLine(sources: readonly { source: string; publishedAt: string | null }[]) {
  return [...new Set(sources.map((item) => item.source))].join(', ');
}

/** Corroboration: quotes and figures shared across sources, and syndicated copies. */
export const crosscheckCommands: Record<string, Command> = {
  corroborate: {
    usage: 'corroborate',
    arguments: 0,
    summary: 'quotes and figures several sources share, and copies',
    run: (call) => call('corroboration:list', {}),
    print: (value) => {
      const { quotes, figures, syndication } = value as Corroboration;
      return [
        'Quotes',
        table(
          ['sources', 'independent', 'speaker', 'quote', 'carried by'],
          quotes.map((quote) => [
            quote.documentCount,
            quote.independentSources,
            quote.speakers.join(', '),
            quote.text,
            sourcesLine(quote.sources),
          ]),
        ),
        '',
        'Figures',
        table(
          ['sources', 'verdict', 'counts', 'values', 'carried by', 'why'],
          figures.map((figure) => [
            figure.documentCount,
            figure.verdict.kind === 'disagree' ? 'DISAGREE' : figure.verdict.kind,
            figure.unit,
            figure.sources.map((source) => source.text).join(' | '),
            sourcesLine(figure.sources),
            figureReasonInEnglish(figure.verdict.reason),
          ]),
        ),
        '',
        'Copies',
        table(
          ['group', 'similarity', 'documents'],
          syndication.map((group) => [
            group.id,
            group.similarity.toFixed(2),
            group.documents.map((item) => `#${item.documentId} ${item.source}`).join(', '),
          ]),
        ),
      ].join('\n');
    },
  },
};
