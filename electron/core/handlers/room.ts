import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const roomHandlers = ({ room }: CoreServices): HandlersOf<'room'> => ({
  'room.view': () => room.view(),
  'room.show': ({ screen, message }) => {
    room.show(screen, message);
    return room.view();
  },
});
