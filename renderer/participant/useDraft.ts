/** Text being typed on the phone, kept in the tab's storage so a reload or a reconnect keeps it. */
import { useState } from 'react';

const KEY = (name: string) => `fc.participant.draft:${name}`;

export function useDraft(name: string): [string, (text: string) => void, () => void] {
  const [text, setText] = useState(() => {
    try {
      return sessionStorage.getItem(KEY(name)) ?? '';
    } catch {
      return '';
    }
  });
  const set = (next: string) => {
    setText(next);
    try {
      sessionStorage.setItem(KEY(name), next);
    } catch {
      // Storage may be refused (a private window): the text is still kept while the page is open.
    }
  };
  const clear = () => set('');
  return [text, set, clear];
}
