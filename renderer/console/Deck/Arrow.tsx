/** The up or down arrow on the buttons that move a category or a question. */
export function Arrow({ up = false }: { up?: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <path
        d={up ? 'M7 11.5V3M3 6.5 7 2.5l4 4' : 'M7 2.5V11M3 7.5l4 4 4-4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
