/**
 * The running session: the segment, what this phase needs the room to see (with the segment's
 * role cue, or the phase's own line), and,
 * in the phases with turns, who speaks, who is next and the turn timer. Loaded apart from the
 * presenter's first screen (it carries the timers and the motion).
 */
import type { RoomRun } from '../../../shared/room/roomView.ts';
import { ROOM_PHASES } from '../../../shared/room/roomPhases.ts';
import { MotionFeatures } from '../../ui/motion/MotionFeatures.tsx';
import { TimerFace } from '../../ui/Timer/TimerFace.tsx';
import { renderStage } from '../stages/index.tsx';

export default function RunScreen({ run, announceEnd }: { run: RoomRun; announceEnd: boolean }) {
  const { segment, floor, next, timers, stage } = run;
  const words = ROOM_PHASES[segment.phase];
  const hasFooter = floor !== null || next.length > 0 || timers.turn !== null;
  return (
    <MotionFeatures>
      <div className="room-run" data-phase={segment.phase} data-footer={hasFooter}>
        <header className="room-run__top">
          <div className="room-run__heading">
            <h2 className="room-run__segment">{segment.title}</h2>
          </div>
          <TimerFace timer={timers.segment} label="Segment" size="compact" />
        </header>

        <section className="room-run__stage" aria-label={segment.title} aria-live="polite">
          {renderStage(stage, segment.cue || words.prompt)}
        </section>

        {hasFooter ? (
          <footer className="room-run__bottom">
            <div className="room-run__speaker">
              {floor ? (
                <>
                  <p className="room-label">
                    {floor.isOwner ? words.ownerFloorWord : words.floorWord}
                  </p>
                  <p className="room-run__name">{floor.name}</p>
                </>
              ) : null}
              {next.length > 0 ? (
                <p className="room-run__next">
                  <span className="room-label">Next</span> {next.join(', ')}
                </p>
              ) : null}
            </div>
            {timers.turn ? (
              <TimerFace
                timer={timers.turn}
                label="Turn"
                size="projected"
                announceEnd={announceEnd}
              />
            ) : null}
          </footer>
        ) : null}
      </div>
    </MotionFeatures>
  );
}
