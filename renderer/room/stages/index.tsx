/** Each phase's stage on the room's screen; a new phase fails to compile until it has one. */
import type { ReactElement } from 'react';
import type { Phase } from '../../../shared/vocabulary/phases.ts';
import type { RoomStage, RoomStageOf } from '../../../shared/room/roomView.ts';
import { ChallengesStage, ChooseStage } from './ChallengeStages.tsx';
import { CommitStage } from './CommitStage.tsx';
import {
  CheckInStage,
  ClarifyingStage,
  ConsultStage,
  CustomStage,
  RecommendationsStage,
  ReflectStage,
} from './TalkStages.tsx';

const STAGES: {
  [P in Phase]: (stage: RoomStageOf<P>, prompt: string) => ReactElement | null;
} = {
  'check-in': (stage, prompt) => <CheckInStage stage={stage} prompt={prompt} />,
  challenges: (stage, prompt) => <ChallengesStage stage={stage} prompt={prompt} />,
  choose: (stage, prompt) => <ChooseStage stage={stage} prompt={prompt} />,
  clarifying: (stage, prompt) => <ClarifyingStage stage={stage} prompt={prompt} />,
  recommendations: (stage, prompt) => <RecommendationsStage stage={stage} prompt={prompt} />,
  consult: (stage, prompt) => <ConsultStage stage={stage} prompt={prompt} />,
  commit: (stage, prompt) => <CommitStage stage={stage} prompt={prompt} />,
  reflect: (_stage, prompt) => <ReflectStage prompt={prompt} />,
  custom: (stage, prompt) => <CustomStage stage={stage} prompt={prompt} />,
};

/** `prompt` is the segment's cue when it has one, else the phase's own line. */
export const renderStage = (stage: RoomStage, prompt: string): ReactElement | null =>
  (STAGES[stage.phase] as (stage: RoomStage, prompt: string) => ReactElement | null)(stage, prompt);
