/**
 * How big the cohort's room is: from the screen to the farthest seat, and the projected image's
 * height. The presenter keeps its smallest text readable from that seat (AVIXA DISCAS), and the
 * console warns about a question that would be smaller.
 */
import { useState } from 'react';
import { TriangleAlert } from 'lucide-react';
import {
  minimumElementShare,
  minimumFontPx,
  ROOM_SIZE_LIMITS,
  screenBigEnough,
  type RoomSize,
} from '../../../shared/room/readability.ts';
import { useCommand } from '../../bridge/useCommand.ts';
import { useQuery } from '../../bridge/useQuery.ts';
import { Dialog } from '../../ui/Dialog/Dialog.tsx';
import buttons from '../../ui/Button/Button.module.css';
import fields from '../../ui/Field/Field.module.css';
import room from './roomPanel.module.css';

interface Props {
  cohortId: string;
  open: boolean;
  onClose: () => void;
}

export function RoomSizeDialog({ cohortId, open, onClose }: Props) {
  const cohort = useQuery('cohort.get', { cohortId }, ['cohort.changed']);
  const saved = cohort.data?.roomSize;
  return open ? (
    <RoomSizeForm
      key={JSON.stringify(saved ?? null)}
      cohortId={cohortId}
      saved={saved}
      onClose={onClose}
    />
  ) : null;
}

function RoomSizeForm({
  cohortId,
  saved,
  onClose,
}: {
  cohortId: string;
  saved: RoomSize | undefined;
  onClose: () => void;
}) {
  const [seat, setSeat] = useState(saved ? String(saved.farthestSeatMetres) : '');
  const [screen, setScreen] = useState(saved ? String(saved.screenHeightMetres) : '');
  const update = useCommand('cohort.update');
  const size = { farthestSeatMetres: Number(seat), screenHeightMetres: Number(screen) };
  const valid =
    seat !== '' &&
    screen !== '' &&
    size.farthestSeatMetres >= ROOM_SIZE_LIMITS.farthestSeatMetres.min &&
    size.farthestSeatMetres <= ROOM_SIZE_LIMITS.farthestSeatMetres.max &&
    size.screenHeightMetres >= ROOM_SIZE_LIMITS.screenHeightMetres.min &&
    size.screenHeightMetres <= ROOM_SIZE_LIMITS.screenHeightMetres.max;

  const save = async (roomSize: RoomSize | null) => {
    const result = await update.run({ cohortId, roomSize });
    if (result.ok) onClose();
  };

  return (
    <Dialog
      open
      title="Room size"
      lead="So the back row can read the screen: the smallest text on it follows the room's size."
      onClose={onClose}
      onSubmit={(event) => {
        event.preventDefault();
        void save(size);
      }}
      submitLabel="Save"
      submitDisabled={!valid || update.busy}
      error={update.error?.message}
    >
      <div className={room.sizeFields}>
        <MetresField
          label="Farthest seat from the screen (metres)"
          limits={ROOM_SIZE_LIMITS.farthestSeatMetres}
          step={0.5}
          value={seat}
          onChange={setSeat}
        />
        <MetresField
          label="Height of the projected image (metres)"
          limits={ROOM_SIZE_LIMITS.screenHeightMetres}
          step={0.1}
          value={screen}
          onChange={setScreen}
        />
      </div>
      {valid && !screenBigEnough(size) ? (
        <p className={room.warning} role="note">
          <TriangleAlert size={16} aria-hidden="true" />
          The image is small for this room: even its largest text will be hard to read from the
          farthest seat. A taller image, or seats closer to it, would help.
        </p>
      ) : null}
      <p className={room.rule} aria-live="polite">
        {valid
          ? `Letters at least ${(minimumElementShare(size) * 100).toFixed(1)} % of the image's height: text of ${minimumFontPx(size, 1080)} px or more on a 1080p projector.`
          : `A seat ${ROOM_SIZE_LIMITS.farthestSeatMetres.min}–${ROOM_SIZE_LIMITS.farthestSeatMetres.max} m away, an image ${ROOM_SIZE_LIMITS.screenHeightMetres.min}–${ROOM_SIZE_LIMITS.screenHeightMetres.max} m tall.`}
      </p>
      {saved ? (
        <button
          type="button"
          className={`${buttons.quiet} ${buttons.small}`}
          onClick={() => void save(null)}
        >
          Forget this room’s size
        </button>
      ) : null}
    </Dialog>
  );
}

function MetresField(props: {
  label: string;
  limits: { min: number; max: number };
  step: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className={fields.field}>
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="decimal"
        step={props.step}
        min={props.limits.min}
        max={props.limits.max}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </label>
  );
}
