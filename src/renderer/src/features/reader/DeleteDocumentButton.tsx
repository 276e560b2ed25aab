import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { strings } from '../../lib/strings';

interface DeleteDocumentButtonProps {
  title: string;
  highlights: number;
  onDelete: () => void;
}

/** "Delete document…" and its confirmation dialog (the deletion itself can be undone). */
export function DeleteDocumentButton({ title, highlights, onDelete }: DeleteDocumentButtonProps) {
  return (
    <DialogTrigger>
      <Button className="button button--quiet">{strings.reader.deleteDocument}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{strings.reader.deleteTitle}</Heading>
                <p>{strings.reader.deleteBody(title, highlights)}</p>
                <div className="dialog__buttons">
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
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
