/** Each phase's stage on the room's screen; a new phase fails to compile until it has one. */
import type { ReactElement } from 'react';
import type { Phase } from '../../../shared/vocabulary/phases.ts';
import type { RoomStage, RoomStageOf } from '../../../shared/room/roomView.ts';
import { ChallengesStage, ChooseStage } from './ChallengeStages.tsx';
import { CommitStage } from './CommitStage.tsx';
import {
  CheckInStage,
  ClarifyingStage,
  CustomStage,
  RecommendationsStage,
  ReflectStage,
} from './TalkStages.tsx';

const STAGES: { [P in Phase]: (stage: RoomStageOf<P>) => ReactElement | null } = {
  'check-in': (stage) => <CheckInStage stage={stage} />,
  challenges: (stage) => <ChallengesStage stage={stage} />,
  choose: (stage) => <ChooseStage stage={stage} />,
  clarifying: (stage) => <ClarifyingStage stage={stage} />,
  recommendations: (stage) => <RecommendationsStage stage={stage} />,
  commit: (stage) => <CommitStage stage={stage} />,
  reflect: () => <ReflectStage />,
  custom: (stage) => <CustomStage stage={stage} />,
};

export const renderStage = (stage: RoomStage): ReactElement | null =>
  (STAGES[stage.phase] as (stage: RoomStage) => ReactElement | null)(stage);
