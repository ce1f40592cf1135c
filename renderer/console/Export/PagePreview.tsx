/**
 * The printable page as it will look, inside the dialog. It is drawn in a shadow root rather than
 * a frame: the desktop app refuses every frame navigation that is not one of its own pages (an
 * about:srcdoc frame included), and a shadow root keeps the page's styles and the console's apart
 * just as well. The file is the core's own escaped output and holds no script; markup set this way
 * would not run one anyway.
 */
import { useEffect, useRef } from 'react';
import styles from './export.module.css';

/** The page's body and its stylesheet, its :root and body restyled as the preview's host. */
function previewOf(html: string): { style: string; body: string } {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const style = [...page.querySelectorAll('style')]
    .map((element) => element.textContent)
    .join('\n')
    .replace(/:root|\bbody\b/g, ':host');
  return { style, body: page.body.innerHTML };
}

export function PagePreview({ html, label }: { html: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const { style, body } = previewOf(html);
    root.replaceChildren();
    const sheet = document.createElement('style');
    sheet.textContent = style;
    const page = document.createElement('div');
    page.innerHTML = body;
    root.append(sheet, page);
  }, [html]);
  return (
    <div ref={host} className={styles.exportPage} role="document" aria-label={label} tabIndex={0} />
  );
}
