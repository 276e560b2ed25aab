import { useEffect, useState } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import type { AppError } from '../../../../shared/result';
import { ErrorMessage } from '../../components/ErrorMessage';
import { api } from '../../lib/api';
import { strings } from '../../lib/strings';
import {
  fieldsFromPaste,
  fromClipboard,
  pastedFile,
  type Pasted,
  type PastedFields,
} from './clipboard';
import '../../components/buttons.css';

const EMPTY: PastedFields = { title: '', url: '', outlet: '', author: '', publishedAt: '' };
const FIELDS: (keyof PastedFields)[] = ['title', 'url', 'outlet', 'author', 'publishedAt'];

interface PasteDialogProps {
  /** Open from the Import menu, or by a paste on the library. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** With the documents already in the corpus whose estimated date the import changed. */
  onImported: (documentId: number, redated: readonly number[]) => void;
}

/** Whether a paste goes to a text field or the editor rather than to the library. */
function editing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element?.closest?.('input, textarea, [contenteditable="true"], [contenteditable=""]');
}

/**
 * "New from clipboard…": Ctrl/Cmd+V outside a text field, or the button, opens a dialog with
 * what was pasted (HTML goes through the saved-page extraction, plain text otherwise) and
 * optional fields; Import makes a document of it. The text is sent as bytes, like a dropped file.
 */
export function PasteDialog({ open, onOpenChange, onImported }: PasteDialogProps) {
  const setOpen = onOpenChange;
  const [pasted, setPasted] = useState<Pasted | null>(null);
  const [fields, setFields] = useState<PastedFields>(EMPTY);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const take = (next: Pasted) => {
    setPasted(next);
    setFields((current) => ({ ...current, ...fieldsFromPaste(next) }));
  };
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (open || editing(event.target)) return;
      const next = fromClipboard(event.clipboardData);
      if (!next) return;
      event.preventDefault();
      setFields(EMPTY);
      setError(null);
      take(next);
      setOpen(true);
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, [open, setOpen]);

  const close = () => {
    setOpen(false);
    setPasted(null);
    setFields(EMPTY);
    setError(null);
  };
  const submit = async () => {
    if (!pasted) return;
    setBusy(true);
    const file = pastedFile(pasted, fields.title);
    const imported = await api.invoke('corpus:import', { sources: [{ kind: 'bytes', ...file }] });
    const outcome = imported.ok ? imported.value[0] : undefined;
    if (!imported.ok || !outcome?.documentId) {
      setBusy(false);
      setError(
        imported.ok
          ? { code: outcome?.errorCode ?? 'internal', message: outcome?.error ?? '' }
          : imported.error,
      );
      return;
    }
    const given = Object.fromEntries(
      FIELDS.filter((key) => fields[key].trim()).map((key) => [key, fields[key].trim()]),
    );
    if (Object.keys(given).length > 0) {
      const updated = await api.invoke('documents:update', {
        id: outcome.documentId,
        fields: given,
      });
      if (!updated.ok) setError(updated.error);
    }
    setBusy(false);
    onImported(outcome.documentId, outcome.redated ?? []);
    close();
  };

  return (
    <>
      <Modal
        className="modal"
        isDismissable
        isOpen={open}
        onOpenChange={(next) => !next && close()}
      >
        <Dialog className="dialog paste-dialog" aria-label={strings.paste.title}>
          <Heading slot="title">{strings.paste.title}</Heading>
          {pasted ? (
            <p className="muted">{pasted.html ? strings.paste.kindHtml : strings.paste.kindText}</p>
          ) : (
            <p className="muted">{strings.paste.hint}</p>
          )}
          <textarea
            className="paste-dialog__text"
            aria-label={strings.paste.content}
            placeholder={strings.paste.hint}
            value={pasted?.text ?? ''}
            onPaste={(event) => {
              const next = fromClipboard(event.clipboardData);
              if (!next) return;
              event.preventDefault();
              take(next);
            }}
            onChange={(event) => setPasted({ html: null, text: event.target.value })}
          />
          <div className="paste-dialog__fields">
            {FIELDS.map((key) => (
              <label key={key}>
                {strings.source.fields[key]}
                <input
                  value={fields[key]}
                  placeholder={strings.paste.optional}
                  onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
                />
              </label>
            ))}
          </div>
          {error && <ErrorMessage error={error} />}
          <div className="dialog__actions">
            <Button onPress={close}>{strings.cancel}</Button>
            <Button
              className="button--primary"
              isDisabled={busy || !pasted?.text.trim()}
              onPress={() => void submit()}
            >
              {strings.paste.import}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </>
  );
}
