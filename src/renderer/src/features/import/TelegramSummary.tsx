import { useState } from 'react';
import type { TelegramImportSummary } from '../../../../shared/domain';
import { api } from '../../lib/api';
import { strings } from '../../lib/strings';

/**
 * What an import made of a Telegram export, and, once per channel, its public name (t.me/…):
 * no export holds it, and the posts' links need it. The name is kept for later exports.
 */
export function TelegramSummary({ summary }: { summary: TelegramImportSummary }) {
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<string | null>(summary.publicName);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const result = await api.invoke('telegram:setPublicName', {
      channelId: summary.channelId,
      publicName: name,
    });
    if (result.ok) {
      setSaved(result.value.publicName);
      setError(null);
    } else setError(result.error.message);
  };
  return (
    <div className="telegram-summary">
      <p className="muted">{strings.telegram.summary(summary)}</p>
      {summary.missingPages.length > 0 && (
        <p className="import-item__error">{strings.telegram.missingPages(summary.missingPages)}</p>
      )}
      {summary.brokenPosition !== undefined && (
        <p className="import-item__error">{strings.telegram.keptBefore(summary.brokenPosition)}</p>
      )}
      {saved ? (
        <p className="muted">{strings.telegram.linked(saved)}</p>
      ) : (
        summary.imported > 0 && (
          <form
            className="telegram-summary__name"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <label>
              {strings.telegram.askPublicName(summary.chat)}
              <input
                value={name}
                placeholder="t.me/…"
                onChange={(event) => setName(event.target.value)}
              />
            </label>
            <button type="submit" disabled={!name.trim()}>
              {strings.source.save}
            </button>
            {error && <span className="import-item__error">{error}</span>}
          </form>
        )
      )}
    </div>
  );
}
