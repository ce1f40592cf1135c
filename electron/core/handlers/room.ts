import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const roomHandlers = ({ room }: CoreServices): HandlersOf<'room'> => ({
  'room.view': () => room.view(),
  'room.show': (show) => {
    room.show(show);
    return room.view();
  },
  'room.toggleBlank': () => {
    room.toggleBlank();
    return room.view();
  },
  'room.challengeNames': ({ shown }) => {
    room.showChallengeNames(shown);
    return room.view();
  },
});
