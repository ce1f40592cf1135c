/** A modal dialog on the native <dialog> element: focus trapping, Escape and the backdrop for free. */
import { useEffect, useId, useRef, type FormEvent, type ReactNode, type RefObject } from 'react';
import { ErrorLine } from '../ErrorLine/ErrorLine.tsx';
import buttons from '../Button/Button.module.css';
import styles from './Dialog.module.css';

interface DialogProps {
  open: boolean;
  title: string;
  lead?: ReactNode;
  onClose: () => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  /** The usual pair of buttons: Cancel and this one, which submits. */
  submitLabel?: string;
  submitDisabled?: boolean;
  /** null for a dialog that only informs: its one button is the submit one. */
  cancelLabel?: string | null;
  /** What Cancel does when it is not closing the dialog (a confirmation's "Back"). */
  onCancel?: () => void;
  /** The submit button removes or replaces something. */
  danger?: boolean;
  /** What went wrong, in words, shown above the buttons. */
  error?: string | undefined;
  /** Buttons of one's own, instead of the usual pair. */
  actions?: ReactNode;
  /** Room for a preview beside the choices. */
  wide?: boolean;
  children?: ReactNode;
}

export function Dialog({
  open,
  title,
  lead,
  onClose,
  onSubmit,
  submitLabel,
  submitDisabled = false,
  cancelLabel = 'Cancel',
  onCancel,
  danger = false,
  error,
  actions,
  wide = false,
  children,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  useKeyboardScroll(body, open);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className={wide ? `${styles.dialog} ${styles.wide}` : styles.dialog}
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
        <div ref={body} className={styles.body}>
          <h2 id={titleId} className={styles.title}>
            {title}
          </h2>
          {lead ? <p className={styles.lead}>{lead}</p> : null}
          {children}
          <ErrorLine message={error} />
        </div>
        <div className={styles.actions}>
          {actions ?? (
            <>
              {cancelLabel === null ? null : (
                <button type="button" className={buttons.quiet} onClick={onCancel ?? onClose}>
                  {cancelLabel}
                </button>
              )}
              {submitLabel ? (
                <button
                  type="submit"
                  className={danger ? buttons.danger : buttons.primary}
                  disabled={submitDisabled}
                >
                  {submitLabel}
                </button>
              ) : null}
            </>
          )}
        </div>
      </form>
    </dialog>
  );
}

/**
 * A dialog body taller than the window scrolls; with nothing focusable inside (the shortcut
 * sheet), keyboard users reach it only if the body itself takes the focus.
 */
function useKeyboardScroll(body: RefObject<HTMLDivElement | null>, open: boolean) {
  useEffect(() => {
    const element = body.current;
    if (!element || !open) return;
    const update = () => {
      if (element.scrollHeight > element.clientHeight + 1) element.setAttribute('tabindex', '0');
      else element.removeAttribute('tabindex');
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [body, open]);
}
