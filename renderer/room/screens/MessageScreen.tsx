/** One line from the facilitator, such as “Back at 10:40”. */
import { FitText } from '../FitText.tsx';

export function MessageScreen({ message }: { message: string }) {
  return (
    <div className="room-message">
      <FitText as="h1" text={message} maxShare={0.16} className="room-message__text" />
    </div>
  );
}
