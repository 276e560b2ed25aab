import type { ReactElement, ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './dialog.css';

interface AppDialogProps {
  /** The button that opens the dialog (a react-aria Button, so focus returns to it). */
  trigger: ReactElement;
  title: string;
  /** `alertdialog` for a confirmation that interrupts (deleting). */
  role?: 'dialog' | 'alertdialog';
  /** Extra class on the dialog's box, for its own layout (a wide preview). */
  className?: string;
  /** Open from elsewhere too (the command palette): the dialog is then controlled. */
  isOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: (close: () => void) => ReactNode;
}

/**
 * Every dialog of the app: centred over a backdrop that covers the whole window, focus kept
 * inside while it is open and given back to its trigger when it closes, Escape and a click on
 * the backdrop close it (react-aria's ModalOverlay, Modal and Dialog).
 */
export function AppDialog({ trigger, title, role, className, ...props }: AppDialogProps) {
  return (
    <DialogTrigger isOpen={props.isOpen} onOpenChange={props.onOpenChange}>
      {trigger}
      <ModalOverlay className="app-dialog__overlay" isDismissable>
        <Modal className={`app-dialog${className ? ` ${className}` : ''}`}>
          <Dialog role={role} className="app-dialog__body">
            {({ close }) => (
              <>
                <Heading slot="title" className="app-dialog__title">
                  {title}
                </Heading>
                {props.children(close)}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
