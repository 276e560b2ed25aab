import { Button } from 'react-aria-components';
import { AppDialog } from '../../components/AppDialog';
import { strings } from '../../lib/strings';
import '../../components/buttons.css';

interface DeleteDocumentButtonProps {
  title: string;
  highlights: number;
  onDelete: () => void;
}

/** "Delete document…" and its confirmation dialog (the deletion itself can be undone). */
export function DeleteDocumentButton({ title, highlights, onDelete }: DeleteDocumentButtonProps) {
  return (
    <AppDialog
      role="alertdialog"
      title={strings.reader.deleteTitle}
      trigger={<Button className="button button--quiet">{strings.reader.deleteDocument}</Button>}
    >
      {(close) => (
        <>
          <p>{strings.reader.deleteBody(title, highlights)}</p>
          <div className="app-dialog__actions">
            <Button className="button" onPress={close} autoFocus>
              {strings.cancel}
            </Button>
            <Button
              className="button button--danger"
              onPress={() => {
                close();
                onDelete();
              }}
            >
              {strings.reader.deleteConfirm}
            </Button>
          </div>
        </>
      )}
    </AppDialog>
  );
}
