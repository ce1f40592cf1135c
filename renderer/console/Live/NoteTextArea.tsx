/**
 * A note's words as they are typed: Enter saves, Shift+Enter adds a line (an Enter that finishes an
 * input method's composition is the composition's). It grows with its lines up to six.
 */
import type { TextareaHTMLAttributes } from 'react';
import { MAX_LENGTH } from '../../../shared/vocabulary/limits.ts';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  value: string;
  onChange: (text: string) => void;
  onSave: () => void;
}

export function NoteTextArea({ value, onChange, onSave, ...rest }: Props) {
  return (
    <textarea
      {...rest}
      rows={Math.min(6, value.split('\n').length)}
      value={value}
      maxLength={MAX_LENGTH.note}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
        event.preventDefault();
        if (value.trim()) onSave();
      }}
    />
  );
}
