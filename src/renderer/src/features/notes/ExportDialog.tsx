import { useState } from 'react';
import { Button, Checkbox, Label, Radio, RadioGroup } from 'react-aria-components';
import { AppDialog } from '../../components/AppDialog';
import type { ExportOptions } from '../../../../shared/notes-domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguageSelect } from '../../components/LanguageSelect';
import { currentLocale, type Locale } from '../../lib/i18n/locale';
import { useRequest } from '../../lib/requests';
import { strings } from '../../lib/strings';
import { useCall } from '../../lib/useCall';
import { downloadText } from './download';
import '../../components/buttons.css';

/** The export preview: options, then exactly what will be written. */
function ExportPreview({ noteId, close }: { noteId: number; close: () => void }) {
  const [linkStyle, setLinkStyle] = useState<ExportOptions['linkStyle']>('plain');
  const [includeComments, setIncludeComments] = useState(true);
  // The words the export adds (headings, labels, dates): the interface language unless changed.
  const [language, setLanguage] = useState<Locale>(currentLocale);
  const [state, reload] = useCall('notes:export', {
    id: noteId,
    linkStyle,
    includeComments,
    language,
  });
  const file = state?.status === 'ready' ? state.value : null;
  const [saved, setSaved] = useState<string | null>(null);
  if (saved) {
    return (
      <>
        <p role="status" className="export-dialog__saved">
          {strings.notes.exportSaved(saved)}
        </p>
        <div className="app-dialog__actions">
          <Button className="button--primary" onPress={close} autoFocus>
            {strings.close}
          </Button>
        </div>
      </>
    );
  }
  return (
    <>
      <div className="export-dialog__options">
        <RadioGroup
          value={linkStyle}
          onChange={(value) => setLinkStyle(value as ExportOptions['linkStyle'])}
          orientation="horizontal"
          className="export-dialog__radios"
        >
          <Label>{strings.notes.exportLinks}</Label>
          <Radio value="plain" className="choice choice--radio">
            {strings.notes.exportPlain}
          </Radio>
          <Radio value="wiki" className="choice choice--radio">
            {strings.notes.exportWiki}
          </Radio>
        </RadioGroup>
        <Checkbox
          isSelected={includeComments}
          onChange={setIncludeComments}
          className="choice choice--checkbox"
        >
          {strings.notes.exportComments}
        </Checkbox>
        <LanguageSelect
          className="export-dialog__language"
          label={strings.notes.exportLanguage}
          value={language}
          onChange={setLanguage}
        />
      </div>
      {state?.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} />}
      {state?.status === 'loading' && <p className="muted">{strings.loading}</p>}
      {file && (
        <pre
          className="export-dialog__preview"
          aria-label={strings.notes.exportPreview(file.fileName)}
        >
          {file.markdown}
        </pre>
      )}
      <div className="app-dialog__actions">
        <Button onPress={close}>{strings.cancel}</Button>
        <Button
          className="button--primary"
          isDisabled={!file}
          onPress={() => {
            if (!file) return;
            downloadText(file.fileName, file.markdown);
            // Says where the file went: the download lands in the browser's downloads folder.
            setSaved(file.fileName);
          }}
        >
          {strings.notes.exportSave}
          {file ? ` (${file.fileName})` : ''}
        </Button>
      </div>
    </>
  );
}

/**
 * "Export…": a dialog previewing the note's Markdown; "Save file" writes it (two clicks). The
 * command palette's "Export the open note" opens the same dialog.
 */
export function ExportDialog({ noteId, onOpen }: { noteId: number; onOpen?: () => void }) {
  const [open, setOpen] = useState(false);
  useRequest('export-note', () => setOpen(true));
  return (
    <AppDialog
      title={strings.notes.exportTitle}
      className="app-dialog--wide export-dialog"
      isOpen={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) onOpen?.();
      }}
      trigger={<Button className="note-header__export">{strings.notes.export}</Button>}
    >
      {(close) => <ExportPreview noteId={noteId} close={close} />}
    </AppDialog>
  );
}
