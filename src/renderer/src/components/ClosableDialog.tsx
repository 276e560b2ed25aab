import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { strings } from '../lib/strings';
import { AppDialog } from './AppDialog';

interface ClosableDialogProps {
  title: string;
  /** The words of the button that opens it. */
  opener: string;
  /** The opener's class: a text link in the status bar unless told otherwise. */
  openerClassName?: string;
  /** Extra class on the dialog's box (`app-dialog--wide`). */
  className?: string;
  /** Open from elsewhere too (the command palette): the dialog is then controlled. */
  isOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
}

/**
 * A dialog of information or settings opened from a bar (backups, the log, re-processing, the
 * similarity model): its content, then one Close button. Its changes are saved by its own
 * buttons, so closing it never discards anything.
 */
export function ClosableDialog({
  title,
  opener,
  openerClassName = 'link',
  className,
  isOpen,
  onOpenChange,
  children,
}: ClosableDialogProps) {
  return (
    <AppDialog
      title={title}
      className={className}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      trigger={<Button className={openerClassName}>{opener}</Button>}
    >
      {(close) => (
        <>
          {children}
          <div className="app-dialog__actions">
            <Button onPress={close}>{strings.close}</Button>
          </div>
        </>
      )}
    </AppDialog>
  );
}
