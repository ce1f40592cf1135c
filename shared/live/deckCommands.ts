/**
 * The question deck's commands: step through questions, jump to a category or to its first or last
 * question, pick or draw one, show it to the room or hide it, and take a new bank. Showing a
 * question may start the turn timer.
 */
import * as deck from './deck.ts';
import type { CommandsOf, LiveHandlers } from './liveHandler.ts';
import { ownerId, type LiveState } from './liveState.ts';
import { isRefusal, type Refusal } from './refusal.ts';
import * as timer from './timer.ts';
import { withTimer } from './timerCommands.ts';

function withDeck(state: LiveState, next: deck.DeckState | Refusal): LiveState | Refusal {
  if (isRefusal(next)) return next;
  return next === state.deck ? state : { ...state, deck: next };
}

export const deckHandlers: LiveHandlers<CommandsOf<'deck'>> = {
  'deck.next': (state) => withDeck(state, deck.stepQuestion(state.deck, 1)),
  'deck.previous': (state) => withDeck(state, deck.stepQuestion(state.deck, -1)),
  'deck.firstInCategory': (state) => withDeck(state, deck.edgeOfCategory(state.deck, 'first')),
  'deck.lastInCategory': (state) => withDeck(state, deck.edgeOfCategory(state.deck, 'last')),
  'deck.category': (state, command) =>
    withDeck(state, deck.jumpToCategory(state.deck, command.categoryId, state.challenges.chosenId)),
  'deck.pick': (state, command) =>
    withDeck(state, deck.pickQuestion(state.deck, command.questionId)),
  'deck.draw': (state) =>
    withDeck(state, deck.drawQuestion(state.deck, state.challenges.chosenId, ownerId(state))),
  'deck.show': (state, command, now) => {
    const owner = ownerId(state);
    const floor = state.queue.floor;
    const shown = withDeck(
      state,
      deck.showQuestion(state.deck, command.questionId, {
        challengeId: state.challenges.chosenId,
        ownerId: owner,
        askerId: floor !== owner ? floor : null,
        now,
      }),
    );
    if (isRefusal(shown) || shown === state || !state.options.autoStartTurnOnQuestion) return shown;
    return withTimer(shown, 'turn', (t) => timer.startTimer(t, now));
  },
  'deck.hide': (state) => withDeck(state, deck.hideQuestion(state.deck)),
  'deck.setBank': (state, command) => withDeck(state, deck.replaceBank(state.deck, command.bank)),
};
