/** Black, so the room looks at each other rather than at the screen. */
export function BlankScreen() {
  return <div className="room-blank" />;
}
