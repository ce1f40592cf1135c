/** Black, so the room looks at each other rather than at the screen. */
export function BlankScreen() {
  return <main className="presenter-blank" aria-label="Presenter (blank screen)" />;
}
