import type { FigureMention, FigureReason, FigureTime } from '../../../../shared/crosscheck';
import { formatDate } from '../../lib/format';
import { strings } from '../../lib/strings';

const day = (iso: string) => formatDate(iso) ?? iso;

function figure({ text, source }: FigureMention): string {
  return strings.crossCheck.why.figure(text, source);
}

/** When a figure holds: the words of its sentence and their days, or its publish day. */
function when(time: FigureTime): string {
  const span =
    time.start === time.end
      ? strings.crossCheck.why.onDay(day(time.start))
      : strings.attribution.range(day(time.start), day(time.end));
  return time.basis === 'sentence'
    ? strings.crossCheck.why.dated(time.words, span)
    : strings.crossCheck.why.published(span);
}

/** A figure verdict's reason as a sentence in the interface language. */
export function reasonWords(reason: FigureReason): string {
  const words = strings.crossCheck.why;
  switch (reason.code) {
    case 'compatible': {
      const figures = reason.figures.map(figure).join(', ');
      return reason.ranges ? words.compatibleRanges(figures) : words.compatible(figures);
    }
    case 'same-time':
      return words.sameTime(
        figure(reason.first),
        figure(reason.second),
        when(reason.first.when),
        when(reason.second.when),
      );
    case 'changed':
      return words.changed(
        figure(reason.earlier),
        when(reason.earlier.when),
        figure(reason.later),
        when(reason.later.when),
      );
    case 'estimated-date':
      return words.estimatedDate(figure(reason.first), figure(reason.second), reason.guessed);
    case 'undated': {
      const why =
        reason.why === null
          ? words.unknown
          : reason.why.code === 'unresolved'
            ? words.unresolved(reason.why.words)
            : words.noDate;
      return words.undated(figure(reason.first), figure(reason.second), reason.missing, why);
    }
  }
}
