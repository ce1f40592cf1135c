import { RequestError } from '../../../shared/contract/index.ts';
import type { HandlersOf } from '../router.ts';
import type { CoreServices } from '../services.ts';

export const linksHandlers = ({ links }: CoreServices): HandlersOf<'links'> => ({
  'links.renew': () => {
    if (!links) throw new RequestError('rejected', 'The desktop app has no shared links to renew.');
    return links.renew();
  },
});
