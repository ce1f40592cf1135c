/**
 * Which screen the room sees, switched from the console: the welcome, the session as it runs, a
 * break with its countdown, a message such as "Back at 10:40", or black. The choice is the core's
 * room state; this reads it back from the room view, so the console shows what is really on the
 * screen.
 */
import { useState } from 'react';
import { roomAction } from '../../../shared/actions/liveActions.ts';
import {
  BREAK_MINUTES,
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
const BREAK_PRESETS = [5, 10, 15, 20] as const;
const BLANK_KEYS = roomAction('toggle-blank').keyLabel;

/** The facilitator's choice as the room view shows it; nothing is chosen while the room waits. */
export const screenOf = (view: RoomView): RoomScreen | undefined =>
  view.screen === 'waiting' ? undefined : view.screen;
const messageOf = (view: RoomView) => view.message ?? '';

export function RoomScreenControl() {
  const current = useRoomPart(screenOf);
  const shownMessage = useRoomPart(messageOf);
  const show = useCommand('room.show');
  const showRoom = useShowRoom();
  const [asking, setAsking] = useState<'message' | 'break' | null>(null);
  const [message, setMessage] = useState('');
  const [minutes, setMinutes] = useState(String(BREAK_MINUTES.default));

  const choose = (screen: RoomScreen) => {
    if (screen === 'message') setMessage(shownMessage || message);
    if (screen === 'message' || screen === 'break') {
      setAsking(screen);
      return;
    }
    // As the B key does: a refusal (say, the connection is down) shows in the live bar.
    void showRoom(screen);
  };

  const breakMinutes = Number(minutes);
  const validBreak =
    Number.isInteger(breakMinutes) &&
    breakMinutes >= BREAK_MINUTES.min &&
    breakMinutes <= BREAK_MINUTES.max;

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
        open={asking === 'message'}
        title="Show a message to the room"
        onClose={() => setAsking(null)}
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await show.run({ screen: 'message', message });
          if (result.ok) setAsking(null);
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
      <Dialog
        open={asking === 'break'}
        title="Call a break"
        lead="The room sees a countdown and the time the session resumes."
        onClose={() => setAsking(null)}
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await show.run({ screen: 'break', breakMinutes });
          if (result.ok) setAsking(null);
        }}
        submitLabel="Start the break"
        submitDisabled={!validBreak || show.busy}
        error={show.error?.message}
      >
        <div className={fields.segmented} role="radiogroup" aria-label="Break length">
          {BREAK_PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              role="radio"
              aria-checked={breakMinutes === preset}
              onClick={() => setMinutes(String(preset))}
            >
              {preset} min
            </button>
          ))}
        </div>
        <label className={fields.field}>
          <span>Minutes</span>
          <input
            type="number"
            min={BREAK_MINUTES.min}
            max={BREAK_MINUTES.max}
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </label>
      </Dialog>
    </>
  );
}
