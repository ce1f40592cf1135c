/**
 * What the room's screen shows, switched from the console: the session as it runs, black, or a
 * message such as "Back at 10:40". The choice is the core's room state; this reads it back from
 * the room view the presenter gets, so the console shows what is really on the screen.
 */
import { useState } from 'react';
import { roomAction } from '../../../shared/actions/liveActions.ts';
import {
  ROOM_MESSAGE_MAX,
  ROOM_SCREEN_WORDS,
  RoomScreenSchema,
  type RoomScreen,
} from '../../../shared/room/roomState.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { useRoomPart } from '../../bridge/useRoomView.ts';
import type { RoomView } from '../../../shared/room/roomView.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import fields from '../../ui/Field/Field.module.css';
import { useShowRoom } from './LiveContext.tsx';

const CHOICES: readonly RoomScreen[] = RoomScreenSchema.options;
const BLANK_KEYS = roomAction('toggle-blank').keyLabel;

/** The facilitator's choice as the room view shows it; the waiting screen counts as the run. */
export const screenOf = (view: RoomView): RoomScreen =>
  view.screen === 'blank' || view.screen === 'message' ? view.screen : 'run';
const messageOf = (view: RoomView) => view.message ?? '';

export function RoomScreenControl() {
  const current = useRoomPart(screenOf);
  const shownMessage = useRoomPart(messageOf);
  const show = useCommand('room.show');
  const showRoom = useShowRoom();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState('');

  const choose = (screen: RoomScreen) => {
    if (screen === 'message') {
      setMessage(shownMessage || message);
      setAsking(true);
      return;
    }
    // As the B key does: a refusal (say, the connection is down) shows in the live bar.
    void showRoom(screen);
  };

  return (
    <>
      <div className={fields.segmented} role="radiogroup" aria-label="Room screen">
        {CHOICES.map((screen) => (
          <button
            key={screen}
            type="button"
            role="radio"
            aria-checked={current === screen}
            title={
              screen === 'blank'
                ? `${ROOM_SCREEN_WORDS[screen].hint} (${BLANK_KEYS})`
                : ROOM_SCREEN_WORDS[screen].hint
            }
            onClick={() => choose(screen)}
          >
            {ROOM_SCREEN_WORDS[screen].label}
          </button>
        ))}
      </div>
      <Dialog
        open={asking}
        title="Show a message to the room"
        onClose={() => setAsking(false)}
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await show.run({ screen: 'message', message });
          if (result.ok) setAsking(false);
        }}
        submitLabel="Show the message"
        submitDisabled={!message.trim() || show.busy}
        error={show.error?.message}
      >
        <label className={fields.field}>
          <span>Message</span>
          <input
            value={message}
            maxLength={ROOM_MESSAGE_MAX}
            placeholder="Back at 10:40"
            onChange={(event) => setMessage(event.target.value)}
          />
        </label>
      </Dialog>
    </>
  );
}
