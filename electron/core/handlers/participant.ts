/**
 * A participant's requests. Each acts as the device's own attendee in the device's own session (the
 * token says which; the input cannot), and only while the action is open in the phase, as the
 * participant's own view says. Refusals are typed and in words.
 */
import { randomUUID } from 'node:crypto';
import { RequestError } from '../../../shared/contract/index.ts';
import type { LiveCommandInput } from '../../../shared/live/commands.ts';
import type { ParticipantView } from '../../../shared/participants/participantView.ts';
import type { Device } from '../participants/JoinDesk.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

const CLOSED = {
  hand: 'Hands are not being taken right now.',
  challenge: 'Challenges are written in the challenges step.',
  vote: 'The vote is not open.',
  recommend: 'Recommendations are offered in the recommendations step.',
  progress: 'Progress updates are taken up to check-in.',
  journal: 'The journal is written in the reflection step.',
} as const;

export const participantHandlers = ({
  joins,
  live,
  store,
}: CoreServices): HandlersOf<'participant'> => {
  /** The device and its view now, refused when the action is not open to it. */
  const open = async (
    token: string | undefined,
    action: keyof typeof CLOSED,
    isOpen: (view: ParticipantView) => boolean,
  ): Promise<{ device: Device & { attendeeId: string }; view: ParticipantView }> => {
    const device = joins.acting(token, { admitted: true });
    const view = await joins.viewOf(device);
    if (!isOpen(view) || device.attendeeId === null)
      throw new RequestError('rejected', CLOSED[action]);
    return { device: device as Device & { attendeeId: string }, view };
  };
  const send = async (device: Device, command: LiveCommandInput) => {
    await live.command(device.cohortId, device.sessionId, command as never);
    return joins.viewOf(device);
  };

  return {
    'participant.roster': ({ code }) => joins.roster(code),
    'participant.claim': ({ code, attendeeId }) => joins.claim(code, attendeeId),
    'participant.askToJoin': ({ code, name }) => joins.askToJoin(code, name),
    'participant.view': (_input, context) =>
      joins.viewOf(joins.acting(context.deviceToken, { admitted: false })),
    'participant.hand': async ({ raised }, context) => {
      const { device, view } = await open(context.deviceToken, 'hand', (v) => v.hand.open);
      if (view.hand.raised === raised) return view;
      return send(device, {
        type: raised ? 'queue.add' : 'queue.remove',
        personId: device.attendeeId,
      });
    },
    'participant.challenge': async ({ text, pass }, context) => {
      const { device } = await open(context.deviceToken, 'challenge', (v) => v.challenge.open);
      return send(
        device,
        pass
          ? { type: 'challenge.pass', attendeeId: device.attendeeId }
          : { type: 'challenge.enter', attendeeId: device.attendeeId, text: text! },
      );
    },
    'participant.vote': async ({ challengeId }, context) => {
      const { device, view } = await open(context.deviceToken, 'vote', (v) => v.vote.open);
      if (challengeId !== null && !view.vote.options.some((o) => o.id === challengeId))
        throw new RequestError('not-found', 'That challenge is not one of those to vote on.');
      return send(device, { type: 'challenge.vote', voterId: device.attendeeId, challengeId });
    },
    'participant.recommend': async ({ text }, context) => {
      const { device } = await open(context.deviceToken, 'recommend', (v) => v.recommend.open);
      return send(device, { type: 'note.offer', attendeeId: device.attendeeId, text });
    },
    'participant.progress': async ({ commitmentId, ...words }, context) => {
      const { device, view } = await open(context.deviceToken, 'progress', (v) => v.progressOpen);
      // Only one's own open commitments are in one's view: anyone else's is refused.
      if (!view.commitments.some((c) => c.id === commitmentId))
        throw new RequestError('forbidden', 'That is not one of your open commitments.');
      await store.update(device.cohortId, (cohort) => {
        const session = cohort.sessions.find((s) => s.id === device.sessionId);
        if (!session) throw new RequestError('not-found', 'This session is not in the cohort.');
        session.progressUpdates.push({
          id: randomUUID(),
          commitmentId,
          at: new Date().toISOString(),
          ...words,
          helpAsked: words.helpAsked && words.blockers !== '',
        });
      });
      return joins.viewOf(device);
    },
    'participant.journal': async ({ prompt, text, shareable }, context) => {
      const { device } = await open(context.deviceToken, 'journal', (v) => v.journalOpen);
      await store.update(device.cohortId, (cohort) => {
        cohort.journal.push({
          id: randomUUID(),
          memberId: device.memberId!,
          at: new Date().toISOString(),
          text,
          sessionId: device.sessionId,
          ...(prompt ? { prompt } : {}),
          shareable,
          commitmentIds: [],
        });
      });
      return joins.viewOf(device);
    },
  };
};
