/** A modal dialog on the native <dialog> element: focus trapping, Escape and the backdrop for free. */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  lead?: ReactNode;
  onClose: () => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  actions: ReactNode;
  children?: ReactNode;
}

export function Dialog({ open, title, lead, onClose, onSubmit, actions, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const titleId = `dialog-title-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit?.(event);
        }}
      >
        <div className="dialog__body">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {lead ? <p className="dialog__lead">{lead}</p> : null}
          {children}
        </div>
        <div className="dialog__actions">{actions}</div>
      </form>
    </dialog>
  );
}
