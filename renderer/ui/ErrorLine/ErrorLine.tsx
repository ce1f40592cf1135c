/**
 * What went wrong, in words, announced to assistive technology as it appears: one paragraph with
 * the alert role, or nothing when there is no message.
 */
import type { ReactNode } from 'react';
import fields from '../Field/Field.module.css';

interface Props {
  message: string | undefined;
  /** The paragraph's look where it stands: a field's error (the default) or a screen's banner. */
  className?: string;
  id?: string;
  /** A span inside a field's label, where a paragraph may not stand. */
  inline?: boolean;
  /** What follows the words, such as a button that dismisses them. */
  children?: ReactNode;
}

export function ErrorLine({
  message,
  className = fields.error,
  id,
  inline = false,
  children,
}: Props) {
  if (!message) return null;
  const Line = inline ? 'span' : 'p';
  return (
    <Line id={id} className={className} role="alert">
      {message}
      {children}
    </Line>
  );
}
