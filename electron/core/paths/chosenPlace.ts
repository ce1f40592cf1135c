/**
 * Where a request that writes a copy or switches the library folder should act. In the desktop app
 * the place comes from a native dialog held by the host (a handle); a path the page typed or made
 * up is refused, so a compromised page cannot pick a place on its own. The browser host has no
 * dialogs: there the facilitator types the path.
 */
import { RequestError, type PathPurpose } from '../../../shared/contract/index.ts';
import type { CoreServices } from '../services.ts';

export function chosenPlace(
  { hostKind, chosenPaths }: Pick<CoreServices, 'hostKind' | 'chosenPaths'>,
  purpose: PathPurpose,
  { typed, handle }: { typed: string | undefined; handle: string | undefined },
): string {
  if (handle !== undefined) {
    const path = chosenPaths.take(handle, purpose);
    if (path === undefined)
      throw new RequestError(
        'not-found',
        'That choice from the dialog is no longer valid (it was used already, or is too old); choose the place again.',
      );
    return path;
  }
  if (hostKind === 'electron')
    throw new RequestError('rejected', 'In the desktop app, choose the place in the dialog.');
  if (typed === undefined) throw new RequestError('invalid-input', 'Give the path to use.');
  return typed;
}
