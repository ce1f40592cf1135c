/**
 * Who is in the room, in seating order: the speaker queue goes around in this order. Each member
 * is ticked present or not, and moved by dragging (dnd-kit: pointer, or the keyboard with Space and
 * the arrow keys, announced to screen readers) or with the Move up and Move down buttons.
 */
import { useRef, useState, type CSSProperties } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, GripVertical } from 'lucide-react';
import { useFocusAfter, type FocusAfter } from '../../../ui/focus/useFocusAfter.ts';
import buttons from '../../../ui/Button/Button.module.css';
import styles from './setup.module.css';

export interface Seat {
  id: string;
  name: string;
  present: boolean;
  /** Absent with notice: recorded as excused rather than absent. */
  excused: boolean;
}

interface Props {
  seats: readonly Seat[];
  onMove: (order: string[]) => void;
  onTogglePresent: (id: string) => void;
  onToggleExcused: (id: string) => void;
}

const INSTRUCTIONS =
  'To move a person to another seat, press Space or Enter, use the up and down arrow keys, then Space or Enter to drop them there, or Escape to put them back.';

/**
 * What a screen reader hears while a person is moved, for one list. Being over one's own seat is
 * announced only after moving away from it: dnd-kit reports it at once on pick-up, which would
 * drown "Picked up"; the announcer remembers whether the drag under way has left its seat.
 */
function seatAnnouncer() {
  let movedAway = false;
  return (seats: readonly Seat[]): Announcements => {
    const name = (id: UniqueIdentifier) => seats.find((s) => s.id === id)?.name ?? 'Someone';
    const seat = (id: UniqueIdentifier | undefined) =>
      `seat ${seats.findIndex((s) => s.id === id) + 1} of ${seats.length}`;
    return {
      onDragStart: ({ active }) => {
        movedAway = false;
        return `Picked up ${name(active.id)}, in ${seat(active.id)}.`;
      },
      onDragOver: ({ active, over }) => {
        if (!over) return `${name(active.id)} is over no seat.`;
        if (over.id === active.id) {
          return movedAway ? `${name(active.id)} is back in ${seat(over.id)}.` : undefined;
        }
        movedAway = true;
        return `${name(active.id)} is over ${seat(over.id)}.`;
      },
      onDragEnd: ({ active, over }) =>
        over
          ? `${name(active.id)} dropped in ${seat(over.id)}.`
          : `${name(active.id)} put back in ${seat(active.id)}.`,
      onDragCancel: ({ active }) =>
        `Moving cancelled: ${name(active.id)} stays in ${seat(active.id)}.`,
    };
  };
}

export function SeatingList({ seats, onMove, onTogglePresent, onToggleExcused }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const [announcements] = useState(seatAnnouncer);
  const focusAfter = useFocusAfter(list);
  // The announcements and instructions live inside the dialog: outside a modal, they are inert.
  const [region, setRegion] = useState<HTMLDivElement | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = seats.map((s) => s.id);
  const move = (from: number, to: number) => onMove(arrayMove(ids, from, to));

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  let seatNumber = 0;
  return (
    <div className={styles.seating}>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: announcements(seats),
          screenReaderInstructions: { draggable: INSTRUCTIONS },
          ...(region ? { container: region } : {}),
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol ref={list} className={styles.seats} aria-label="Seating order">
            {seats.map((seat, index) => (
              <SeatRow
                key={seat.id}
                seat={seat}
                number={seat.present ? ++seatNumber : null}
                first={index === 0}
                last={index === seats.length - 1}
                onMove={(step) => move(index, index + step)}
                onTogglePresent={() => onTogglePresent(seat.id)}
                onToggleExcused={() => onToggleExcused(seat.id)}
                focusAfter={focusAfter}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div ref={setRegion} />
    </div>
  );
}

interface RowProps {
  seat: Seat;
  /** Its place in the round among those present; null when absent. */
  number: number | null;
  first: boolean;
  last: boolean;
  onMove: (step: -1 | 1) => void;
  onTogglePresent: () => void;
  onToggleExcused: () => void;
  focusAfter: FocusAfter;
}

const STEPS = [
  { step: -1, words: 'up', Icon: ArrowUp },
  { step: 1, words: 'down', Icon: ArrowDown },
] as const;

function SeatRow(props: RowProps) {
  const { seat, number, first, last, onMove, onTogglePresent, onToggleExcused, focusAfter } = props;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: seat.id });
  const style: CSSProperties = { transform: CSS.Transform.toString(transform), transition };
  const focusKey = (words: string) => `${words}-${seat.id}`;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={styles.seat}
      data-absent={!seat.present || undefined}
      data-dragging={isDragging || undefined}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className={`${buttons.icon} ${styles.seatHandle}`}
        aria-label={`Drag ${seat.name}`}
        {...attributes}
        {...listeners}
      >
        <GripVertical size={16} />
      </button>
      <span className={styles.seatNumber} aria-hidden="true">
        {number ?? ''}
      </span>
      <label className={styles.seatName}>
        <input type="checkbox" checked={seat.present} onChange={onTogglePresent} />
        {seat.name}
      </label>
      {seat.present ? (
        <span />
      ) : (
        <label className={styles.seatExcused}>
          <input
            type="checkbox"
            checked={seat.excused}
            aria-label={`${seat.name} sent word (excused)`}
            onChange={onToggleExcused}
          />
          Excused
        </label>
      )}
      {STEPS.map(({ step, words, Icon }) => (
        <button
          key={words}
          type="button"
          className={buttons.icon}
          aria-label={`Move ${seat.name} ${words}`}
          data-focus={focusKey(words)}
          disabled={step < 0 ? first : last}
          onClick={() => {
            onMove(step);
            // The row moves under the button: focus follows it, or the other button at an end.
            focusAfter(focusKey(words), focusKey(step < 0 ? 'down' : 'up'));
          }}
        >
          <Icon size={15} />
        </button>
      ))}
    </li>
  );
}
