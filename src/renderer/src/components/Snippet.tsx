import type { SnippetPart } from '../../../shared/domain';

/** A search snippet with its matched words marked (text only: never HTML from the corpus). */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
