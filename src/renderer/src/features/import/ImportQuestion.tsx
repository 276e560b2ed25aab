import type { ImportQuestion as Question } from '../../../../shared/domain';
import { strings } from '../../lib/strings';

/** The user's yes to a question: a private chat imported, the posts before a break kept. */
export type ImportAnswer = { privateChat: true } | { keepPartial: true };

interface ImportQuestionProps {
  question: Question;
  onAnswer: (answer: ImportAnswer) => void;
  /** Focus the button when it appears (the user answered the question before this one). */
  focus: boolean;
}

/**
 * What an import asks before going on with a file, said in the panel where the file stands,
 * with the one button that goes on. Leaving it unanswered imports nothing from the file.
 */
export function ImportQuestion({ question, onAnswer, focus }: ImportQuestionProps) {
  const words = strings.telegram.question;
  const [sentence, button, answer]: [string, string, ImportAnswer] =
    question.kind === 'private-chat'
      ? [words.privateChat(question.chat), words.privateChatButton, { privateChat: true }]
      : [
          words.keepPartial(question.position, question.postsBefore),
          words.keepPartialButton(question.postsBefore),
          { keepPartial: true },
        ];
  return (
    <div className="import-question" role="group" aria-label={words.status}>
      <p className="import-question__text">{sentence}</p>
      {(question.kind === 'private-chat' || question.postsBefore > 0) && (
        <button type="button" autoFocus={focus} onClick={() => onAnswer(answer)}>
          {button}
        </button>
      )}
    </div>
  );
}
