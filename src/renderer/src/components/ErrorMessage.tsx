import type { AppError } from '../../../shared/result';
import { describeError } from '../lib/errors';
import { strings } from '../lib/strings';
import './error-message.css';

/** An error as a researcher reads it: what happened, what to try, and a retry when possible. */
export function ErrorMessage({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  const { message, action } = describeError(error);
  return (
    <div className="error-message" role="alert">
      <p>{message}</p>
      <p className="muted">{action}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {strings.retry}
        </button>
      )}
    </div>
  );
}
