/** A Telegram import's counts as ICU values, the same for every language's catalog. */
export function telegramCounts(
  t: Record<string, string | number>,
): Record<string, string | number> {
  return {
    chat: String(t.chat),
    imported: Number(t.imported),
    alreadyPresent: Number(t.alreadyPresent),
    service: Number(t.service),
    withoutText: Number(t.withoutText),
    failed: Number(t.failed),
  };
}
