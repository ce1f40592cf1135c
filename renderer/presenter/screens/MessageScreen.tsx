/** One line from the facilitator, such as “Back at 10:40”. */
export function MessageScreen({ message }: { message: string }) {
  return (
    <main className="presenter-message" aria-label="Presenter">
      <h1 className="presenter-message__text">{message}</h1>
    </main>
  );
}
