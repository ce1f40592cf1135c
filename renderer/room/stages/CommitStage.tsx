/** The action plan as it is captured: who will do what, by when. */
import type { RoomStageOf } from '../../../shared/room/roomView.ts';
import { formatDate } from '../../ui/format/dates.ts';
import { ChallengeLine, Prompt } from './TalkStages.tsx';

export function CommitStage({ stage, prompt }: { stage: RoomStageOf<'commit'>; prompt: string }) {
  return (
    <>
      {stage.challenge ? <ChallengeLine challenge={stage.challenge} /> : null}
      {stage.actions.length === 0 ? (
        <Prompt text={prompt} />
      ) : (
        <section className="room-list" aria-label="Action plan">
          <ol>
            {stage.actions.map((action, index) => (
              <li
                key={`${index}-${action.what}`}
                className="room-list__item room-list__item--action"
              >
                <span className="room-list__who">{action.who}</span>
                <span className="room-list__text">{action.what}</span>
                <span className="room-list__meta">
                  by {formatDate(action.due, { weekday: 'short', day: 'numeric', month: 'short' })}
                </span>
                {action.successSignal ? (
                  <span className="room-list__signal">Done when: {action.successSignal}</span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
