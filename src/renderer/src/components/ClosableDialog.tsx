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
  children,
}: ClosableDialogProps) {
  return (
    <AppDialog
      title={title}
      className={className}
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
